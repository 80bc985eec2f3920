// The manifest attached to the case file, and every hash in it: each evidence item's original (an image stream's
// raw bytes or an embedded file) and each other attachment must hash to what the manifest says.

import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';
import { MANIFEST_ATTACHMENT_NAME, MANIFEST_SCHEMA } from '../../core/casefile/manifest';
import type { CaseFileManifest, ManifestEvidence } from '../../core/casefile/manifest';
import { rawStream } from './pdf-objects';
import type { EmbeddedFile } from './pdf-objects';
import { check, grouped, shortHash } from './types';
import type { VerifyCheck } from './types';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function findFile(files: Map<string, EmbeddedFile>, name: string): EmbeddedFile | null {
  return files.get(name) ?? [...files.values()].find((f) => f.name === name) ?? null;
}

function isManifest(value: unknown): value is CaseFileManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<CaseFileManifest>;
  return (
    m.schema === MANIFEST_SCHEMA &&
    Array.isArray(m.evidence) &&
    m.evidence.every((e) => typeof e?.no === 'number' && typeof e.sha256 === 'string' && typeof e.location === 'object' && e.location !== null) &&
    Array.isArray(m.attachments) &&
    typeof m.verdict === 'object' &&
    m.verdict !== null &&
    Array.isArray(m.verdict.elements) &&
    typeof m.complete === 'boolean'
  );
}

export function readManifest(files: Map<string, EmbeddedFile>): { manifest: CaseFileManifest | null; check: VerifyCheck } {
  const file = findFile(files, MANIFEST_ATTACHMENT_NAME);
  if (!file) return { manifest: null, check: check('manifest', false, `案卷中没有清单附件 ${MANIFEST_ATTACHMENT_NAME}`, `no ${MANIFEST_ATTACHMENT_NAME} attachment`) };
  if (!file.bytes) return { manifest: null, check: check('manifest', false, `清单附件已损坏，无法解码（${file.error ?? ''}）`, `the manifest attachment is damaged: ${file.error ?? ''}`) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes));
  } catch (error) {
    return { manifest: null, check: check('manifest', false, '清单附件不是有效的 JSON（可能已被改动）', `the manifest is not valid JSON: ${error instanceof Error ? error.message : String(error)}`) };
  }
  const schema = (parsed as { schema?: unknown } | null)?.schema;
  if (!isManifest(parsed)) {
    return {
      manifest: null,
      check: check('manifest', false, `清单格式不符（schema ${String(schema)}，应为 ${MANIFEST_SCHEMA}）`, `the manifest does not follow ${MANIFEST_SCHEMA} (schema ${String(schema)})`, { schema }),
    };
  }
  const m = parsed;
  return {
    manifest: m,
    check: check('manifest', true, `清单可读：案件 ${m.case.id}，${m.evidence.length} 项证据，${m.attachments.length} 个其他附件`, `manifest read: case ${m.case.id}, ${m.evidence.length} evidence items, ${m.attachments.length} other attachments`, {
      caseId: m.case.id,
      generatedAt: m.generatedAt,
    }),
  };
}

function compare(id: string, labelZh: string, labelEn: string, expected: { sha256: string; size: number }, bytes: Uint8Array, where: Record<string, unknown>): VerifyCheck {
  const actual = sha256(bytes);
  const details = { ...where, expected: expected.sha256, actual, expectedSize: expected.size, actualSize: bytes.byteLength };
  if (actual !== expected.sha256.toLowerCase()) {
    return check(id, false, `${labelZh}的哈希与清单不符（清单 ${shortHash(expected.sha256)}，PDF 中 ${shortHash(actual)}）`, `${labelEn}: hash does not match the manifest`, details);
  }
  if (bytes.byteLength !== expected.size) {
    return check(id, false, `${labelZh}的大小与清单不符（清单 ${grouped(expected.size)} 字节，PDF 中 ${grouped(bytes.byteLength)} 字节）`, `${labelEn}: size does not match the manifest`, details);
  }
  return check(id, true, `${labelZh}的 SHA-256 与清单一致`, `${labelEn}: SHA-256 matches the manifest`, details);
}

function checkOne(doc: PDFDocument, files: Map<string, EmbeddedFile>, e: ManifestEvidence): VerifyCheck {
  const id = `evidence-${e.no}`;
  const zh = `证据 ${e.no}（${e.name}）`;
  const en = `evidence ${e.no} (${e.name})`;
  if (e.location.kind === 'image-stream') {
    const stream = rawStream(doc, e.location.objectNumber);
    if (!stream) return check(id, false, `${zh}在 PDF 中找不到（对象 ${e.location.objectNumber} 不存在或不是数据流）`, `${en}: object ${e.location.objectNumber} is missing or not a stream`);
    if (stream.subtype !== 'Image') return check(id, false, `${zh}：对象 ${e.location.objectNumber} 不是图像`, `${en}: object ${e.location.objectNumber} is not an image`, { subtype: stream.subtype });
    return compare(id, zh, en, e, stream.bytes, { location: e.location, filters: stream.filters });
  }
  const file = findFile(files, e.location.name);
  if (!file) return check(id, false, `${zh}的附件 ${e.location.name} 不在 PDF 中`, `${en}: attachment ${e.location.name} is missing`, { location: e.location });
  if (!file.bytes) return check(id, false, `${zh}的附件数据已损坏，无法解码`, `${en}: the attachment is damaged (${file.error ?? ''})`, { location: e.location, error: file.error });
  return compare(id, zh, en, e, file.bytes, { location: e.location, objectNumber: file.objectNumber });
}

export function checkEvidence(doc: PDFDocument, files: Map<string, EmbeddedFile>, manifest: CaseFileManifest): VerifyCheck[] {
  return manifest.evidence.map((e) => checkOne(doc, files, e));
}

export function checkAttachments(files: Map<string, EmbeddedFile>, manifest: CaseFileManifest): VerifyCheck[] {
  const checks = manifest.attachments.map((a) => {
    const id = `attachment-${a.name}`;
    const file = findFile(files, a.name);
    if (!file) return check(id, false, `附件 ${a.name} 不在 PDF 中`, `attachment ${a.name} is missing`);
    if (!file.bytes) return check(id, false, `附件 ${a.name} 已损坏，无法解码`, `attachment ${a.name} is damaged (${file.error ?? ''})`, { error: file.error });
    return compare(id, `附件 ${a.name} `, `attachment ${a.name}`, a, file.bytes, { objectNumber: file.objectNumber });
  });
  const listed = new Set<string>([MANIFEST_ATTACHMENT_NAME, ...manifest.attachments.map((a) => a.name)]);
  for (const e of manifest.evidence) if (e.location.kind === 'attachment') listed.add(e.location.name);
  const unlisted = [...files.values()].map((f) => f.name).filter((n) => !listed.has(n));
  if (unlisted.length > 0) {
    checks.push(check('unlisted-attachments', false, `PDF 中有清单未列出的附件：${unlisted.join('、')}`, `attachments not listed in the manifest: ${unlisted.join(', ')}`, { names: unlisted }));
  }
  return checks;
}
