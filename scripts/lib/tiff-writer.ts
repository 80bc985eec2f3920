// A small TIFF structure writer: the EXIF block of a JPEG (APP1) and minimal baseline TIFF files are both a TIFF
// header followed by IFDs. Blocks (IFDs and raw blobs) are laid out in the order given, each on a word boundary;
// entries are sorted by tag; values longer than 4 bytes go after their IFD, word-aligned, as TIFF 6.0 asks.
//
// An entry may point at another block ('ptr': a LONG holding the block's offset) or give a blob's byte length
// ('len'), so sub-IFD pointers, IFD1's thumbnail pointer and a TIFF's StripOffsets are resolved at layout.

export type ByteOrder = 'II' | 'MM';

export type TiffValue =
  | { type: 'byte'; value: readonly number[] }
  | { type: 'ascii'; value: string }
  | { type: 'short'; value: readonly number[] }
  | { type: 'long'; value: readonly number[] }
  | { type: 'rational'; value: readonly (readonly [number, number])[] }
  | { type: 'undefined'; value: Uint8Array }
  | { type: 'ptr'; block: string }
  | { type: 'len'; block: string };

export interface TiffEntry {
  tag: number;
  v: TiffValue;
}

export type TiffBlock =
  | { kind: 'ifd'; name: string; entries: readonly TiffEntry[]; next?: string }
  | { kind: 'blob'; name: string; data: Uint8Array };

const TYPE_CODE = { byte: 1, ascii: 2, short: 3, long: 4, rational: 5, undefined: 7, ptr: 4, len: 4 } as const;

/** Throws unless `s` is printable 7-bit ASCII: EXIF ASCII fields carry no encoding, so anything else turns to mojibake. */
export function assertAscii(s: string, what: string): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) throw new Error(`${what} must be printable ASCII for an EXIF ASCII field: ${JSON.stringify(s)}`);
  }
}

function valueSize(v: TiffValue): { count: number; bytes: number } {
  switch (v.type) {
    case 'byte':
      return { count: v.value.length, bytes: v.value.length };
    case 'ascii':
      return { count: v.value.length + 1, bytes: v.value.length + 1 };
    case 'short':
      return { count: v.value.length, bytes: 2 * v.value.length };
    case 'long':
      return { count: v.value.length, bytes: 4 * v.value.length };
    case 'rational':
      return { count: v.value.length, bytes: 8 * v.value.length };
    case 'undefined':
      return { count: v.value.length, bytes: v.value.length };
    case 'ptr':
    case 'len':
      return { count: 1, bytes: 4 };
  }
}

const isUint32 = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
const align2 = (n: number): number => n + (n & 1);

function blockSize(b: TiffBlock): number {
  if (b.kind === 'blob') return b.data.length;
  let extra = 0;
  for (const e of b.entries) {
    const { bytes } = valueSize(e.v);
    if (bytes > 4) extra += align2(bytes);
  }
  return 2 + 12 * b.entries.length + 4 + extra;
}

/** Lays the blocks out after an 8-byte TIFF header that points at the first block (which must be an IFD). */
export function buildTiff(byteOrder: ByteOrder, blocks: readonly TiffBlock[]): Uint8Array {
  const first = blocks[0];
  if (first?.kind !== 'ifd') throw new Error('the first TIFF block must be an IFD');
  const offsets = new Map<string, number>();
  const lengths = new Map<string, number>();
  let pos = 8;
  for (const b of blocks) {
    if (offsets.has(b.name)) throw new Error(`duplicate TIFF block ${b.name}`);
    pos = align2(pos);
    offsets.set(b.name, pos);
    const size = blockSize(b);
    lengths.set(b.name, b.kind === 'blob' ? b.data.length : size);
    pos += size;
  }
  const out = new Uint8Array(pos);
  const dv = new DataView(out.buffer);
  const le = byteOrder === 'II';
  const u16 = (at: number, n: number): void => dv.setUint16(at, n, le);
  const u32 = (at: number, n: number): void => dv.setUint32(at, n, le);
  const lookup = (m: Map<string, number>, name: string): number => {
    const n = m.get(name);
    if (n === undefined) throw new Error(`TIFF entry refers to unknown block ${name}`);
    return n;
  };

  out[0] = out[1] = le ? 0x49 : 0x4d;
  u16(2, 42);
  u32(4, lookup(offsets, first.name));

  for (const b of blocks) {
    const start = lookup(offsets, b.name);
    if (b.kind === 'blob') {
      out.set(b.data, start);
      continue;
    }
    const entries = [...b.entries].sort((a, c) => a.tag - c.tag);
    entries.forEach((e, i) => {
      const tag = `tag 0x${e.tag.toString(16).padStart(4, '0')} in ${b.name}`;
      if (i > 0 && entries[i - 1]?.tag === e.tag) throw new Error(`duplicate ${tag}`);
      if (e.v.type === 'ascii') assertAscii(e.v.value, tag);
      if (e.v.type === 'rational') {
        for (const [num, den] of e.v.value) {
          if (!isUint32(num) || !isUint32(den)) throw new Error(`${tag}: rational ${num}/${den} is not two uint32 values`);
        }
      }
    });
    u16(start, entries.length);
    let valuePos = start + 2 + 12 * entries.length + 4;
    entries.forEach((e, i) => {
      const at = start + 2 + 12 * i;
      const { count, bytes } = valueSize(e.v);
      u16(at, e.tag);
      u16(at + 2, TYPE_CODE[e.v.type]);
      u32(at + 4, count);
      let dst = at + 8;
      if (bytes > 4) {
        u32(at + 8, valuePos);
        dst = valuePos;
        valuePos += align2(bytes);
      }
      writeValue(e.v, dst);
    });
    u32(start + 2 + 12 * entries.length, b.next === undefined ? 0 : lookup(offsets, b.next));
  }
  return out;

  function writeValue(v: TiffValue, at: number): void {
    switch (v.type) {
      case 'byte':
        v.value.forEach((n, i) => dv.setUint8(at + i, n));
        return;
      case 'ascii':
        for (let i = 0; i < v.value.length; i++) out[at + i] = v.value.charCodeAt(i) & 0x7f;
        out[at + v.value.length] = 0;
        return;
      case 'short':
        v.value.forEach((n, i) => u16(at + 2 * i, n));
        return;
      case 'long':
        v.value.forEach((n, i) => u32(at + 4 * i, n));
        return;
      case 'rational':
        v.value.forEach(([num, den], i) => {
          u32(at + 8 * i, num);
          u32(at + 8 * i + 4, den);
        });
        return;
      case 'undefined':
        out.set(v.value, at);
        return;
      case 'ptr':
        u32(at, lookup(offsets, v.block));
        return;
      case 'len':
        u32(at, lookup(lengths, v.block));
        return;
    }
  }
}

export const ascii = (value: string): TiffValue => ({ type: 'ascii', value });
export const short = (...value: number[]): TiffValue => ({ type: 'short', value });
export const long = (...value: number[]): TiffValue => ({ type: 'long', value });
export const byte = (...value: number[]): TiffValue => ({ type: 'byte', value });
export const rational = (...value: (readonly [number, number])[]): TiffValue => ({ type: 'rational', value });
export const undef = (value: Uint8Array | string): TiffValue => ({
  type: 'undefined',
  value: typeof value === 'string' ? Uint8Array.from(value, (c) => c.charCodeAt(0)) : value,
});
export const ptr = (block: string): TiffValue => ({ type: 'ptr', block });
export const len = (block: string): TiffValue => ({ type: 'len', block });
