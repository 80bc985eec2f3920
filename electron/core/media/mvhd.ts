// Reads when a video was recorded from its movie header (moov/mvhd) without loading the video: only box
// headers and the mvhd itself are read through a ByteSource, so a 2 GB clip costs a handful of small reads
// whether the moov sits before the media data ("fast start") or after it (as phones usually write it).
//
// The times are seconds since 1904-01-01T00:00:00Z, and the QuickTime and ISO/IEC 14496-12 specs say
// UTC, but some phones and cameras write local wall-clock time there instead. This module reports the
// value as the spec defines it; deciding whether a given device's clip needs a zone correction (for
// example by comparing with the file's EXIF or GPS time) is the caller's job.
//
// Input is untrusted: every failure becomes { ok: false, reason } and nothing here throws.

import type { ByteSource } from './byte-source';

export interface Box {
  /** Four-character code, e.g. 'moov'. */
  type: string;
  /** Offset of the box's first byte in the file. */
  start: number;
  /** 8, or 16 when a 64-bit size follows the type. */
  headerSize: number;
  /** Whole box including its header; a size-0 box ("runs to the end") is resolved to its real extent. */
  size: number;
}

export type BoxSearch = { ok: true; box: Box | null } | { ok: false; reason: string };

export type MvhdResult =
  | {
      ok: true;
      /** null when the writer left the field 0 (unset) or it is outside the range a Date can hold. */
      createdAt: Date | null;
      modifiedAt: Date | null;
      /** null when unknown: no timescale, the all-ones "indefinite" value, or 0 as fragmented files write. */
      durationSeconds: number | null;
      /** Units per second of the duration field; 0 when the writer left it unset. */
      timescale: number;
    }
  | { ok: false; reason: string };

// Seconds from 1904-01-01 to 1970-01-01: 66 years, 17 of them leap.
const SECONDS_1904_TO_1970 = 2_082_844_800;
const MAX_DATE_MS = 8.64e15;
const TWO_POW_32 = 0x1_0000_0000;
// A hostile file can chain millions of 8-byte boxes; real files have a few (fragmented ones a few
// thousand), so past this the file is treated as damaged instead of being walked read by read.
const MAX_BOXES_PER_LEVEL = 100_000;

/** Finds the top-level moov box. Rejects only if the source's read() rejects. */
export function findMoovBox(src: ByteSource): Promise<BoxSearch> {
  return findBox(src, 'moov', 0, src.size);
}

/**
 * Finds the first box of `type` among the sibling boxes that fill [from, to): the top level of the file,
 * or the payload of a parent box. Rejects only if the source's read() rejects.
 */
export async function findBox(src: ByteSource, type: string, from: number, to: number): Promise<BoxSearch> {
  let offset = from;
  for (let count = 0; offset < to; count++) {
    if (count >= MAX_BOXES_PER_LEVEL) return damaged(`more than ${MAX_BOXES_PER_LEVEL} boxes in one level`, offset);
    const header = await readBoxHeader(src, offset, to);
    if (!header.ok) return header;
    if (header.box.type === type) return { ok: true, box: header.box };
    offset += header.box.size;
  }
  return { ok: true, box: null };
}

/** Reads the header of the box starting at `offset` inside a parent (or file) that ends at `end`. */
export async function readBoxHeader(
  src: ByteSource,
  offset: number,
  end: number,
): Promise<{ ok: true; box: Box } | { ok: false; reason: string }> {
  const head = await src.read(offset, Math.min(16, end - offset));
  if (head.length < 8) return truncated('box header', offset);
  const type = fourCC(head, 4);
  // Box types are printable ASCII at these levels; anything else means we are not reading box headers
  // (not an MP4/MOV at all, or a size field earlier in the file sent us to the wrong place).
  if (!/^[\x20-\x7e]{4}$/.test(type)) return damaged('not a box header', offset);

  const size32 = readUint32(head, 0);
  let headerSize = 8;
  let size: number;
  if (size32 === 1) {
    if (head.length < 16) return truncated(`${type} box header`, offset);
    const high = readUint32(head, 8);
    // Sizes at or beyond 2^53 cannot be exact in a number, and no real file comes near that.
    if (high >= 0x20_0000) return damaged(`${type} box claims an impossible 64-bit size`, offset);
    headerSize = 16;
    size = high * TWO_POW_32 + readUint32(head, 12);
  } else if (size32 === 0) {
    size = end - offset;
  } else {
    size = size32;
  }
  if (size < headerSize) return damaged(`${type} box is smaller than its own header`, offset);
  if (offset + size > end) return truncated(`${type} box`, offset);
  return { ok: true, box: { type, start: offset, headerSize, size } };
}

