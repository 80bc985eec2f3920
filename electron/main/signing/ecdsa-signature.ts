// WebCrypto signs and verifies ECDSA as raw r||s (each the curve's size), while CMS and X.509 carry
// ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } in DER. These convert between the two.

import * as asn1js from 'asn1js';
import { childrenOf, parseDer } from './asn1';
import { toArrayBuffer } from './bytes';

/** Minimal big-endian two's-complement INTEGER content for an unsigned value. */
function integerContent(unsigned: Uint8Array): Uint8Array {
  let start = 0;
  while (start < unsigned.byteLength - 1 && unsigned[start] === 0) start++;
  const trimmed = unsigned.subarray(start);
  if ((trimmed[0] ?? 0) < 0x80) return trimmed;
  const out = new Uint8Array(trimmed.byteLength + 1);
  out.set(trimmed, 1);
  return out;
}

export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.byteLength / 2;
  const seq = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ valueHex: toArrayBuffer(integerContent(raw.subarray(0, half))) }),
      new asn1js.Integer({ valueHex: toArrayBuffer(integerContent(raw.subarray(half))) }),
    ],
  });
  return new Uint8Array(seq.toBER());
}

/** DER ECDSA-Sig-Value → raw r||s for a curve whose coordinates are `size` bytes (32 for P-256); null if malformed. */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | null {
  const [r, s] = childrenOf(parseDer(der));
  if (!(r instanceof asn1js.Integer) || !(s instanceof asn1js.Integer)) return null;
  const out = new Uint8Array(size * 2);
  for (const [i, n] of [r, s].entries()) {
    let v = new Uint8Array(n.valueBlock.valueHexView);
    while (v.byteLength > size && v[0] === 0) v = v.subarray(1);
    if (v.byteLength > size) return null;
    out.set(v, i * size + (size - v.byteLength));
  }
  return out;
}
