// The signature dictionary (PDF 32000 12.8.1) with its text fields written as UTF-16 text strings.
// @signpdf/placeholder-pdf-lib writes Name/Reason/Location with PDFString.of, which keeps only the low byte of
// each character — "张三" would become garbage — so after it has added the widget and the AcroForm entry, the
// dictionary it registered is replaced by this one, with the same placeholders.

import { PDFArray, PDFDict, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';

export interface SignatureFields {
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
  /** How the time in /M was obtained, for a reader of the raw dictionary. */
  timeSource: 'signer-clock' | 'tsa';
}

export const APP_NAME = 'CaseChain';

/** The signature widget the placeholder library added last to /AcroForm /Fields. */
export function lastSignatureWidget(doc: PDFDocument): PDFDict {
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  const fields = acroForm.lookup(PDFName.of('Fields'), PDFArray);
  return fields.lookup(fields.size() - 1, PDFDict);
}

export function rewriteSignatureDictionary(doc: PDFDocument, fields: SignatureFields, contentsBytes: number): PDFRef {
  const ref = lastSignatureWidget(doc).get(PDFName.of('V'));
  if (!(ref instanceof PDFRef)) throw new Error('signature widget without /V');
  const ctx = doc.context;
  const byteRange = PDFArray.withContext(ctx);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
  const dict = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: SUBFILTER_ETSI_CADES_DETACHED,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(contentsBytes * 2)),
    Name: PDFHexString.fromText(fields.name),
    Reason: PDFHexString.fromText(fields.reason),
    Location: PDFHexString.fromText(fields.location),
    ContactInfo: PDFHexString.fromText(fields.contactInfo),
    M: PDFString.fromDate(fields.signingTime),
    Prop_Build: {
      Filter: { Name: 'Adobe.PPKLite' },
      App: { Name: APP_NAME, TimeSource: fields.timeSource === 'tsa' ? 'TSA' : 'SignerClock' },
    },
  });
  // Registered as raw bytes, as the placeholder library does, so pdf-lib never moves it into an object stream.
  const bytes = new Uint8Array(dict.sizeInBytes());
  dict.copyBytesInto(bytes, 0);
  ctx.assign(ref, PDFInvalidObject.of(bytes));
  return ref;
}
