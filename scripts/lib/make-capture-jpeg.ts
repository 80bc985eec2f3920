// Generator of camera-like JPEG captures with EXIF, for the bundled sample, tests and the import benchmark.
//
// makeCaptureJpeg() draws a deterministic street scene (sky, shop fronts with signboards, pavement with goods
// displayed outside one shop, road), encodes it with jpeg-js and stamps EXIF; withExif() re-stamps EXIF onto an
// already encoded JPEG in well under a millisecond, reusing the thumbnail already embedded in it.
//
// The EXIF block is written by ./tiff-writer rather than piexifjs: piexifjs 1.0.6 has no OffsetTime* tags
// (0x9010–0x9012) in its tag table and throws on them, and it does not word-align values.
//
// Output layout is what cameras write: SOI, APP1 "Exif" (IFD0 → ExifIFD, GPS IFD; IFD1 → thumbnail), optional COM
// padding, then the encoder's DQT/SOF/DHT/SOS. jpeg-js's JFIF APP0 is dropped, as Exif files carry none.
//
// Tags written, when the spec gives them (absent → tag absent):
//   IFD0     Make, Model, Orientation, X/YResolution, ResolutionUnit, Software, DateTime (ModifyDate), YCbCrPositioning
//   ExifIFD  ExifVersion 0232, DateTimeOriginal + CreateDate, OffsetTime/OffsetTimeOriginal/OffsetTimeDigitized,
//            ComponentsConfiguration, SubSecTimeOriginal + SubSecTimeDigitized, FlashpixVersion, ColorSpace,
//            PixelX/YDimension, BodySerialNumber
//   GPS      GPSVersionID 2.3.0.0, Lat/LatRef, Lon/LonRef, Alt/AltRef, TimeStamp, MapDatum "WGS-84", DateStamp
//   IFD1     Compression 6, resolution, JPEGInterchangeFormat(Length) → a 160 px JPEG thumbnail
// Like a camera, CreateDate mirrors DateTimeOriginal (with its SubSec and Offset), and ModifyDate defaults to
// DateTimeOriginal (pass modifyDate: null to omit it). OffsetTime (of ModifyDate) is written only when
// offsetTimeOriginal is given, so "no OffsetTimeOriginal" means no offset tag at all.

import { decode, encode } from 'jpeg-js';
import { renderStored } from './street-scene';
import { ascii, buildTiff, byte, len, long, ptr, rational, short, undef } from './tiff-writer';
import type { ByteOrder, TiffBlock, TiffEntry } from './tiff-writer';

export interface CaptureGps {
  /** Signed decimal degrees, WGS-84: negative = south. */
  lat: number;
  /** Signed decimal degrees, WGS-84: negative = west. */
  lon: number;
  /** Metres; negative = below sea level (GPSAltitudeRef 1). */
  altitude?: number;
  /** UTC date, "YYYY:MM:DD". */
  dateStamp?: string;
  /** UTC [hour, minute, second]; seconds may be fractional (millisecond precision). */
  timeStamp?: [number, number, number];
}

export interface CaptureSpec {
  /** Pixel size of the encoded (stored) image. With Orientation 5–8 the displayed image is height × width. */
  width: number;
  height: number;
  /**
   * Deterministic pixel content: the same seed and size give the same pixels. Seeds sharing `seed >>> 8` show the
   * same street (buildings, signs); the low byte varies the goods on the pavement and the noise.
   */
  seed: number;
  /** JPEG quality, default 85. */
  quality?: number;
  /** EXIF "YYYY:MM:DD HH:MM:SS"; written verbatim, so it may be deliberately bad ("0000:00:00 00:00:00"). */
  dateTimeOriginal?: string | null;
  /** e.g. "123". */
  subSecTimeOriginal?: string;
  /** e.g. "+08:00"; omit to write no offset tag at all. */
  offsetTimeOriginal?: string;
  /** IFD0 DateTime. Defaults to dateTimeOriginal as a camera writes it; null omits the tag. */
  modifyDate?: string | null;
  gps?: CaptureGps;
  make?: string;
  model?: string;
  bodySerialNumber?: string;
  software?: string;
  orientation?: number;
  /** Embed a small JPEG thumbnail in IFD1 (default true). */
  thumbnail?: boolean;
  /** Extra bytes in COM segment(s), to reach camera-like file sizes cheaply. */
  paddingBytes?: number;
  /** TIFF byte order of the EXIF block, default 'II' (little-endian, as most phones and IP cameras write). */
  byteOrder?: ByteOrder;
}

export type ExifSpec = Omit<CaptureSpec, 'width' | 'height' | 'seed' | 'quality'>;

const THUMB_MAX = 160;
const THUMB_QUALITY = 75;

