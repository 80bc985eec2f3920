// RC2 (RFC 2268) in CBC mode, decryption only. Certificates in PKCS#12 files written by older tools (OpenSSL 1.x,
// Windows, `openssl pkcs12 -legacy`) are encrypted with pbeWithSHAAnd40BitRC2-CBC, and Node's OpenSSL 3 has RC2
// only in the legacy provider, which is not loaded. The certificate bag is not secret, but it must be read.

/* eslint-disable @typescript-eslint/no-non-null-assertion -- fixed-size tables indexed by masked values */

const PITABLE = Uint8Array.from(
  Buffer.from(
    'd978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2179a59f587b34f1361456d8d09817d32' +
      'bd8f40eb86b77b0bf09521225c6b4e8254d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
      '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed708e8eade8052eef784aa72ac354d6a2a' +
      '961ad2715a1549744b9fd05e0418a4ecc2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
      '2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a90d38341bab33ffb0bb480c5fb9b1cd2e' +
      'c5f3db47e5a59c770aa62068fe7fc1ad',
    'hex',
  ),
);

/** The 64 16-bit round keys for `key` with `effectiveBits` (40 for RC2-40, 128 for RC2-128). */
export function rc2ExpandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  const l = new Uint8Array(128);
  l.set(key);
  const t = key.byteLength;
  for (let i = t; i < 128; i++) l[i] = PITABLE[(l[i - 1]! + l[i - t]!) & 0xff]!;
  const t8 = Math.ceil(effectiveBits / 8);
  const tm = 0xff >> (8 * t8 - effectiveBits);
  l[128 - t8] = PITABLE[l[128 - t8]! & tm]!;
  for (let i = 127 - t8; i >= 0; i--) l[i] = PITABLE[l[i + 1]! ^ l[i + t8]!]!;
  const k = new Uint16Array(64);
  for (let i = 0; i < 64; i++) k[i] = l[2 * i]! | (l[2 * i + 1]! << 8);
  return k;
}

const SHIFTS = [1, 2, 3, 5] as const;

function decryptBlock(k: Uint16Array, r: Uint16Array): void {
  let j = 63;
  const rmix = (): void => {
    for (let i = 3; i >= 0; i--) {
      const s = SHIFTS[i]!;
      r[i] = ((r[i]! >>> s) | (r[i]! << (16 - s))) & 0xffff;
      r[i] = (r[i]! - k[j--]! - (r[(i + 3) % 4]! & r[(i + 2) % 4]!) - (~r[(i + 3) % 4]! & r[(i + 1) % 4]!)) & 0xffff;
    }
  };
  const rmash = (): void => {
    for (let i = 3; i >= 0; i--) r[i] = (r[i]! - k[r[(i + 3) % 4]! & 63]!) & 0xffff;
  };
  for (let n = 0; n < 5; n++) rmix();
  rmash();
  for (let n = 0; n < 6; n++) rmix();
  rmash();
  for (let n = 0; n < 5; n++) rmix();
}

/** Encrypts one block; only used by tests to check the key schedule against RFC 2268's vectors. */
export function rc2EncryptBlock(k: Uint16Array, block: Uint8Array): Uint8Array {
  const r = new Uint16Array(4);
  for (let i = 0; i < 4; i++) r[i] = block[2 * i]! | (block[2 * i + 1]! << 8);
  let j = 0;
  const mix = (): void => {
    for (let i = 0; i < 4; i++) {
      const s = SHIFTS[i]!;
      let x = (r[i]! + k[j++]! + (r[(i + 3) % 4]! & r[(i + 2) % 4]!) + (~r[(i + 3) % 4]! & r[(i + 1) % 4]!)) & 0xffff;
      x = ((x << s) | (x >>> (16 - s))) & 0xffff;
      r[i] = x;
    }
  };
  const mash = (): void => {
    for (let i = 0; i < 4; i++) r[i] = (r[i]! + k[r[(i + 3) % 4]! & 63]!) & 0xffff;
  };
  for (let n = 0; n < 5; n++) mix();
  mash();
  for (let n = 0; n < 6; n++) mix();
  mash();
  for (let n = 0; n < 5; n++) mix();
  const out = new Uint8Array(8);
  for (let i = 0; i < 4; i++) {
    out[2 * i] = r[i]! & 0xff;
    out[2 * i + 1] = r[i]! >> 8;
  }
  return out;
}

/** RC2-CBC decryption with PKCS#5 padding removed; null when the padding is wrong (a wrong key, in practice). */
export function rc2CbcDecrypt(key: Uint8Array, effectiveBits: number, iv: Uint8Array, data: Uint8Array): Uint8Array | null {
  if (data.byteLength === 0 || data.byteLength % 8 !== 0) return null;
  const k = rc2ExpandKey(key, effectiveBits);
  const out = new Uint8Array(data.byteLength);
  const r = new Uint16Array(4);
  let prev = iv;
  for (let off = 0; off < data.byteLength; off += 8) {
    const block = data.subarray(off, off + 8);
    for (let i = 0; i < 4; i++) r[i] = block[2 * i]! | (block[2 * i + 1]! << 8);
    decryptBlock(k, r);
    for (let i = 0; i < 4; i++) {
      out[off + 2 * i] = (r[i]! & 0xff) ^ prev[2 * i]!;
      out[off + 2 * i + 1] = (r[i]! >> 8) ^ prev[2 * i + 1]!;
    }
    prev = block;
  }
  const pad = out[out.byteLength - 1]!;
  if (pad < 1 || pad > 8) return null;
  for (let i = out.byteLength - pad; i < out.byteLength; i++) if (out[i] !== pad) return null;
  return out.subarray(0, out.byteLength - pad);
}
