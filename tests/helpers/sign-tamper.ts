// Byte-level changes to a signed PDF, the way an attacker (or a careless tool) would make them.

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Offset of the first byte of object `n`'s stream data (after "stream" and its end-of-line). */
export function streamDataOffset(bytes: Uint8Array, objectNumber: number): number {
  const text = latin1(bytes);
  const header = new RegExp(`(^|[\\r\\n])${objectNumber} 0 obj`).exec(text);
  if (!header) throw new Error(`object ${objectNumber} not found`);
  const keyword = text.indexOf('stream', header.index);
  let at = keyword + 'stream'.length;
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  return at;
}

/** A copy with one byte of object `n`'s stream data inverted, `skip` bytes into the stream. */
export function flipStreamByte(bytes: Uint8Array, objectNumber: number, skip = 200): Uint8Array {
  const out = Uint8Array.from(bytes);
  const at = streamDataOffset(bytes, objectNumber) + skip;
  out[at] = (out[at] ?? 0) ^ 0xff;
  return out;
}

export function append(bytes: Uint8Array, extra: Uint8Array | string): Uint8Array {
  const tail = typeof extra === 'string' ? new TextEncoder().encode(extra) : extra;
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes);
  out.set(tail, bytes.byteLength);
  return out;
}

/**
 * Appends a syntactically valid incremental update by hand: a new Info dictionary object, a cross-reference
 * section for it, and a trailer pointing back at the signed revision's xref with /Prev — what an editor that
 * "only changes the metadata" writes.
 */
export function appendIncrementalUpdate(bytes: Uint8Array): Uint8Array {
  const text = latin1(bytes);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Number([...text.matchAll(/\/Size (\d+)/g)].pop()?.[1]);
  const root = [...text.matchAll(/\/Root (\d+ \d+ R)/g)].pop()?.[1];
  if (!Number.isFinite(prev) || !Number.isFinite(size) || !root) throw new Error('cannot read the trailer');
  const objectStart = bytes.byteLength + 1;
  const object = `${size} 0 obj\n<< /Title (edited after signing) /Producer (someone else) >>\nendobj\n`;
  const xrefStart = objectStart + object.length;
  const xref = `xref\n${size} 1\n${String(objectStart).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefStart}\n%%EOF\n`;
  return append(bytes, `\n${object}${xref}`);
}