export function makeCaptureJpeg(spec: CaptureSpec): Uint8Array {
  const { width, height, seed } = spec;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > 65535 || height > 65535) {
    throw new Error(`bad capture size ${width}x${height}`);
  }
  const rgba = renderStored(width, height, seed >>> 0, spec.orientation ?? 1);
  const main = toBytes(encode({ width, height, data: rgba }, spec.quality ?? 85).data);
  const thumb = spec.thumbnail === false ? undefined : makeThumbnail(rgba, width, height);
  return assemble(main, spec, { width, height }, thumb);
}

export function withExif(jpeg: Uint8Array, spec: ExifSpec): Uint8Array {
  const { head } = splitJpeg(jpeg);
  const size = frameSize(head);
  if (size === null) throw new Error('withExif: no SOF segment in the JPEG');
  let thumb: Uint8Array | undefined;
  if (spec.thumbnail !== false) {
    const app1 = head.find(isExifApp1);
    thumb = app1 === undefined ? undefined : readThumbnail(app1.data.subarray(6));
    // No thumbnail to reuse: make one from the pixels (slow for big images, but correct).
    thumb ??= thumbnailFromJpeg(jpeg, size);
  }
  return assemble(jpeg, spec, size, thumb);
}

// ---------------------------------------------------------------------------------------------------------------
// EXIF

function buildExif(spec: ExifSpec, size: { width: number; height: number }, thumb: Uint8Array | undefined): Uint8Array {
  const ifd0: TiffEntry[] = [
    { tag: 0x011a, v: rational([72, 1]) },
    { tag: 0x011b, v: rational([72, 1]) },
    { tag: 0x0128, v: short(2) },
    { tag: 0x0213, v: short(1) },
    { tag: 0x8769, v: ptr('exif') },
  ];
  if (spec.make !== undefined) ifd0.push({ tag: 0x010f, v: ascii(spec.make) });
  if (spec.model !== undefined) ifd0.push({ tag: 0x0110, v: ascii(spec.model) });
  if (spec.orientation !== undefined) ifd0.push({ tag: 0x0112, v: short(spec.orientation) });
  if (spec.software !== undefined) ifd0.push({ tag: 0x0131, v: ascii(spec.software) });
  const dto = spec.dateTimeOriginal ?? undefined;
  const modify = spec.modifyDate === null ? undefined : (spec.modifyDate ?? dto);
  if (modify !== undefined) ifd0.push({ tag: 0x0132, v: ascii(modify) });

  const exif: TiffEntry[] = [
    { tag: 0x9000, v: undef('0232') },
    { tag: 0x9101, v: undef(new Uint8Array([1, 2, 3, 0])) },
    { tag: 0xa000, v: undef('0100') },
    { tag: 0xa001, v: short(1) },
    { tag: 0xa002, v: long(size.width) },
    { tag: 0xa003, v: long(size.height) },
  ];
  if (dto !== undefined) {
    exif.push({ tag: 0x9003, v: ascii(dto) }, { tag: 0x9004, v: ascii(dto) });
    if (spec.subSecTimeOriginal !== undefined) {
      exif.push({ tag: 0x9291, v: ascii(spec.subSecTimeOriginal) }, { tag: 0x9292, v: ascii(spec.subSecTimeOriginal) });
    }
  }
  if (spec.offsetTimeOriginal !== undefined) {
    exif.push({ tag: 0x9011, v: ascii(spec.offsetTimeOriginal) });
    if (dto !== undefined) exif.push({ tag: 0x9012, v: ascii(spec.offsetTimeOriginal) });
    if (modify !== undefined) exif.push({ tag: 0x9010, v: ascii(spec.offsetTimeOriginal) });
  }
  if (spec.bodySerialNumber !== undefined) exif.push({ tag: 0xa431, v: ascii(spec.bodySerialNumber) });

  const blocks: TiffBlock[] = [{ kind: 'ifd', name: 'ifd0', entries: ifd0, ...(thumb ? { next: 'ifd1' } : {}) }];
  blocks.push({ kind: 'ifd', name: 'exif', entries: exif });
  if (spec.gps !== undefined) {
    ifd0.push({ tag: 0x8825, v: ptr('gps') });
    blocks.push({ kind: 'ifd', name: 'gps', entries: gpsEntries(spec.gps) });
  }
  if (thumb) {
    blocks.push(
      {
        kind: 'ifd',
        name: 'ifd1',
        entries: [
          { tag: 0x0103, v: short(6) },
          { tag: 0x011a, v: rational([72, 1]) },
          { tag: 0x011b, v: rational([72, 1]) },
          { tag: 0x0128, v: short(2) },
          { tag: 0x0201, v: ptr('thumb') },
          { tag: 0x0202, v: len('thumb') },
        ],
      },
      { kind: 'blob', name: 'thumb', data: thumb },
    );
  }
  return buildTiff(spec.byteOrder ?? 'II', blocks);
}

