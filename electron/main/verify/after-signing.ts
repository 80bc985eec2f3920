// What follows the signed revision. The signature covers bytes up to b + c; anything after it was added later:
// either an incremental update (new objects, a cross-reference section, a trailer, %%EOF — a viewer shows the
// updated document, which the signature does not cover) or plain appended bytes.

import { latin1 } from './locate-signature';

export type AfterSigning =
  | { kind: 'none' }
  | { kind: 'appended-bytes'; bytes: number; whitespaceOnly: boolean }
  | { kind: 'incremental-update'; bytes: number; updates: number; objects: number[] };

export function analyseAfterSigning(bytes: Uint8Array, signedLength: number): AfterSigning {
  if (signedLength >= bytes.byteLength) return { kind: 'none' };
  const tail = latin1(bytes, signedLength);
  const extra = bytes.byteLength - signedLength;
  const eofs = (tail.match(/%%EOF/g) ?? []).length;
  const objects = [...tail.matchAll(/(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b/g)].map((m) => Number(m[1]));
  if (eofs > 0 || /\bxref\b|\bstartxref\b|\btrailer\b/.test(tail) || objects.length > 0) {
    return { kind: 'incremental-update', bytes: extra, updates: Math.max(1, eofs), objects: [...new Set(objects)] };
  }
  return { kind: 'appended-bytes', bytes: extra, whitespaceOnly: /^\s*$/.test(tail) };
}
