// A small case file PDF for the signing and verification tests: one page of text, two camera captures embedded as
// JPEG image streams, a department record and an audit extract as attachments, and the casechain-manifest.json
// that names them with their hashes — built the way the case-file builder lays evidence out (DESIGN.md §5).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, StandardFonts } from 'pdf-lib';
import type { PDFHexString, PDFString } from 'pdf-lib';
import { MANIFEST_ATTACHMENT_NAME, MANIFEST_SCHEMA } from '../../electron/core/casefile/manifest';
import type { CaseFileManifest, ManifestEvidence } from '../../electron/core/casefile/manifest';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../electron/core/chain/catalog';

const CAPTURES = fileURLToPath(new URL('../../resources/sample/captures', import.meta.url));
export const CAPTURE_1 = readFileSync(join(CAPTURES, 'cam-0612-0915.jpg'));
export const CAPTURE_2 = readFileSync(join(CAPTURES, 'cam-0612-0947.jpg'));
export const RECORD_NAME = '证据3-市场主体登记.csv';
export const RECORD = new TextEncoder().encode('统一社会信用代码,名称,状态\n91331002MA2AXXXX1X,台州市椒江区某某水果店,存续\n');
export const AUDIT_NAME = 'audit-extract.json';
export const AUDIT = new TextEncoder().encode(JSON.stringify({ headSeq: 12, headHash: 'ab'.repeat(32) }));

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export interface CaseFileFixture {
  doc: PDFDocument;
  manifest: CaseFileManifest;
  /** Object numbers of the image streams of evidence 1 and 2, and of the page's content stream. */
  imageObjects: [number, number];
  pageContentObject: number;
}

export interface FixtureOptions {
  /** Edit the manifest before it is attached (to make it lie or disagree with itself). */
  editManifest?: (m: CaseFileManifest) => void;
}

function evidence(no: number, name: string, bytes: Uint8Array, location: ManifestEvidence['location'], mediaType: string): ManifestEvidence {
  return {
    no,
    evidenceId: `E${no}`,
    name,
    type: mediaType === 'image/jpeg' ? '电子数据' : '书证',
    mediaType,
    size: bytes.byteLength,
    sha256: sha256(bytes),
    sm3: '0'.repeat(64),
    capturedAt: mediaType === 'image/jpeg' ? '2026-06-12T09:15:32.250+08:00' : null,
    timeBasis: mediaType === 'image/jpeg' ? 'exif-offset' : 'none',
    method: mediaType === 'image/jpeg' ? 'fixed-camera' : 'data-export',
    maker: 'CAM-0612',
    proves: 'act,time,place',
    position: null,
    review: { passed: true, result: '真实、清晰、完整、准确', by: '李四', at: '2026-06-12T10:00:00Z', note: null },
    location,
  };
}

export async function buildCaseFile(options: FixtureOptions = {}): Promise<CaseFileFixture> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-06-20T02:00:00Z'));
  doc.setModificationDate(new Date('2026-06-20T02:00:00Z'));
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('CaseChain test case file C2026-0001', { x: 50, y: 780, size: 16, font });
  page.drawText('Evidence 1 and 2: fixed camera captures; evidence 3: business registry record.', { x: 50, y: 750, size: 10, font });
  const img1 = await doc.embedJpg(CAPTURE_1);
  const img2 = await doc.embedJpg(CAPTURE_2);
  page.drawImage(img1, { x: 50, y: 420, width: 240, height: 180 });
  page.drawImage(img2, { x: 305, y: 420, width: 240, height: 180 });

  const manifest: CaseFileManifest = {
    schema: MANIFEST_SCHEMA,
    generator: 'CaseChain test',
    generatedAt: '2026-06-20T02:00:00Z',
    bureau: '台州市椒江区综合行政执法局',
    case: { id: 'C2026-0001', title: '店外经营', itemCode: 'ZJ-SR-17', cause: '店外经营', party: '台州市椒江区某某水果店', openedOn: '2026-06-12' },
    complete: true,
    overrideReason: null,
    verdict: {
      caseId: 'C2026-0001',
      itemCode: 'ZJ-SR-17',
      complete: true,
      elements: ELEMENT_IDS.map((id) => ({ id, name: ELEMENT_NAMES[id].zh, nameEn: ELEMENT_NAMES[id].en, state: 'proved' as const, evidence: ['E1'], problems: [] })),
      timeline: [],
      discretion: { tier: null, exemptEligible: false, facts: { priorCaseIds: [], firstViolation: true, corrected: false }, reasons: [], reasonsEn: [] },
    },
    evidence: [
      evidence(1, 'cam-0612-0915.jpg', CAPTURE_1, { kind: 'image-stream', objectNumber: img1.ref.objectNumber, page: 1 }, 'image/jpeg'),
      evidence(2, 'cam-0612-0947.jpg', CAPTURE_2, { kind: 'image-stream', objectNumber: img2.ref.objectNumber, page: 1 }, 'image/jpeg'),
      evidence(3, RECORD_NAME, RECORD, { kind: 'attachment', name: RECORD_NAME }, 'text/csv'),
    ],
    datasets: [],
    notices: [],
    discretion: { tier: '一般', range: '100–1,000 元', reasons: [], decision: null },
    audit: { headSeq: 12, headHash: 'ab'.repeat(32), entries: [] },
    attachments: [{ name: AUDIT_NAME, sha256: sha256(AUDIT), size: AUDIT.byteLength }],
  };
  options.editManifest?.(manifest);

  const when = new Date('2026-06-20T02:00:00Z');
  await doc.attach(RECORD, RECORD_NAME, { mimeType: 'text/csv', creationDate: when, modificationDate: when });
  await doc.attach(AUDIT, AUDIT_NAME, { mimeType: 'application/json', creationDate: when, modificationDate: when });
  await doc.attach(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), MANIFEST_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'CaseChain manifest',
    creationDate: when,
    modificationDate: when,
  });
  const contents = page.node.get(PDFName.of('Contents'));
  const contentRef = contents instanceof PDFRef ? contents : contents instanceof PDFArray ? contents.get(0) : null;
  if (!(contentRef instanceof PDFRef)) throw new Error('page without a content stream');
  return { doc, manifest, imageObjects: [img1.ref.objectNumber, img2.ref.objectNumber], pageContentObject: contentRef.objectNumber };
}

/** The object number of an embedded file's stream, read back from a saved PDF. */
export async function embeddedFileObject(bytes: Uint8Array, name: string): Promise<number> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  for (let i = 0; i < names.size(); i += 2) {
    const key = names.lookup(i) as PDFString | PDFHexString;
    if (key.decodeText() !== name) continue;
    const ef = names.lookup(i + 1, PDFDict).lookup(PDFName.of('EF'), PDFDict);
    const ref = ef.get(PDFName.of('F'));
    if (ref instanceof PDFRef && doc.context.lookup(ref) instanceof PDFRawStream) return ref.objectNumber;
  }
  throw new Error(`no embedded file ${name}`);
}
