// Thin helpers over asn1js for walking parsed structures by position and getting exact encoded bytes back.

import * as asn1js from 'asn1js';
import { toArrayBuffer } from './bytes';

/** Parses one DER/BER element that must span all of `bytes`; null when it does not parse. */
export function parseDer(bytes: Uint8Array): asn1js.AsnType | null {
  const parsed = asn1js.fromBER(toArrayBuffer(bytes));
  if (parsed.offset === -1 || parsed.offset !== bytes.byteLength) return null;
  return parsed.result;
}

/** The children of a constructed element (a SEQUENCE, SET or an explicit tag); [] for anything else. */
export function childrenOf(node: unknown): asn1js.AsnType[] {
  if (node instanceof asn1js.BaseBlock && node.idBlock.isConstructed) {
    const value = (node.valueBlock as { value?: unknown }).value;
    if (Array.isArray(value)) return value as asn1js.AsnType[];
  }
  return [];
}

/** The bytes an element was decoded from: its exact encoding, tag and length included. */
export function encodedBytes(node: asn1js.AsnType): Uint8Array {
  return new Uint8Array(node.valueBeforeDecodeView);
}

export function oidOf(node: unknown): string | null {
  return node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : null;
}

/** An OCTET STRING's content, primitive or constructed (BER), or null. */
export function octetsOf(node: unknown): Uint8Array | null {
  return node instanceof asn1js.OctetString ? new Uint8Array(node.getValue()) : null;
}

/** Is this a context-specific [n] element? */
export function isContextTag(node: unknown, n: number): node is asn1js.AsnType {
  return node instanceof asn1js.BaseBlock && node.idBlock.tagClass === 3 && node.idBlock.tagNumber === n;
}

/** The content of an [n] IMPLICIT OCTET STRING: primitive, or constructed (BER) from OCTET STRING pieces. */
export function implicitOctetsOf(node: unknown): Uint8Array | null {
  if (!(node instanceof asn1js.BaseBlock)) return null;
  if (!node.idBlock.isConstructed) {
    const view = (node.valueBlock as { valueHexView?: Uint8Array }).valueHexView;
    return view ? new Uint8Array(view) : null;
  }
  const pieces = childrenOf(node).map((c) => octetsOf(c) ?? implicitOctetsOf(c));
  if (pieces.some((p) => p === null)) return null;
  const out = new Uint8Array(pieces.reduce((n, p) => n + (p?.byteLength ?? 0), 0));
  let at = 0;
  for (const p of pieces) {
    if (!p) continue;
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
