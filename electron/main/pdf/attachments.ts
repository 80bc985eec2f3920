// Embedded files, written directly instead of through pdf-lib's `doc.attach`, for three reasons found by running
// qpdf and poppler on its output: pdf-lib keys the EmbeddedFiles name tree with UTF-16 strings in insertion order,
// so `qpdf --show-attachment` and `pdfdetach -savefile` cannot find a file by name (a name tree is sorted by its
// byte-string keys, ISO 32000 §7.9.6); it Flate-compresses every file, so the stored stream is not the original
// (compressing a HEIC or a video gains nothing anyway); and it only builds the tree when the document is saved.
// Here each file's stream holds its bytes as they are, with Size, dates and the MD5 CheckSum the spec defines,
// and the sorted name tree and the catalog's AF array are written once all files are known.

import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { AFRelationship, PDFDocument, PDFRef } from 'pdf-lib';

export interface AttachmentOptions {
  mimeType: string;
  description: string;
  date: Date;
  relationship: AFRelationship;
}

interface Attached {
  name: string;
  spec: PDFRef;
  stream: PDFRef;
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** The name-tree key as bytes: ASCII names as themselves, others as UTF-16BE with a byte-order mark. */
function keyBytes(name: string): number[] {
  if (isAscii(name)) return [...name].map((c) => c.charCodeAt(0));
  const out = [0xfe, 0xff];
  for (let i = 0; i < name.length; i++) out.push(name.charCodeAt(i) >> 8, name.charCodeAt(i) & 0xff);
  return out;
}

/** A byte string written in hex, so no name can break out of a literal string with a stray parenthesis. */
function byteString(bytes: number[]): PDFHexString {
  return PDFHexString.of(bytes.map((b) => b.toString(16).padStart(2, '0')).join(''));
}

function compareBytes(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

export class Attachments {
  private readonly files: Attached[] = [];

  constructor(private readonly doc: PDFDocument) {}

  /** Stores `bytes` unchanged as an embedded file; returns the stream's reference (its bytes are the file). */
  add(bytes: Uint8Array, name: string, options: AttachmentOptions): PDFRef {
    if (this.files.some((f) => f.name === name)) throw new Error(`two attachments named ${name}`);
    const { context } = this.doc;
    const date = PDFString.fromDate(options.date);
    const stream = context.register(
      context.stream(bytes, {
        Type: 'EmbeddedFile',
        Subtype: options.mimeType,
        Params: { Size: bytes.length, CreationDate: date, ModDate: date, CheckSum: PDFHexString.of(createHash('md5').update(bytes).digest('hex')) },
      }),
    );
    const spec = context.register(
      context.obj({
        Type: 'Filespec',
        F: byteString(keyBytes(isAscii(name) ? name : name.replace(/[^\x20-\x7e]/g, '_'))),
        // UF (the name as UTF-16) only where F cannot hold it: poppler 22's `pdfdetach -savefile NAME` prefers UF and
        // then fails to match even a plain ASCII name against it.
        ...(isAscii(name) ? {} : { UF: PDFHexString.fromText(name) }),
        EF: { F: stream, UF: stream },
        Desc: PDFHexString.fromText(options.description),
        AFRelationship: options.relationship,
      }),
    );
    this.files.push({ name, spec, stream });
    return stream;
  }

  /** Writes the catalog's EmbeddedFiles name tree (sorted) and AF array. Call once, after the last `add`. */
  finish(): void {
    if (this.files.length === 0) return;
    const { context, catalog } = this.doc;
    const sorted = [...this.files].sort((a, b) => compareBytes(keyBytes(a.name), keyBytes(b.name)));
    const names = PDFArray.withContext(context);
    for (const f of sorted) {
      names.push(byteString(keyBytes(f.name)));
      names.push(f.spec);
    }
    const existing = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
    const namesDict = existing ?? context.obj({});
    namesDict.set(PDFName.of('EmbeddedFiles'), context.obj({ Names: names }));
    if (!existing) catalog.set(PDFName.of('Names'), namesDict);
    catalog.set(PDFName.of('AF'), context.obj(this.files.map((f) => f.spec)));
  }
}