/** Parses an mvhd box's payload (the bytes after its 8- or 16-byte header). */
export function parseMvhd(payload: Uint8Array): MvhdResult {
  if (payload.length < 4) return { ok: false, reason: 'truncated mvhd box (mvhd 不完整)' };
  const version = payload[0]!;
  if (version !== 0 && version !== 1) {
    return { ok: false, reason: `unsupported mvhd version ${version} (不支持的 mvhd 版本)` };
  }
  // Version 0: 32-bit creation, modification, timescale, duration. Version 1: the times and the
  // duration are 64-bit, which lets them pass 2040-02-06, where 32-bit seconds from 1904 run out.
  const needed = version === 0 ? 20 : 32;
  if (payload.length < needed) return { ok: false, reason: 'truncated mvhd box (mvhd 不完整)' };

  let created: number;
  let modified: number;
  let timescale: number;
  let duration: number | null;
  if (version === 0) {
    created = readUint32(payload, 4);
    modified = readUint32(payload, 8);
    timescale = readUint32(payload, 12);
    const raw = readUint32(payload, 16);
    duration = raw === 0xffff_ffff ? null : raw;
  } else {
    created = readUint64(payload, 4);
    modified = readUint64(payload, 12);
    timescale = readUint32(payload, 20);
    const allOnes = readUint32(payload, 24) === 0xffff_ffff && readUint32(payload, 28) === 0xffff_ffff;
    duration = allOnes ? null : readUint64(payload, 24);
  }

  return {
    ok: true,
    createdAt: dateFrom1904(created),
    modifiedAt: dateFrom1904(modified),
    durationSeconds: duration === null || duration === 0 || timescale === 0 ? null : duration / timescale,
    timescale,
  };
}

/** Creation and modification time and duration from moov/mvhd of an MP4 or MOV. Never throws. */
export async function readMvhd(src: ByteSource): Promise<MvhdResult> {
  try {
    if (src.size === 0) return { ok: false, reason: 'empty file (空文件)' };

    const moov = await findMoovBox(src);
    if (!moov.ok) return moov;
    if (!moov.box) return { ok: false, reason: 'no movie header (moov box) found (未找到 moov 影片头)' };

    const moovEnd = moov.box.start + moov.box.size;
    const mvhd = await findBox(src, 'mvhd', moov.box.start + moov.box.headerSize, moovEnd);
    if (!mvhd.ok) return mvhd;
    if (!mvhd.box) return { ok: false, reason: 'moov box has no mvhd (moov 中缺少 mvhd)' };

    const payloadSize = mvhd.box.size - mvhd.box.headerSize;
    const payload = await src.read(mvhd.box.start + mvhd.box.headerSize, Math.min(payloadSize, 32));
    return parseMvhd(payload.subarray(0, Math.min(payloadSize, 32)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `could not read the file: ${message} (读取文件失败)` };
  }
}

function dateFrom1904(seconds: number): Date | null {
  if (seconds === 0) return null;
  const ms = (seconds - SECONDS_1904_TO_1970) * 1000;
  return Math.abs(ms) <= MAX_DATE_MS ? new Date(ms) : null;
}

function truncated(what: string, offset: number): { ok: false; reason: string } {
  return { ok: false, reason: `truncated file: ${what} at byte ${offset} runs past the end (文件不完整)` };
}

function damaged(what: string, offset: number): { ok: false; reason: string } {
  return { ok: false, reason: `damaged file: ${what} at byte ${offset} (文件结构损坏)` };
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

// Exact below 2^53; anything above is far outside a Date's range and is rejected by dateFrom1904.
function readUint64(bytes: Uint8Array, offset: number): number {
  return readUint32(bytes, offset) * TWO_POW_32 + readUint32(bytes, offset + 4);
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!);
}
