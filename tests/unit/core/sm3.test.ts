import { createHash, getHashes } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { Sm3, sm3Hex } from '../../../electron/core/hash/sm3';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

// Deterministic bytes (xorshift32) so a failure reproduces without a stored fixture.
function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed | 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('sm3', () => {
  it('matches GB/T 32905-2016 appendix A example 1 ("abc")', () => {
    expect(sm3Hex(ascii('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('matches GB/T 32905-2016 appendix A example 2 ("abcd" x 16, two blocks)', () => {
    expect(sm3Hex(ascii('abcd'.repeat(16)))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes the empty message', () => {
    expect(sm3Hex(new Uint8Array(0))).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
    expect(new Sm3().digestHex()).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  it('hashes 1,000,000 x "a"', () => {
    // Cross-checked against OpenSSL (node:crypto 'sm3') and Python hashlib.new('sm3').
    expect(sm3Hex(ascii('a'.repeat(1_000_000)))).toBe('c8aaf89429554029e231941a2acc0ad61ff2a5acd8fadd25847a3a732b3b02c3');
  });

  it('gives the same digest however a 1 MB message is split into chunks', () => {
    const data = pseudoRandomBytes(1 << 20);
    const whole = sm3Hex(data);
    const sizes = [1, 63, 64, 65, 1000, 4096, 7, 128, 127, 129, 65536, 3];
    const h = new Sm3();
    let offset = 0;
    for (let i = 0; offset < data.length; i++) {
      const size = sizes[i % sizes.length] ?? 1;
      h.update(data.subarray(offset, offset + size));
      offset += size;
    }
    expect(h.digestHex()).toBe(whole);

    for (const size of [1, 63, 64, 65, 1000]) {
      const each = new Sm3();
      for (let o = 0; o < data.length; o += size) each.update(data.subarray(o, o + size));
      expect(each.digestHex(), `chunks of ${size}`).toBe(whole);
    }
  });

  it('pads correctly around the block boundary (lengths 0..200)', () => {
    const data = pseudoRandomBytes(200, 12345);
    // 55/56 and 119/120 bytes are where the length field stops fitting in the last block.
    for (let n = 0; n <= 200; n++) {
      const oneShot = sm3Hex(data.subarray(0, n));
      const split = new Sm3().update(data.subarray(0, n >> 1)).update(new Uint8Array(0)).update(data.subarray(n >> 1, n)).digestHex();
      expect(split, `length ${n}`).toBe(oneShot);
    }
  });

  it.runIf(getHashes().includes('sm3'))('agrees with OpenSSL on lengths 0..200 and on 1 MB', () => {
    const data = pseudoRandomBytes(1 << 20, 777);
    for (let n = 0; n <= 200; n++) {
      const part = data.subarray(0, n);
      expect(sm3Hex(part), `length ${n}`).toBe(createHash('sm3').update(part).digest('hex'));
    }
    expect(sm3Hex(data)).toBe(createHash('sm3').update(data).digest('hex'));
  });

  it('does not read the caller\'s bytes after update() returns', () => {
    const chunk = ascii('abc');
    const h = new Sm3().update(chunk);
    chunk.fill(0);
    expect(h.digestHex()).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('returns a stable digest on repeated calls and refuses update() after digest()', () => {
    const h = new Sm3().update(ascii('abc'));
    const first = h.digest();
    first[0] = 0;
    expect(h.digestHex()).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(() => h.update(ascii('d'))).toThrow(/after digest/);
  });

  it('keeps independent instances independent when interleaved', () => {
    const a = new Sm3();
    const b = new Sm3();
    const data = pseudoRandomBytes(10_000, 42);
    for (let o = 0; o < data.length; o += 100) {
      a.update(data.subarray(o, o + 100));
      b.update(ascii('abcd'));
    }
    expect(a.digestHex()).toBe(sm3Hex(data));
    expect(b.digestHex()).toBe(sm3Hex(ascii('abcd'.repeat(100))));
  });
});
