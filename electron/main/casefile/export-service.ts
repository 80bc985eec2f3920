// Export: assemble the case file, lay it out, write the signature block, sign last, and write the PDF
// atomically; optionally also a folder or ZIP package (PDF, manifest, originals) for systems that take files
// separately. An incomplete case is refused unless the handler gives a reason, which the file prints.

import { createHash, randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../contract/envelope';
import type { CatalogItem } from '../../core/chain/catalog';
import { MANIFEST_ATTACHMENT_NAME } from '../../core/casefile/manifest';
import { buildCaseFilePdf } from '../pdf/build-case-file';
import { describeCertificate } from '../signing/certificate-info';
import type { SigningIdentity } from '../signing/p12-read';
import { signPdfDetailed } from '../signing/sign-pdf';
import type { Workspace } from '../workspace/workspace';
import { assembleCaseFile, chineseInstant } from './assemble-case-file';
import { writeZip } from './zip';

export const GENERATOR = 'CaseChain 0.1.0';
export const DEFAULT_BUREAU = '台州市椒江区综合行政执法局';

export interface ExportOptions {
  caseId: string;
  out: string;
  identity: SigningIdentity;
  overrideIncomplete: string | null;
  packageTarget: string | null;
  bureau?: string;
  timestampUrl?: string;
  onProgress?: (step: 'assembling' | 'laying-out' | 'signing' | 'writing' | 'packaging') => void;
  /**
   * Cancels the export at any point before it finishes: nothing is written (the PDF is renamed into place only
   * at the end, a half-written package is removed with the PDF), and nothing is audit-logged.
   */
  signal?: AbortSignal;
}

export interface ExportResult {
  pdf: string;
  sha256: string;
  signer: { subject: string; fingerprintSha256: string; testCertificate: boolean };
  complete: boolean;
  warnings: string[];
  pages: number;
  package: string | null;
}

export async function exportCaseFile(ws: Workspace, items: CatalogItem[], options: ExportOptions): Promise<ExportResult> {
  const bureau = options.bureau ?? DEFAULT_BUREAU;
  const override = options.overrideIncomplete?.trim() || null;
  const { signal } = options;
  signal?.throwIfAborted();
  options.onProgress?.('assembling');
  const model = assembleCaseFile(ws, items, options.caseId, override, bureau);
  if (!model.verdict.complete && !override) {
    const missing = model.verdict.elements.filter((e) => e.state !== 'proved').map((e) => `${e.name}（${e.state === 'weak' ? '薄弱' : '缺失'}）`);
    throw new AppError('invalid-input', `证据链不完整：${missing.join('、')}。如确需导出，请说明理由，理由将印在案件概要页。 (the chain is incomplete; give a reason to export anyway)`);
  }
  if (model.verdict.complete) model.overrideReason = null;

  signal?.throwIfAborted();
  options.onProgress?.('laying-out');
  const built = await buildCaseFilePdf(model, { signatureBlock: true, generator: GENERATOR, ...(signal ? { signal } : {}) });
  const certificate = options.identity.chain[0];
  if (!certificate) throw new AppError('invalid-input', '签名证书缺失 (the signing identity has no certificate)');
  const signer = describeCertificate(certificate);
  const signingTime = new Date();
  const warnings: string[] = [];
  if (signer.testCertificate) warnings.push('使用测试证书签名，不具法律效力 (signed with a test certificate)');
  if (!options.timestampUrl) warnings.push('未配置时间戳服务，签名时间为签名人计算机时钟 (no timestamp authority: the time is the signer\'s clock)');
  if (override) warnings.push(`证据链不完整，已说明理由导出：${override}`);

  if (built.signatureBox) {
    const page = built.pdf.getPage(built.signatureBox.pageIndex);
    const f = built.signatureBox.fields;
    const clock = options.timestampUrl ? '（时间戳服务）' : '（签名人计算机时钟，无时间戳）';
    const values: [keyof typeof f, string][] = [
      ['signer', signer.commonName ?? signer.subject],
      ['organisation', signer.organization ?? ''],
      ['signedAt', `${chineseInstant(signingTime.toISOString(), ws.settings.zone)} ${clock}`],
      ['fingerprint', signer.fingerprintSha256],
    ];
    for (const [key, text] of values) {
      const slot = f[key];
      page.drawText(text, { x: slot.x, y: slot.y, size: fitSize(built.fonts.body, text, slot.size, slot.width), font: built.fonts.body });
    }
  }

  signal?.throwIfAborted();
  options.onProgress?.('signing');
  const signed = await signPdfDetailed(built.pdf, options.identity.privateKey, options.identity.chain, {
    name: signer.commonName ?? signer.subject,
    reason: `${model.cause}案卷（${model.caseId}）`,
    location: bureau,
    contactInfo: '',
    signingTime,
    ...(options.timestampUrl ? { timestampUrl: options.timestampUrl } : {}),
  });

  signal?.throwIfAborted();
  options.onProgress?.('writing');
  await writeAtomically(options.out, signed.bytes, signal);
  const sha256 = createHash('sha256').update(signed.bytes).digest('hex');

  let packagePath: string | null = null;
  if (options.packageTarget) {
    options.onProgress?.('packaging');
    try {
      packagePath = await writePackage(options.packageTarget, options.out, signed.bytes, JSON.stringify(built.manifest, null, 2), model.evidence, signal);
    } catch (err) {
      // A case file without the package that was asked for is not what the handler wanted: take back the PDF too.
      await rm(options.out, { force: true });
      throw err;
    }
  }
  if (signal?.aborted) {
    await rm(options.out, { force: true });
    if (packagePath) await rm(packagePath, { recursive: true, force: true });
    signal.throwIfAborted();
  }
  const { operator } = ws.settings;
  ws.db.transaction(() =>
    ws.audit.append(operator, 'casefile.export', `case:${options.caseId}`, {
      file: basename(options.out),
      sha256,
      pages: built.pageCount,
      signer: signer.subject,
      fingerprint: signer.fingerprintSha256,
      complete: model.verdict.complete,
      overrideReason: override,
      package: packagePath,
    }),
  );
  return {
    pdf: options.out,
    sha256,
    signer: { subject: signer.subject, fingerprintSha256: signer.fingerprintSha256, testCertificate: signer.testCertificate },
    complete: model.verdict.complete,
    warnings,
    pages: built.pageCount,
    package: packagePath,
  };
}

function fitSize(font: { widthOfTextAtSize(text: string, size: number): number }, text: string, size: number, width: number): number {
  let s = size;
  while (s > 5 && font.widthOfTextAtSize(text, s) > width) s -= 0.5;
  return s;
}

async function writeAtomically(path: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.part`);
  try {
    await writeFile(temp, bytes);
    signal?.throwIfAborted();
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

async function writePackage(
  target: string,
  pdfPath: string,
  pdfBytes: Uint8Array,
  manifestJson: string,
  evidence: { no: number; name: string; storedPath: string }[],
  signal?: AbortSignal,
): Promise<string> {
  const originals = evidence.map((e) => ({ name: `originals/${String(e.no).padStart(3, '0')}-${e.name}`, path: e.storedPath }));
  if (extname(target).toLowerCase() === '.zip') {
    const entries = [
      { name: basename(pdfPath), bytes: pdfBytes },
      { name: MANIFEST_ATTACHMENT_NAME, bytes: new TextEncoder().encode(manifestJson) },
      ...(await Promise.all(originals.map(async (o) => ({ name: o.name, bytes: new Uint8Array(await readFile(o.path)) })))),
    ];
    signal?.throwIfAborted();
    await writeZip(target, entries);
    return target;
  }
  try {
    await mkdir(join(target, 'originals'), { recursive: true });
    await writeFile(join(target, basename(pdfPath)), pdfBytes);
    await writeFile(join(target, MANIFEST_ATTACHMENT_NAME), manifestJson);
    for (const o of originals) {
      signal?.throwIfAborted();
      await copyFile(o.path, join(target, o.name));
    }
  } catch (err) {
    await rm(target, { recursive: true, force: true });
    throw err;
  }
  return target;
}
