// The exifr adapter: reads a file's tags as raw text and numbers (reviveValues off, because exifr would turn
// DateTimeOriginal into a Date in the *process's* zone and drop the sub-seconds: DESIGN.md §5) and hands them
// to the core as RawCaptureTags. exifr's own types stay in this file.

import exifr from 'exifr';
import type { RawCaptureTags } from '../../core/evidence/raw-tags';
import { readHead } from './read-head';

type Block = Record<string, unknown>;

// exifr aborts a whole IFD (and so the EXIF and GPS blocks it points to) when one entry has an invalid type,
// e.g. Sony DSC-HX5V files with a type-0 entry in IFD0. ExifTool skips such an entry and reads the rest; we
// make exifr do the same by treating an unparseable entry as absent.
type TagParser = { prototype: { parseTag: (...args: unknown[]) => unknown } };
type Counted = { skippedEntries?: number };
const tiffParser = (exifr as unknown as { segmentParsers: Map<string, TagParser> }).segmentParsers.get('tiff');
if (tiffParser) {
  const parseTag = tiffParser.prototype.parseTag;
  tiffParser.prototype.parseTag = function tolerantParseTag(this: Counted, ...args: unknown[]): unknown {
    try {
      return parseTag.apply(this, args);
    } catch {
      this.skippedEntries = (this.skippedEntries ?? 0) + 1;
      return undefined;
    }
  };
}
// One or two bad entries are skipped, as ExifTool does; more than that means the directory is garbage.
const MAX_TOLERATED_BAD_ENTRIES = 2;

interface ExifrReader {
  read(file: string): Promise<void>;
  parse(): Promise<Block | undefined>;
  parsers: Record<string, Counted | undefined>;
}
const ExifrClass = (exifr as unknown as { Exifr: new (options: object) => ExifrReader }).Exifr;

const PARSE_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  ifd1: true,
  xmp: true,
  interop: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  makerNote: false,
  userComment: false,
  multiSegment: true,
  reviveValues: false,
  translateValues: false,
  mergeOutput: false,
  silentErrors: true,
} as const;

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
};
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const block = (o: Block, key: string): Block => {
  const v = o[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Block) : {};
};

function firstByte(v: unknown): number | undefined {
  if (v instanceof Uint8Array) return v[0];
  if (Array.isArray(v)) return num(v[0]);
  return num(v);
}

function degrees(v: unknown): number | undefined {
  if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number')) {
    const [d, m, s] = v as [number, number, number];
    // Rounded to 1e-10° (about 0.01 mm), so 28°39'23.2632" reads 28.656462, not 28.656461999999998.
    return Math.round((d + m / 60 + s / 3600) * 1e10) / 1e10;
  }
  return num(v);
}

function timeStamp(v: unknown): readonly number[] | string | undefined {
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v as number[];
  return str(v);
}

export async function readRawTags(file: string): Promise<RawCaptureTags> {
  let out: Block | undefined;
  let skipped = 0;
  try {
    const reader = new ExifrClass(PARSE_OPTIONS);
    await reader.read(file);
    out = await reader.parse();
    skipped = reader.parsers['tiff']?.skippedEntries ?? 0;
  } catch (err) {
    return { readError: err instanceof Error ? err.message : String(err) };
  }
  const ifd0 = block(out ?? {}, 'ifd0');
  const found = ['ifd0', 'exif', 'gps'].some((k) => Object.keys(block(out ?? {}, k)).length > 0);
  if (!found && (await hasExifSegment(file))) {
    // The file carries an EXIF block that yielded nothing: it is damaged, not merely absent.
    return { readError: 'EXIF segment present but unreadable' };
  }
  if (!out) return {};
  const exif = block(out, 'exif');
  const gps = block(out, 'gps');
  const ifd1 = block(out, 'ifd1');
  const xmp = { ...block(out, 'xap'), ...block(out, 'xmp') };
  const aux = block(out, 'aux');
  const exifEx = block(out, 'exifEX');
  const errors = out['errors'];

  const raw: RawCaptureTags = {
    dateTimeOriginal: str(exif['DateTimeOriginal']),
    subSecTimeOriginal: str(exif['SubSecTimeOriginal']),
    offsetTimeOriginal: str(exif['OffsetTimeOriginal']),
    createDate: str(exif['CreateDate']),
    subSecTimeDigitized: str(exif['SubSecTimeDigitized']),
    offsetTimeDigitized: str(exif['OffsetTimeDigitized']),
    modifyDate: str(ifd0['ModifyDate']),
    offsetTime: str(exif['OffsetTime']),
    // From the stored degrees and Ref tags, not exifr's computed latitude, so the sign rule is ours and tested.
    gpsLatitude: degrees(gps['GPSLatitude']),
    gpsLongitude: degrees(gps['GPSLongitude']),
    gpsLatitudeRef: str(gps['GPSLatitudeRef']),
    gpsLongitudeRef: str(gps['GPSLongitudeRef']),
    gpsAltitude: num(gps['GPSAltitude']),
    gpsAltitudeRef: firstByte(gps['GPSAltitudeRef']),
    gpsDateStamp: str(gps['GPSDateStamp']),
    gpsTimeStamp: timeStamp(gps['GPSTimeStamp']),
    gpsMapDatum: str(gps['GPSMapDatum']),
    make: str(ifd0['Make']),
    model: str(ifd0['Model']),
    serial: str(exif['BodySerialNumber']) ?? str(exif['SerialNumber']) ?? str(exifEx['BodySerialNumber']) ?? str(aux['SerialNumber']),
    software: str(ifd0['Software']),
    orientation: num(ifd0['Orientation']),
    width: num(ifd0['ImageWidth']),
    height: num(ifd0['ImageHeight']),
    hasThumbnail: num(ifd1['ThumbnailOffset']) !== undefined || num(ifd1['JPEGInterchangeFormat']) !== undefined,
    xmpHistory: block(out, 'xmpMM')['History'] !== undefined || block(out, 'xapMM')['History'] !== undefined,
    xmpCreatorTool: str(xmp['CreatorTool']),
  };
  if (errors !== undefined) raw.readError = describeErrors(errors);
  // Partly corrupt: keep what was read, and say the metadata is damaged.
  else if (skipped > MAX_TOLERATED_BAD_ENTRIES) raw.readError = `${skipped} EXIF entries are corrupt and were skipped`;
  return stripUndefined(raw);
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

async function hasExifSegment(file: string): Promise<boolean> {
  const head = await readHead(file, 128 * 1024).catch(() => new Uint8Array(0));
  if (head[0] !== 0xff || head[1] !== 0xd8) return false;
  for (let i = 2; i + 10 < head.length; i++) {
    if (head[i] === 0xff && head[i + 1] === 0xe1 && EXIF_HEADER.every((b, k) => head[i + 4 + k] === b)) return true;
  }
  return false;
}

function describeErrors(errors: unknown): string {
  if (errors && typeof errors === 'object') {
    const parts = Object.values(errors as Block).map((e) => (e instanceof Error ? e.message : String(e)));
    if (parts.length > 0) return parts.join('; ');
  }
  return 'metadata segments could not be parsed';
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The embedded EXIF thumbnail, or null; a broken thumbnail is not an error worth reporting. */
export async function readThumbnail(file: string): Promise<Uint8Array | null> {
  try {
    const t = await exifr.thumbnail(file);
    return t ? new Uint8Array(t) : null;
  } catch {
    return null;
  }
}
