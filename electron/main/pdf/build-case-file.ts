// Lays out the case file (案卷) of one case as a Chinese case file is bound — cover, contents, summary, evidence
// list, one page per capture with its original embedded untouched, party identification, notices, timeline,
// discretion, audit extract, how to verify — numbers every page, attaches the machine-readable manifest and
// returns the document UNSAVED: the signer adds its placeholder and saves it, and nothing may save after that.

import { AFRelationship, PDFDocument } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import type { CaseFileModel } from '../../core/casefile/case-file-model';
import { MANIFEST_ATTACHMENT_NAME } from '../../core/casefile/manifest';
import type { CaseFileManifest, EvidenceLocation } from '../../core/casefile/manifest';
import { buildManifest } from '../../core/casefile/manifest-builder';
import { AppError } from '../../contract/envelope';
import { Attachments } from './attachments';
import { embedCaseFileFonts } from './fonts';
import type { CaseFileFonts } from './fonts';
import { Flow } from './layout/flow';
import { drawPageFurniture } from './layout/furniture';
import { PAGE } from './layout/style';
import { embedOriginal, sha256Hex } from './originals';
import type { EmbeddedOriginal } from './originals';
import { drawAudit } from './sections/audit';
import { drawCapture } from './sections/capture-page';
import { LayoutContext } from './sections/context';
import { drawContents } from './sections/contents';
import { drawCover } from './sections/cover';
import { drawEvidenceList } from './sections/evidence-list';
import { drawDiscretion, drawNotices, drawTimeline } from './sections/notices';
import { drawParty } from './sections/party';
import { drawSignatureBlock } from './sections/signature-block';
import type { SignatureBox } from './sections/signature-block';
import { drawSummary } from './sections/summary';
import { drawVerification } from './sections/verification';

export type { SignatureBox } from './sections/signature-block';

export interface CaseFileAttachment {
  name: string;
  bytes: Uint8Array;
  description: string;
  mimeType?: string;
}

export interface BuildCaseFileOptions {
  /** Reserve the 电子签名 box on the last page for the signer. */
  signatureBlock?: boolean;
  /** Files attached beside the evidence (listed in the manifest with their SHA-256). */
  attachments?: CaseFileAttachment[];
  /** Written into the manifest and the PDF's Creator, e.g. "CaseChain 0.1.0". */
  generator?: string;
  /** Checked between originals (the slow part) so an export can be cancelled while it lays out. */
  signal?: AbortSignal;
}

export interface BuiltCaseFile {
  /** Not yet saved: the signer adds its placeholder, then saves. */
  pdf: PDFDocument;
  manifest: CaseFileManifest;
  pageCount: number;
  /** The embedded fonts, for a signer writing the signature block's values in the same faces. */
  fonts: CaseFileFonts;
  signatureBox?: SignatureBox;
}

export async function buildCaseFilePdf(model: CaseFileModel, options: BuildCaseFileOptions = {}): Promise<BuiltCaseFile> {
  const generator = options.generator ?? 'CaseChain';
  const made = new Date(model.generatedAt);
  const extras = (options.attachments ?? []).map((a) => ({ ...a, sha256: sha256Hex(a.bytes), size: a.bytes.length }));
  checkAttachmentNames(model, extras.map((a) => a.name));

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedCaseFileFonts(pdf, `${model.caseId}|${model.generatedAt}`);
  const cover = pdf.addPage([PAGE.width, PAGE.height]);
  const ctx = new LayoutContext(model, new Flow(pdf, fonts));
  const attachments = new Attachments(pdf);

  drawSummary(ctx);
  drawEvidenceList(ctx);
  const placed: { evidenceId: string; original: EmbeddedOriginal; page: PDFPage }[] = [];
  for (const e of model.evidence) {
    options.signal?.throwIfAborted();
    const original = await embedOriginal(pdf, attachments, e, made);
    placed.push({ evidenceId: e.evidenceId, original, page: drawCapture(ctx, e, original) });
  }
  drawParty(ctx);
  drawNotices(ctx);
  drawTimeline(ctx);
  drawDiscretion(ctx);
  drawAudit(ctx);
  drawVerification(ctx, extras, options.signatureBlock === true);
  const signature = options.signatureBlock ? drawSignatureBlock(ctx) : null;
  ctx.finish();

  drawContents(pdf, fonts, ctx.contents);
  const pages = pdf.getPages();
  drawCover(new Flow(pdf, fonts), cover, model, pages.length);
  drawPageFurniture(pdf, fonts, { left: `${model.caseNumber}\u3000${model.title}`, right: model.bureau });

  const locations = new Map<string, EvidenceLocation>(
    placed.map(({ evidenceId, original, page }) => [
      evidenceId,
      original.kind === 'image' ? { kind: 'image-stream', objectNumber: original.image.ref.objectNumber, page: pages.indexOf(page) + 1 } : { kind: 'attachment', name: original.name },
    ]),
  );
  for (const a of extras) {
    attachments.add(a.bytes, a.name, { mimeType: a.mimeType ?? 'application/octet-stream', description: a.description, date: made, relationship: AFRelationship.Supplement });
  }
  const manifest = buildManifest(model, locations, extras, generator);
  attachments.add(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), MANIFEST_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: `CaseChain 案卷清单（${manifest.schema}）`,
    date: made,
    relationship: AFRelationship.Data,
  });
  attachments.finish();

  pdf.setTitle(`${model.caseNumber} ${model.title}`, { showInWindowTitleBar: true });
  pdf.setAuthor(model.bureau);
  pdf.setSubject(`行政处罚案卷：${model.cause}（${model.partyName}）`);
  pdf.setKeywords(['案卷', model.caseNumber, model.cause, model.itemCode]);
  pdf.setCreator(generator);
  pdf.setProducer(`${generator} (pdf-lib)`);
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(made);
  pdf.setModificationDate(made);

  const result: BuiltCaseFile = { pdf, manifest, pageCount: pages.length, fonts };
  if (signature) result.signatureBox = { pageIndex: pages.indexOf(signature.page), ...signature.box };
  return result;
}

function checkAttachmentNames(model: CaseFileModel, names: string[]): void {
  const taken = new Set([MANIFEST_ATTACHMENT_NAME, ...model.evidence.map((e) => `evidence-${String(e.no).padStart(2, '0')}-${e.name}`)]);
  for (const name of names) {
    if (taken.has(name)) throw new AppError('invalid-input', `附件名 ${name} 与案卷已有的附件重名 (attachment name ${name} is already used)`);
    taken.add(name);
  }
}
