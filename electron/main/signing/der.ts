// A minimal DER writer: the CMS structure is assembled from exact bytes, so certificates and names taken from
// a certificate go into the signature byte for byte (re-encoding them through a parser could alter a CA's BER
// quirks and invalidate them), and what is signed is exactly what is written.

import * as asn1js from 'asn1js';
import { concatBytes, toArrayBuffer } from './bytes';

export const TAG = {
  integer: 0x02,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
  /** [n] constructed, context-specific */
  context: (n: number): number => 0xa0 | n,
  /** [n] primitive, context-specific */
  contextPrimitive: (n: number): number => 0x80 | n,
} as const;

function lengthBytes(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concatBytes(content);
  return concatBytes([Uint8Array.of(tag), lengthBytes(body.byteLength), body]);
}

export const seq = (...content: Uint8Array[]): Uint8Array => tlv(TAG.sequence, ...content);

/** A DER SET OF: its elements sorted by their encodings (X.690 11.6), which verifiers that re-encode depend on. */
export function setOf(...elements: Uint8Array[]): Uint8Array {
  const sorted = [...elements].sort((a, b) => {
    for (let i = 0; i < Math.min(a.byteLength, b.byteLength); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return a.byteLength - b.byteLength;
  });
  return tlv(TAG.set, ...sorted);
}

export const oid = (value: string): Uint8Array => new Uint8Array(new asn1js.ObjectIdentifier({ value }).toBER(false));
export const octetString = (bytes: Uint8Array): Uint8Array => tlv(TAG.octetString, bytes);
export const derNull = (): Uint8Array => Uint8Array.of(TAG.null, 0);
export const integer = (value: number): Uint8Array => new Uint8Array(new asn1js.Integer({ value }).toBER(false));
export const integerFromBytes = (bytes: Uint8Array): Uint8Array => new Uint8Array(new asn1js.Integer({ valueHex: toArrayBuffer(bytes) }).toBER(false));
export const algorithm = (id: string, params?: Uint8Array): Uint8Array => (params ? seq(oid(id), params) : seq(oid(id)));
