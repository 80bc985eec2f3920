// The import's SM3: OpenSSL's where Node has it, the core's pure implementation otherwise — the same digests for
// the GB/T 32905 vectors and for data fed in uneven chunks.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSm3Hasher, sm3Implementation } from '../../electron/main/hash/sm3-hasher';
import type { Sm3Implementation } from '../../electron/main/hash/sm3-hasher';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const digest = (implementation: Sm3Implementation, chunks: Uint8Array[]): string => {
  const h = createSm3Hasher(implementation);
  for (const c of chunks) h.update(c);
  return h.digestHex();
};

const hasNative = sm3Implementation() === 'native';
const implementations: Sm3Implementation[] = hasNative ? ['native', 'pure'] : ['pure'];
if (!hasNative) console.warn('sm3-hasher: this Node has no OpenSSL sm3; only the pure implementation is checked');

describe.each(implementations)('SM3 (%s)', (implementation) => {
  it('gives the standard vectors', () => {
    expect(digest(implementation, [ascii('abc')])).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(digest(implementation, [ascii('abcd'.repeat(16))])).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });
});

describe.skipIf(!hasNative)('native and pure agree', () => {
  it('on 3 MB fed in uneven chunks', () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const chunks: Uint8Array[] = [];
    for (let at = 0, n = 1; at < data.length; at += n, n = (n * 7 + 13) % 300_000 || 1) chunks.push(data.subarray(at, at + n));
    expect(digest('native', chunks)).toBe(digest('pure', [data]));
  });
});
