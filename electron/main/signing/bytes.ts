// Small byte helpers shared by the signer and the verifier: asn1js and WebCrypto want exact ArrayBuffers, and a
// Node Buffer or a subarray's .buffer may be a view on a larger pool.

/** An ArrayBuffer holding exactly these bytes (copied, so no view into a larger pool leaks through). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** The passphrase as PKCS#12 wants it for its own KDF (RFC 7292 B.1): a BMPString, UTF-16BE, with a 2-byte NUL. */
export function bmpPassword(passphrase: string): Uint8Array {
  const out = new Uint8Array((passphrase.length + 1) * 2);
  for (let i = 0; i < passphrase.length; i++) {
    const c = passphrase.charCodeAt(i);
    out[i * 2] = c >> 8;
    out[i * 2 + 1] = c & 0xff;
  }
  return out;
}
