// Reading the signed revision's objects with pdf-lib: the embedded files (evidence attachments and the manifest),
// an image XObject's raw stream bytes (a JPEG is stored unchanged, so its bytes are the original file), and the
// signature dictionary's text fields.

import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, ParseSpeeds, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream } from 'pdf-lib';

export interface EmbeddedFile {
  name: string;
  bytes: Uint8Array | null;
  /** Why the bytes could not be decoded (a damaged stream). */
  error: string | null;
  objectNumber: number | null;
}

export async function loadRevision(bytes: Uint8Array): Promise<PDFDocument> {
  // ParseSpeeds.Fastest: parse without yielding to the event loop every 100 objects (large files parse many times faster).
  return PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest });
}

const text = (value: unknown): string | null => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

function filters(dict: PDFDict): string[] {
  const f = dict.lookup(PDFName.of('Filter'));
  if (f instanceof PDFName) return [f.decodeText()];
  if (f instanceof PDFArray) return f.asArray().map((x) => (x instanceof PDFName ? x.decodeText() : '?'));
  return [];
}

/** A stream's decoded bytes. Flate goes through zlib, which checks the Adler-32 sum, so damage is reported, not hidden. */
export function decodeStream(stream: PDFRawStream): Uint8Array {
  const f = filters(stream.dict);
  if (f.length === 0) return stream.contents;
  if (f.length === 1 && f[0] === 'FlateDecode' && !stream.dict.has(PDFName.of('DecodeParms'))) return new Uint8Array(inflateSync(stream.contents));
  return decodePDFRawStream(stream).decode();
}

function walkNameTree(node: PDFDict, visit: (key: string, value: unknown) => void, depth = 0): void {
  if (depth > 16) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) {
    for (let i = 0; i + 1 < names.size(); i += 2) visit(text(names.lookup(i)) ?? '', names.get(i + 1));
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) walkNameTree(kid, visit, depth + 1);
    }
  }
}

/** Every embedded file of the document's EmbeddedFiles name tree, by name. */
export function embeddedFiles(doc: PDFDocument): Map<string, EmbeddedFile> {
  const out = new Map<string, EmbeddedFile>();
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : null;
  if (!(tree instanceof PDFDict)) return out;
  walkNameTree(tree, (key, value) => {
    const spec = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (!(spec instanceof PDFDict)) return;
    const name = text(spec.lookup(PDFName.of('UF'))) ?? text(spec.lookup(PDFName.of('F'))) ?? key;
    const ef = spec.lookup(PDFName.of('EF'));
    const ref = ef instanceof PDFDict ? (ef.get(PDFName.of('UF')) ?? ef.get(PDFName.of('F'))) : null;
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : null;
    const objectNumber = ref instanceof PDFRef ? ref.objectNumber : null;
    if (!(stream instanceof PDFRawStream)) {
      out.set(key, { name, bytes: null, error: '附件没有数据流 (no stream)', objectNumber });
      return;
    }
    try {
      out.set(key, { name, bytes: decodeStream(stream), error: null, objectNumber });
    } catch (error) {
      out.set(key, { name, bytes: null, error: error instanceof Error ? error.message : String(error), objectNumber });
    }
  });
  return out;
}

export interface RawStream {
  bytes: Uint8Array;
  subtype: string | null;
  filters: string[];
}

/** Object `n`'s stream bytes as stored (filters not applied): for a DCTDecode image, the JPEG file. */
export function rawStream(doc: PDFDocument, objectNumber: number): RawStream | null {
  const object = doc.context.lookup(PDFRef.of(objectNumber, 0));
  if (!(object instanceof PDFRawStream)) return null;
  const subtype = object.dict.lookup(PDFName.of('Subtype'));
  return { bytes: object.contents, subtype: subtype instanceof PDFName ? subtype.decodeText() : null, filters: filters(object.dict) };
}

export interface SignatureFields {
  name: string | null;
  reason: string | null;
  location: string | null;
  contactInfo: string | null;
  /** The raw /M string */
  m: string | null;
  subFilter: string | null;
  byteRange: number[] | null;
  timeSource: string | null;
}

function signatureDictionaries(doc: PDFDocument): PDFDict[] {
  const out: PDFDict[] = [];
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  const fields = acroForm instanceof PDFDict ? acroForm.lookup(PDFName.of('Fields')) : null;
  const visit = (node: unknown, depth: number): void => {
    const field = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (!(field instanceof PDFDict) || depth > 16) return;
    const v = field.lookup(PDFName.of('V'));
    if (v instanceof PDFDict && v.has(PDFName.of('ByteRange'))) out.push(v);
    const kids = field.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) visit(kids.get(i), depth + 1);
  };
  if (fields instanceof PDFArray) for (let i = 0; i < fields.size(); i++) visit(fields.get(i), 0);
  return out;
}

/** The signature dictionary whose /ByteRange is `byteRange` (or the first one), read as text. */
export function signatureFields(doc: PDFDocument, byteRange: readonly number[]): SignatureFields | null {
  const dicts = signatureDictionaries(doc);
  const rangeOf = (d: PDFDict): number[] | null => {
    const br = d.lookup(PDFName.of('ByteRange'));
    return br instanceof PDFArray ? br.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) : null;
  };
  const dict = dicts.find((d) => rangeOf(d)?.join(' ') === byteRange.join(' ')) ?? dicts[0];
  if (!dict) return null;
  const subFilter = dict.lookup(PDFName.of('SubFilter'));
  const build = dict.lookup(PDFName.of('Prop_Build'));
  const app = build instanceof PDFDict ? build.lookup(PDFName.of('App')) : null;
  const timeSource = app instanceof PDFDict ? app.lookup(PDFName.of('TimeSource')) : null;
  return {
    name: text(dict.lookup(PDFName.of('Name'))),
    reason: text(dict.lookup(PDFName.of('Reason'))),
    location: text(dict.lookup(PDFName.of('Location'))),
    contactInfo: text(dict.lookup(PDFName.of('ContactInfo'))),
    m: text(dict.lookup(PDFName.of('M'))),
    subFilter: subFilter instanceof PDFName ? subFilter.decodeText() : null,
    byteRange: rangeOf(dict),
    timeSource: timeSource instanceof PDFName ? timeSource.decodeText() : null,
  };
}