function gpsEntries(gps: CaptureGps): TiffEntry[] {
  const { lat, lon } = gps;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`GPS position must be finite: ${lat}, ${lon}`);
  const e: TiffEntry[] = [
    { tag: 0x0000, v: byte(2, 3, 0, 0) },
    { tag: 0x0001, v: ascii(lat < 0 ? 'S' : 'N') },
    { tag: 0x0002, v: rational(...dms(lat)) },
    { tag: 0x0003, v: ascii(lon < 0 ? 'W' : 'E') },
    { tag: 0x0004, v: rational(...dms(lon)) },
    { tag: 0x0012, v: ascii('WGS-84') },
  ];
  if (gps.altitude !== undefined) {
    if (!Number.isFinite(gps.altitude)) throw new Error(`GPS altitude must be finite: ${gps.altitude}`);
    e.push({ tag: 0x0005, v: byte(gps.altitude < 0 ? 1 : 0) }, { tag: 0x0006, v: rational([Math.round(Math.abs(gps.altitude) * 1000), 1000]) });
  }
  if (gps.timeStamp !== undefined) {
    const [h, m, s] = gps.timeStamp;
    e.push({ tag: 0x0007, v: rational([h, 1], [m, 1], [Math.round(s * 1000), 1000]) });
  }
  if (gps.dateStamp !== undefined) e.push({ tag: 0x001d, v: ascii(gps.dateStamp) });
  return e;
}

