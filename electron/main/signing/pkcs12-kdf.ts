// The PKCS#12 key-derivation function (RFC 7292 Appendix B.2), used by the PFX integrity MAC and by the older
// "pbeWithSHAAnd…" encryption schemes. PBES2 (what OpenSSL 3 writes by default) uses PBKDF2 instead, but its MAC
// still uses this function.

import { createHash } from 'node:crypto';

export type Pkcs12Hash = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** What the derived bytes are for (the "ID" byte of B.2). */
export const KDF_PURPOSE = { key: 1, iv: 2, mac: 3 } as const;

const BLOCK_BYTES: Record<Pkcs12Hash, number> = { sha1: 64, sha256: 64, sha384: 128, sha512: 128 };
const OUTPUT_BYTES: Record<Pkcs12Hash, number> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };

function repeatTo(source: Uint8Array, v: number): Uint8Array {
  if (source.byteLength === 0) return new Uint8Array(0);
  const out = new Uint8Array(v * Math.ceil(source.byteLength / v));
  for (let i = 0; i < out.byteLength; i++) out[i] = source[i % source.byteLength] ?? 0;
  return out;
}

/**
 * Derives `length` bytes from a BMPString password (see bmpPassword), a salt and an iteration count.
 * @param purpose KDF_PURPOSE.key, .iv or .mac
 */
export function pkcs12Kdf(hash: Pkcs12Hash, password: Uint8Array, salt: Uint8Array, purpose: number, iterations: number, length: number): Uint8Array {
  const v = BLOCK_BYTES[hash];
  const u = OUTPUT_BYTES[hash];
  const d = new Uint8Array(v).fill(purpose);
  const s = repeatTo(salt, v);
  const p = repeatTo(password, v);
  const i = new Uint8Array(s.byteLength + p.byteLength);
  i.set(s, 0);
  i.set(p, s.byteLength);
  const out = new Uint8Array(Math.ceil(length / u) * u);
  for (let block = 0; block * u < length; block++) {
    let a: Uint8Array = createHash(hash).update(d).update(i).digest();
    for (let r = 1; r < iterations; r++) a = createHash(hash).update(a).digest();
    out.set(a, block * u);
    // I_j = (I_j + B + 1) mod 2^(8v), where B is A repeated to v bytes: big-endian addition per v-byte block.
    for (let j = 0; j < i.byteLength; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (i[j + k] ?? 0) + (a[k % u] ?? 0) + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out.subarray(0, length);
}
