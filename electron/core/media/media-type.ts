// Decides what an imported file is from its first bytes. The content decides, not the name: phones and
// messaging apps rename files freely (a PNG screenshot saved as .jpg, a HEIC exported as .JPG), and what
// the case file records must be what the bytes are. A name that disagrees is therefore accepted with the
// content's type; only content we cannot handle is refused.

export type MediaType =
  | 'image/jpeg'
  | 'image/heic'
  | 'image/heif'
  | 'image/tiff'
  | 'image/png'
  | 'video/mp4'
  | 'video/quicktime';

export type MediaTypeSniff = { ok: true; mediaType: MediaType } | { ok: false; reason: string };

/** How many leading bytes the caller should pass; longer input is fine, only this much is read. */
export const SNIFF_BYTES = 64;

const UNSUPPORTED = 'not JPEG, HEIC/HEIF, TIFF, PNG, MP4 or MOV (不支持的文件类型)';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// HEIF's own brands: an HEVC-coded image or sequence is HEIC; mif1/msf1 alone only say "some HEIF".
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);
const QUICKTIME_BRAND = 'qt  ';
const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9',
  'mp41', 'mp42', 'mp71', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'mmp4', 'MSNV', 'XAVC', 'dash', 'f4v ', 'NDAS',
  '3gp4', '3gp5', '3gp6', '3gp7', '3gp8', '3gp9', '3g2a', '3g2b', '3g2c', '3ge6', '3ge7', '3gg6',
]);
// Their files also list isom/mp42 as compatible, so they must be refused by major brand before the
// compatible list is consulted: audio-only MPEG-4 and Canon's CR3 raw photos are not video evidence.
const REFUSED_MAJOR_BRANDS = new Map([
  ['M4A ', 'MPEG-4 audio'],
  ['M4B ', 'MPEG-4 audio'],
  ['M4P ', 'MPEG-4 audio'],
  ['F4A ', 'Flash audio'],
  ['F4B ', 'Flash audio'],
  ['crx ', 'Canon CR3 raw image'],
]);

// QuickTime files from before the ftyp box was introduced start directly with one of these atoms.
const CLASSIC_QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

export function sniffMediaType(head: Uint8Array, fileName: string): MediaTypeSniff {
  if (head.length === 0) return { ok: false, reason: 'empty file (空文件)' };

  if (startsWith(head, [0xff, 0xd8, 0xff])) return accept('image/jpeg');
  if (startsWith(head, PNG_SIGNATURE)) return accept('image/png');
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return accept('image/tiff');

  const boxType = head.length >= 8 ? fourCC(head, 4) : '';
  if (boxType === 'ftyp') return sniffIsoBmff(head);
  if (CLASSIC_QUICKTIME_ATOMS.has(boxType) && plausibleBoxSize(readUint32(head, 0))) return accept('video/quicktime');

  return { ok: false, reason: `unsupported file type${extensionNote(fileName)}: ${UNSUPPORTED}` };
}

function sniffIsoBmff(head: Uint8Array): MediaTypeSniff {
  const boxSize = readUint32(head, 0);
  // A real ftyp holds at least the major brand and minor version; size 1 (64-bit size) never occurs here.
  if (boxSize < 16 || head.length < 12) {
    return { ok: false, reason: `damaged ISO media header (ftyp box): ${UNSUPPORTED}` };
  }
  const major = fourCC(head, 8);
  const compatible: string[] = [];
  const end = Math.min(boxSize, head.length, SNIFF_BYTES);
  for (let offset = 16; offset + 4 <= end; offset += 4) compatible.push(fourCC(head, offset));
  const refused = REFUSED_MAJOR_BRANDS.get(major);
  if (refused) return { ok: false, reason: `unsupported file type (${refused}): ${UNSUPPORTED}` };
  const brands = [major, ...compatible];

  // Image brands win over container brands: an iPhone HEIC lists mif1 and heic, never an mp4 brand
  // as its major, but HEIF writers do add generic ISO brands to the compatible list.
  if (brands.some((b) => HEIC_BRANDS.has(b))) return accept('image/heic');
  if (brands.some((b) => HEIF_BRANDS.has(b))) return accept('image/heif');
  if (major === QUICKTIME_BRAND) return accept('video/quicktime');
  if (MP4_BRANDS.has(major) || major.startsWith('3gp')) return accept('video/mp4');
  // An unfamiliar major brand (a vendor's own) is still playable if it declares a known one.
  if (compatible.includes(QUICKTIME_BRAND)) return accept('video/quicktime');
  if (compatible.some((b) => MP4_BRANDS.has(b))) return accept('video/mp4');

  return { ok: false, reason: `unsupported ISO media brand "${printable(major)}": ${UNSUPPORTED}` };
}

// 0 = box runs to the end of the file, 1 = a 64-bit size follows; anything else must cover the header.
function plausibleBoxSize(size: number): boolean {
  return size === 0 || size === 1 || size >= 8;
}

function accept(mediaType: MediaType): MediaTypeSniff {
  return { ok: true, mediaType };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!);
}

// Brands come from untrusted bytes and end up in messages shown to users and written to logs.
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

function extensionNote(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return '';
  const extension = fileName.slice(dot + 1);
  return extension.length <= 10 ? ` (.${printable(extension.toLowerCase())})` : '';
}