/** |degrees| as degrees, minutes, seconds rationals, seconds to 1e-4″ (about 3 mm) without ever rounding to 60″. */
function dms(deg: number): [number, number][] {
  const units = Math.round(Math.abs(deg) * 3600 * 10_000);
  const d = Math.floor(units / 36_000_000);
  const m = Math.floor((units % 36_000_000) / 600_000);
  const s = units % 600_000;
  return [
    [d, 1],
    [m, 1],
    [s, 10_000],
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// JPEG segments

interface Segment {
  marker: number;
  /** Payload after the length field (empty for standalone markers). */
  data: Uint8Array;
}

/** Splits a JPEG into its header segments and the tail from SOS (scan data, EOI) on. */
export function splitJpeg(jpeg: Uint8Array): { head: Segment[]; tail: Uint8Array } {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG (no SOI)');
  const head: Segment[] = [];
  let pos = 2;
  while (pos < jpeg.length) {
    if (jpeg[pos] !== 0xff) throw new Error(`bad JPEG marker at byte ${pos}`);
    let p = pos;
    while (jpeg[p] === 0xff) p++; // fill bytes
    const marker = jpeg[p] ?? -1;
    if (marker === 0xda || marker === 0xd9) return { head, tail: jpeg.subarray(p - 1) };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      head.push({ marker, data: new Uint8Array(0) });
      pos = p + 1;
      continue;
    }
    const length = ((jpeg[p + 1] ?? 0) << 8) | (jpeg[p + 2] ?? 0);
    if (length < 2 || p + 1 + length > jpeg.length) throw new Error(`bad JPEG segment length at byte ${p}`);
    head.push({ marker, data: jpeg.subarray(p + 3, p + 1 + length) });
    pos = p + 1 + length;
  }
  throw new Error('JPEG has no SOS');
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

function isExifApp1(s: Segment): boolean {
  return s.marker === 0xe1 && EXIF_HEADER.every((b, i) => s.data[i] === b);
}

function frameSize(head: Segment[]): { width: number; height: number } | null {
  const sof = head.find((s) => s.marker >= 0xc0 && s.marker <= 0xcf && s.marker !== 0xc4 && s.marker !== 0xc8 && s.marker !== 0xcc);
  if (!sof || sof.data.length < 5) return null;
  const d = sof.data;
  return { height: ((d[1] ?? 0) << 8) | (d[2] ?? 0), width: ((d[3] ?? 0) << 8) | (d[4] ?? 0) };
}

function segmentBytes(marker: number, data: Uint8Array): Uint8Array {
  if (data.length + 2 > 0xffff) throw new Error(`JPEG segment 0x${marker.toString(16)} too long: ${data.length} bytes`);
  const out = new Uint8Array(4 + data.length);
  out[0] = 0xff;
  out[1] = marker;
  out[2] = (data.length + 2) >> 8;
  out[3] = (data.length + 2) & 0xff;
  out.set(data, 4);
  return out;
}

const PADDING_TEXT = 'CaseChain test padding, not camera data. ';
let paddingBlock: Uint8Array | undefined; // one full COM payload of filler text, built once

/** COM segments holding `total` bytes of filler text (segments are at most 65,533 payload bytes each). */
function paddingSegments(total: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let left = Math.max(0, Math.floor(total));
  if (left === 0) return out;
  if (!paddingBlock) {
    paddingBlock = new Uint8Array(0xffff - 2);
    for (let i = 0; i < paddingBlock.length; i++) paddingBlock[i] = PADDING_TEXT.charCodeAt(i % PADDING_TEXT.length);
  }
  while (left > 0) {
    const n = Math.min(left, paddingBlock.length);
    out.push(segmentBytes(0xfe, paddingBlock.subarray(0, n)));
    left -= n;
  }
  return out;
}

/** SOI + fresh APP1 Exif + COM padding + the input's segments without JFIF APP0, old Exif APP1 or COM + scan. */
function assemble(jpeg: Uint8Array, spec: ExifSpec, size: { width: number; height: number }, thumb: Uint8Array | undefined): Uint8Array {
  const { head, tail } = splitJpeg(jpeg);
  const tiff = buildExif(spec, size, thumb);
  const app1Payload = new Uint8Array(6 + tiff.length);
  app1Payload.set(EXIF_HEADER);
  app1Payload.set(tiff, 6);
  const parts: Uint8Array[] = [new Uint8Array([0xff, 0xd8]), segmentBytes(0xe1, app1Payload), ...paddingSegments(spec.paddingBytes ?? 0)];
  for (const s of head) {
    if (s.marker === 0xe0 || s.marker === 0xfe || isExifApp1(s)) continue;
    parts.push(s.data.length === 0 && (s.marker === 0x01 || (s.marker >= 0xd0 && s.marker <= 0xd7)) ? new Uint8Array([0xff, s.marker]) : segmentBytes(s.marker, s.data));
  }
  parts.push(tail);
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The IFD1 JPEG thumbnail of a TIFF block, or undefined when there is none or the block is damaged. */
function readThumbnail(tiff: Uint8Array): Uint8Array | undefined {
  if (tiff.length < 8) return undefined;
  const dv = new DataView(tiff.buffer, tiff.byteOffset, tiff.length);
  const le = tiff[0] === 0x49;
  if (!le && tiff[0] !== 0x4d) return undefined;
  const u16 = (at: number): number => dv.getUint16(at, le);
  const u32 = (at: number): number => dv.getUint32(at, le);
  try {
    const ifd0 = u32(4);
    const ifd1 = u32(ifd0 + 2 + 12 * u16(ifd0));
    if (ifd1 === 0) return undefined;
    let offset: number | undefined;
    let length: number | undefined;
    for (let i = 0, n = u16(ifd1); i < n; i++) {
      const at = ifd1 + 2 + 12 * i;
      if (u16(at) === 0x0201) offset = u32(at + 8);
      if (u16(at) === 0x0202) length = u32(at + 8);
    }
    if (offset === undefined || length === undefined || offset + length > tiff.length) return undefined;
    return tiff.slice(offset, offset + length);
  } catch {
    return undefined; // RangeError from a pointer past the end
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Pixels

function toBytes(b: Uint8Array): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

function makeThumbnail(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const scale = Math.min(1, THUMB_MAX / Math.max(width, height));
  const tw = Math.max(1, Math.round(width * scale));
  const th = Math.max(1, Math.round(height * scale));
  const out = new Uint8Array(tw * th * 4);
  for (let ty = 0; ty < th; ty++) {
    const y0 = Math.floor((ty * height) / th);
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / th));
    for (let tx = 0; tx < tw; tx++) {
      const x0 = Math.floor((tx * width) / tw);
      const x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * width) / tw));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let y = y0; y < y1; y++) {
        let i = (y * width + x0) * 4;
        for (let x = x0; x < x1; x++, i += 4) {
          r += rgba[i] ?? 0;
          g += rgba[i + 1] ?? 0;
          b += rgba[i + 2] ?? 0;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (ty * tw + tx) * 4;
      out[o] = Math.round(r / n);
      out[o + 1] = Math.round(g / n);
      out[o + 2] = Math.round(b / n);
      out[o + 3] = 255;
    }
  }
  const jpeg = toBytes(encode({ width: tw, height: th, data: out }, THUMB_QUALITY).data);
  // An EXIF thumbnail carries no APP segments of its own.
  const { head, tail } = splitJpeg(jpeg);
  const parts = [new Uint8Array([0xff, 0xd8]), ...head.filter((s) => s.marker < 0xe0 || s.marker > 0xef).map((s) => segmentBytes(s.marker, s.data)), tail];
  const res = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (res.set(p, at), at + p.length), 0);
  return res;
}

function thumbnailFromJpeg(jpeg: Uint8Array, size: { width: number; height: number }): Uint8Array {
  const img = decode(jpeg, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 200, maxMemoryUsageInMB: 2048 });
  return makeThumbnail(img.data, size.width, size.height);
}
