import { describe, it, expect } from 'vitest';
import { sniffMediaType } from '../../../electron/core/media/media-type';
import { makeMp4 } from '../../fixtures/make-mp4';

function bytes(...parts: (number[] | string)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const ch of part) out.push(ch.charCodeAt(0));
    else out.push(...part);
  }
  return new Uint8Array(out);
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** An ftyp box as the first 64 bytes of a file would show it. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytes(u32(size), 'ftyp', major, u32(0), ...compatible, u32(8), 'mdat');
}

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10], 'Exif', [0, 0]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR');

describe('sniffMediaType', () => {
  it.each([
    ['JPEG', JPEG, 'a.jpg', 'image/jpeg'],
    ['JPEG with a JFIF APP0', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'a.jpeg', 'image/jpeg'],
    ['PNG', PNG, 'a.png', 'image/png'],
    ['little-endian TIFF', bytes('II', [0x2a, 0, 8, 0, 0, 0]), 'a.tif', 'image/tiff'],
    ['big-endian TIFF', bytes('MM', [0, 0x2a, 0, 0, 0, 8]), 'a.tiff', 'image/tiff'],
    ['iPhone HEIC', ftyp('heic', 'mif1', 'MiHE', 'MiPr', 'miaf', 'MiHB', 'heic'), 'IMG_0001.HEIC', 'image/heic'],
    ['HEIC with a mif1 major brand', ftyp('mif1', 'mif1', 'heic'), 'a.heic', 'image/heic'],
    ['HEIC image sequence', ftyp('msf1', 'msf1', 'hevs'), 'a.heics', 'image/heic'],
    ['heix', ftyp('heix', 'mif1', 'heix'), 'a.heic', 'image/heic'],
    ['generic HEIF', ftyp('mif1', 'mif1', 'miaf'), 'a.heif', 'image/heif'],
    ['iPhone MOV', ftyp('qt  ', 'qt  '), 'IMG_0002.MOV', 'video/quicktime'],
    ['MP4 isom', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), 'a.mp4', 'video/mp4'],
    ['Android MP4', ftyp('mp42', 'isom', 'mp42'), 'VID_1.mp4', 'video/mp4'],
    ['iTunes M4V', ftyp('M4V ', 'M4V ', 'M4A ', 'mp42', 'isom'), 'a.m4v', 'video/mp4'],
    ['3GPP', ftyp('3gp4', '3gp4', 'isom'), 'a.3gp', 'video/mp4'],
    ['vendor brand declaring mp42', ftyp('XYZ1', 'mp42'), 'a.mp4', 'video/mp4'],
    ['vendor brand declaring qt', ftyp('XYZ1', 'qt  '), 'a.mov', 'video/quicktime'],
    ['QuickTime from before ftyp (wide atom)', bytes(u32(8), 'wide', u32(1000), 'mdat'), 'old.mov', 'video/quicktime'],
    ['QuickTime from before ftyp (moov first)', bytes(u32(500), 'moov', u32(108), 'mvhd'), 'old.mov', 'video/quicktime'],
  ] as const)('recognises %s', (_label, head, name, expected) => {
    expect(sniffMediaType(head, name)).toEqual({ ok: true, mediaType: expected });
  });

  it('recognises the synthetic MP4 and MOV fixtures', () => {
    expect(sniffMediaType(makeMp4({ creationTime: null }).subarray(0, 64), 'x.mp4')).toEqual({ ok: true, mediaType: 'video/mp4' });
    expect(sniffMediaType(makeMp4({ creationTime: null, brand: 'qt' }).subarray(0, 64), 'x.mov')).toEqual({ ok: true, mediaType: 'video/quicktime' });
  });

  it('trusts the content when the name disagrees', () => {
    expect(sniffMediaType(PNG, 'photo.jpg')).toEqual({ ok: true, mediaType: 'image/png' });
    expect(sniffMediaType(JPEG, 'IMG_0001.HEIC')).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(sniffMediaType(ftyp('heic', 'mif1', 'heic'), 'IMG_0001.JPG')).toEqual({ ok: true, mediaType: 'image/heic' });
    expect(sniffMediaType(ftyp('qt  ', 'qt  '), 'clip.mp4')).toEqual({ ok: true, mediaType: 'video/quicktime' });
    expect(sniffMediaType(JPEG, 'no-extension')).toEqual({ ok: true, mediaType: 'image/jpeg' });
  });

  it('refuses an empty file', () => {
    expect(sniffMediaType(new Uint8Array(0), 'a.jpg')).toEqual({ ok: false, reason: 'empty file (空文件)' });
  });

  it.each([
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0]), 'a.gif'],
    ['a PDF', bytes('%PDF-1.7\n'), 'a.pdf'],
    ['text named .jpg', bytes('hello world'), 'a.jpg'],
    ['a lone 0xFF byte', bytes([0xff]), 'a.jpg'],
    ['a JPEG cut after two bytes', bytes([0xff, 0xd8]), 'a.jpg'],
    ['a PNG signature cut short', PNG.subarray(0, 5), 'a.png'],
    ['BigTIFF', bytes('II', [0x2b, 0, 8, 0, 0, 0]), 'a.tif'],
    ['a WebP', bytes('RIFF', u32(100), 'WEBPVP8 '), 'a.webp'],
  ] as const)('refuses %s as unsupported', (_label, head, name) => {
    const result = sniffMediaType(head, name);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^unsupported file type/);
      expect(result.reason).toContain('不支持的文件类型');
    }
  });

  it('gives the exact reason for unknown content without an extension', () => {
    expect(sniffMediaType(bytes('hello'), 'README')).toEqual({
      ok: false,
      reason: 'unsupported file type: not JPEG, HEIC/HEIF, TIFF, PNG, MP4 or MOV (不支持的文件类型)',
    });
  });

  it('names the extension of an unsupported file to help the user find it', () => {
    const result = sniffMediaType(bytes('GIF89a'), 'Anim.GIF');
    expect(result).toEqual({ ok: false, reason: 'unsupported file type (.gif): not JPEG, HEIC/HEIF, TIFF, PNG, MP4 or MOV (不支持的文件类型)' });
  });

  it('classifies AVIF as HEIF, since it declares the mif1 brand', () => {
    expect(sniffMediaType(ftyp('avif', 'avif', 'mif1', 'miaf'), 'x.avif')).toEqual({ ok: true, mediaType: 'image/heif' });
  });

  it.each([
    ['M4A audio', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'song.m4a', 'MPEG-4 audio'],
    ['Canon CR3 raw', ftyp('crx ', 'crx ', 'isom'), 'IMG_1.CR3', 'Canon CR3 raw image'],
  ] as const)('refuses %s even though it lists mp4 brands', (_label, head, name, what) => {
    expect(sniffMediaType(head, name)).toEqual({ ok: false, reason: `unsupported file type (${what}): not JPEG, HEIC/HEIF, TIFF, PNG, MP4 or MOV (不支持的文件类型)` });
  });

  it('refuses ISO media with only unknown brands, naming the brand', () => {
    const result = sniffMediaType(ftyp('abcd', 'abcd', 'efgh'), 'x.bin');
    expect(result).toEqual({ ok: false, reason: 'unsupported ISO media brand "abcd": not JPEG, HEIC/HEIF, TIFF, PNG, MP4 or MOV (不支持的文件类型)' });
  });

  it('refuses a damaged ftyp box', () => {
    const result = sniffMediaType(bytes(u32(8), 'ftyp', 'isom'), 'a.mp4');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^damaged ISO media header/);
    expect(sniffMediaType(bytes(u32(24), 'ftyp', 'is'), 'a.mp4').ok).toBe(false);
  });

  it('keeps control characters from a hostile brand out of the reason', () => {
    const result = sniffMediaType(bytes(u32(16), 'ftyp', [0x1b, 0x5b, 0x32, 0x4a], u32(0)), 'a.mp4');
    expect(result).toEqual({ ok: false, reason: 'unsupported ISO media brand "?[2J": not JPEG, HEIC/HEIF, TIFF, PNG, MP4 or MOV (不支持的文件类型)' });
  });

  it('looks only at the first 64 bytes of the ftyp brands', () => {
    // 20 compatible brands run past byte 64; a heic brand beyond that is not seen.
    const many = Array.from({ length: 20 }, () => 'isom');
    many[19] = 'heic';
    expect(sniffMediaType(ftyp('mp42', ...many), 'a.mp4')).toEqual({ ok: true, mediaType: 'video/mp4' });
  });
});
