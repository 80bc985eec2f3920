import { describe, it, expect } from 'vitest';
import type { ByteSource } from '../../../electron/core/media/byte-source';
import { byteSourceFromBytes } from '../../../electron/core/media/byte-source';
import { findMoovBox, parseMvhd, readMvhd } from '../../../electron/core/media/mvhd';
import { ascii, box, concat, uint32 as u32 } from '../../fixtures/iso-boxes';
import { makeMp4 } from '../../fixtures/make-mp4';

const RECORDED = new Date('2024-05-01T08:30:15Z');

/** Wraps a source to record every read, so tests can see how much of the file was touched. */
function spy(src: ByteSource): { src: ByteSource; reads: { offset: number; length: number }[] } {
  const reads: { offset: number; length: number }[] = [];
  return {
    reads,
    src: { size: src.size, read: (offset, length) => { reads.push({ offset, length }); return src.read(offset, length); } },
  };
}

async function read(bytes: Uint8Array) {
  return readMvhd(byteSourceFromBytes(bytes));
}

describe('readMvhd', () => {
  it('reads ftyp + moov(mvhd) with moov before mdat', async () => {
    const result = await read(makeMp4({ creationTime: RECORDED, moovFirst: true }));
    expect(result).toEqual({ ok: true, createdAt: RECORDED, modifiedAt: RECORDED, durationSeconds: 5, timescale: 1000 });
  });

  it('finds moov after a large mdat without reading the media data', async () => {
    const bytes = makeMp4({ creationTime: RECORDED, mdatBytes: 5_000_000 });
    const { src, reads } = spy(byteSourceFromBytes(bytes));
    const result = await readMvhd(src);
    expect(result).toMatchObject({ ok: true, createdAt: RECORDED });
    expect(reads.length).toBeLessThanOrEqual(6);
    expect(Math.max(...reads.map((r) => r.length))).toBeLessThanOrEqual(32);
  });

  it('reads a QuickTime .mov with its 600 timescale and a fractional duration', async () => {
    const result = await read(makeMp4({ creationTime: RECORDED, brand: 'qt', durationSeconds: 12.5 }));
    expect(result).toEqual({ ok: true, createdAt: RECORDED, modifiedAt: RECORDED, durationSeconds: 12.5, timescale: 600 });
  });

  it('reads version 1 (64-bit) times, including dates past 2040 that version 0 cannot hold', async () => {
    const late = new Date('2051-01-02T03:04:05Z');
    const modified = new Date('2052-06-07T08:09:10Z');
    const result = await read(makeMp4({ creationTime: late, modificationTime: modified, version: 1, durationSeconds: 3600 }));
    expect(result).toEqual({ ok: true, createdAt: late, modifiedAt: modified, durationSeconds: 3600, timescale: 1000 });
  });

  it('steps over an mdat with a 64-bit largesize', async () => {
    const bytes = makeMp4({ creationTime: RECORDED, largeMdat: true, mdatBytes: 1000 });
    expect(new DataView(bytes.buffer).getUint32(28)).toBe(1); // the mdat really uses size field 1
    expect(await read(bytes)).toMatchObject({ ok: true, createdAt: RECORDED });
  });

  it('handles a moov whose size field is 0 (runs to the end of the file)', async () => {
    const bytes = makeMp4({ creationTime: RECORDED });
    const moovAt = bytes.length - 8 - 108;
    expect(String.fromCharCode(...bytes.subarray(moovAt + 4, moovAt + 8))).toBe('moov');
    bytes.set(u32(0), moovAt);
    expect(await read(bytes)).toMatchObject({ ok: true, createdAt: RECORDED });
  });

  it('finds mvhd when it is not the first child of moov', async () => {
    const mvhd = makeMp4({ creationTime: RECORDED, moovFirst: true }).subarray(28 + 8);
    const mvhdBox = mvhd.subarray(0, 108);
    const file = concat(box('ftyp', ascii('isom'), u32(0), ascii('isom')), box('moov', box('udta', ascii('hello')), mvhdBox));
    expect(await read(file)).toMatchObject({ ok: true, createdAt: RECORDED });
  });

  it('returns null times when the writer left them 0', async () => {
    const result = await read(makeMp4({ creationTime: null }));
    expect(result).toEqual({ ok: true, createdAt: null, modifiedAt: null, durationSeconds: 5, timescale: 1000 });
  });

  it('keeps the creation time whatever zone the process runs in', async () => {
    // The value is UTC by spec; the result must not move with TZ (run also under TZ=Asia/Shanghai).
    const result = await read(makeMp4({ creationTime: new Date('2024-12-31T23:59:59Z') }));
    expect(result.ok && result.createdAt?.toISOString()).toBe('2024-12-31T23:59:59.000Z');
  });

  it('reads the earliest representable time, 1904-01-01 plus one second', async () => {
    const result = await read(makeMp4({ creationTime: new Date('1904-01-01T00:00:01Z') }));
    expect(result.ok && result.createdAt?.toISOString()).toBe('1904-01-01T00:00:01.000Z');
  });

  it('reports no moov', async () => {
    const bytes = concat(box('ftyp', ascii('isom'), u32(0)), box('mdat', new Uint8Array(100)));
    expect(await read(bytes)).toEqual({ ok: false, reason: 'no movie header (moov box) found (未找到 moov 影片头)' });
  });

  it('reports a moov without mvhd', async () => {
    const bytes = concat(box('ftyp', ascii('isom'), u32(0)), box('moov', box('trak', new Uint8Array(20))));
    expect(await read(bytes)).toEqual({ ok: false, reason: 'moov box has no mvhd (moov 中缺少 mvhd)' });
  });

  it('reports a file cut off inside the mdat, as an interrupted recording leaves it', async () => {
    const bytes = makeMp4({ creationTime: RECORDED, mdatBytes: 1000 });
    const result = await read(bytes.subarray(0, 500));
    expect(result).toEqual({ ok: false, reason: 'truncated file: mdat box at byte 28 runs past the end (文件不完整)' });
  });

  it('reports a file cut off inside the moov', async () => {
    const bytes = makeMp4({ creationTime: RECORDED });
    const result = await read(bytes.subarray(0, bytes.length - 10));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^truncated file: moov box at byte \d+/);
  });

  it('reports a file cut off inside a box header', async () => {
    const bytes = makeMp4({ creationTime: RECORDED, moovFirst: true });
    const result = await read(bytes.subarray(0, 28 + 5));
    expect(result).toEqual({ ok: false, reason: 'truncated file: box header at byte 28 runs past the end (文件不完整)' });
  });

  it('reports an mvhd too short for its version', async () => {
    const file = concat(box('ftyp', ascii('isom'), u32(0)), box('moov', box('mvhd', new Uint8Array([1, 0, 0, 0]), new Uint8Array(20))));
    expect(await read(file)).toEqual({ ok: false, reason: 'truncated mvhd box (mvhd 不完整)' });
  });

  it('reports an unknown mvhd version', async () => {
    const file = concat(box('ftyp', ascii('isom'), u32(0)), box('moov', box('mvhd', new Uint8Array([2, 0, 0, 0]), new Uint8Array(96))));
    expect(await read(file)).toEqual({ ok: false, reason: 'unsupported mvhd version 2 (不支持的 mvhd 版本)' });
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0, 0, 0, 0])],
    ['a box smaller than its header', concat(u32(4), ascii('ftyp'), new Uint8Array(20))],
    ['a 64-bit size beyond 2^53', concat(u32(1), ascii('mdat'), u32(0xffff_ffff), u32(0), new Uint8Array(16))],
    ['a few stray bytes', new Uint8Array([0, 0, 0])],
  ])('fails without throwing on %s', async (_label, bytes) => {
    const result = await read(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never throws on random corruption of a valid file', async () => {
    const original = makeMp4({ creationTime: RECORDED, mdatBytes: 64 });
    let seed = 1;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0);
    for (let round = 0; round < 500; round++) {
      const bytes = original.slice();
      for (let k = 0; k < 3; k++) bytes[next() % bytes.length] = next() & 0xff;
      const cut = round % 5 === 0 ? next() % bytes.length : bytes.length;
      const result = await read(bytes.subarray(0, cut));
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('gives up on a file made of endless tiny boxes instead of walking them all', async () => {
    const free = box('free');
    const bytes = new Uint8Array(free.length * 100_001);
    for (let i = 0; i < 100_001; i++) bytes.set(free, i * free.length);
    const result = await read(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^damaged file: more than 100000 boxes/);
  });

  it('turns a failing read into a reason', async () => {
    const failing: ByteSource = { size: 1000, read: () => Promise.reject(new Error('EIO: i/o error')) };
    expect(await readMvhd(failing)).toEqual({ ok: false, reason: 'could not read the file: EIO: i/o error (读取文件失败)' });
  });
});

describe('findMoovBox', () => {
  it('locates moov after an mdat with a 64-bit size', async () => {
    const bytes = makeMp4({ creationTime: RECORDED, largeMdat: true, mdatBytes: 40 });
    const found = await findMoovBox(byteSourceFromBytes(bytes));
    expect(found).toEqual({ ok: true, box: { type: 'moov', start: 28 + 16 + 40, headerSize: 8, size: 116 } });
  });

  it('returns null, not an error, when a complete file has no moov', async () => {
    const bytes = concat(box('ftyp', ascii('isom'), u32(0)), box('free'));
    expect(await findMoovBox(byteSourceFromBytes(bytes))).toEqual({ ok: true, box: null });
  });
});

describe('parseMvhd', () => {
  it('treats the all-ones duration and a zero timescale as unknown', () => {
    const v0 = (timescale: number, duration: number): Uint8Array =>
      concat(new Uint8Array(4), u32(0), u32(0), u32(timescale), u32(duration));
    expect(parseMvhd(v0(1000, 0xffff_ffff))).toMatchObject({ ok: true, durationSeconds: null });
    expect(parseMvhd(v0(0, 5000))).toMatchObject({ ok: true, durationSeconds: null, timescale: 0 });
    expect(parseMvhd(v0(1000, 0))).toMatchObject({ ok: true, durationSeconds: null });
    expect(parseMvhd(v0(90000, 45000))).toMatchObject({ ok: true, durationSeconds: 0.5 });
  });

  it('returns null for a version 1 time too far out for a Date', () => {
    const payload = concat(new Uint8Array([1, 0, 0, 0]), u32(0x1f_ffff), u32(0xffff_ffff), u32(0), u32(1), u32(1000), u32(0), u32(1000));
    expect(parseMvhd(payload)).toEqual({ ok: true, createdAt: null, modifiedAt: new Date(Date.UTC(1904, 0, 1, 0, 0, 1)), durationSeconds: 1, timescale: 1000 });
  });
});
