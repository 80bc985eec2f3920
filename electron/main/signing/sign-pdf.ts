// Signs a case file PDF as PAdES B-B (or B-T with a timestamp): adds the signature field and a placeholder,
// saves the document once, and writes the CMS over the ByteRange into /Contents. This must be the very last
// write: any later save by pdf-lib rewrites the file and breaks the signature.

import type { webcrypto } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SUBFILTER_ETSI_CADES_DETACHED, Signer } from '@signpdf/utils';
import { PDFName } from 'pdf-lib';
import type { PDFDocument, PDFRef } from 'pdf-lib';
import { signDetachedCms } from './cms-signer';
import type { CmsSignOptions, DetachedSignature } from './cms-signer';
import { lastSignatureWidget, rewriteSignatureDictionary } from './signature-dictionary';
import { SigningError } from './signing-error';
import type { TimestampOptions } from './timestamp-client';

export interface SignPdfOptions {
  /** The signer as shown by viewers (the signature dictionary's /Name). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  /** An RFC 3161 TSA. Without it /M is the signer's computer clock, and the dictionary says so. */
  timestampUrl?: string;
  timestamp?: TimestampOptions;
  /** Default: now, by this computer's clock. */
  signingTime?: Date;
  /** A visible signature: the page, the rectangle [x1, y1, x2, y2], and a form XObject drawn by the PDF builder.
   * Without it the signature is invisible (the visible block can still be drawn on the page itself). */
  widget?: { pageIndex: number; rect: [number, number, number, number]; appearance?: PDFRef };
  /** Room reserved for the CMS, in bytes; by default enough for the chain (and a timestamp). */
  contentsBytes?: number;
}

export interface SignedPdf {
  bytes: Uint8Array;
  signature: DetachedSignature;
  signingTime: Date;
}

class CmsSigner extends Signer {
  result: DetachedSignature | null = null;

  constructor(
    private readonly key: webcrypto.CryptoKey,
    private readonly chain: readonly Uint8Array[],
    private readonly options: CmsSignOptions,
  ) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    this.result = await signDetachedCms(pdfBuffer, this.key, this.chain, this.options);
    return Buffer.from(this.result.cms);
  }
}

function defaultContentsBytes(chain: readonly Uint8Array[], timestamped: boolean): number {
  const needed = chain.reduce((n, c) => n + c.byteLength, 0) + 4096 + (timestamped ? 24_576 : 0);
  return Math.max(8192, Math.ceil(needed / 1024) * 1024);
}

/** As signPdf, with the CMS and the time used, for callers that report them. */
export async function signPdfDetailed(pdfDoc: PDFDocument, key: webcrypto.CryptoKey, chain: readonly Uint8Array[], options: SignPdfOptions): Promise<SignedPdf> {
  const signingTime = options.signingTime ?? new Date();
  const contentsBytes = options.contentsBytes ?? defaultContentsBytes(chain, Boolean(options.timestampUrl));
  const page = options.widget ? pdfDoc.getPage(options.widget.pageIndex) : undefined;
  pdflibAddPlaceholder({
    pdfDoc,
    ...(page ? { pdfPage: page } : {}),
    reason: options.reason,
    contactInfo: options.contactInfo,
    name: options.name,
    location: options.location,
    signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: options.widget?.rect ?? [0, 0, 0, 0],
    appName: 'CaseChain',
  });
  rewriteSignatureDictionary(
    pdfDoc,
    { ...options, signingTime, timeSource: options.timestampUrl ? 'tsa' : 'signer-clock' },
    contentsBytes,
  );
  if (options.widget?.appearance) lastSignatureWidget(pdfDoc).set(PDFName.of('AP'), pdfDoc.context.obj({ N: options.widget.appearance }));
  // objectsPerTick: Infinity — pdf-lib otherwise yields to the event loop every 50 objects, which dominates on large files.
  const unsigned = await pdfDoc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });

  const signer = new CmsSigner(key, chain, { ...(options.timestampUrl ? { timestampUrl: options.timestampUrl } : {}), ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
  let signed: Buffer;
  try {
    signed = await new SignPdf().sign(Buffer.from(unsigned.buffer, unsigned.byteOffset, unsigned.byteLength), signer);
  } catch (error) {
    if (error instanceof SigningError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/exceeds placeholder/.test(message)) {
      throw new SigningError('placeholder-too-small', `签名数据超出预留空间（${message}），请增大 contentsBytes (signature larger than the reserved space)`);
    }
    throw error;
  }
  if (!signer.result) throw new Error('the signer was not called');
  return { bytes: new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength), signature: signer.result, signingTime };
}

/**
 * Signs `pdfDoc` (a pdf-lib document not yet saved) and returns the signed file's bytes.
 * @param chain DER certificates, the signer's first (as readP12 and loadKey return them)
 * @throws SigningError unsupported-algorithm, key-certificate-mismatch, timestamp-failed, placeholder-too-small
 */
export async function signPdf(pdfDoc: PDFDocument, key: webcrypto.CryptoKey, chain: readonly Uint8Array[], options: SignPdfOptions): Promise<Uint8Array> {
  return (await signPdfDetailed(pdfDoc, key, chain, options)).bytes;
}
