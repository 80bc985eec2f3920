// Puts each evidence original into the PDF unchanged: a JPEG becomes an image XObject whose stream bytes ARE the
// file (pdf-lib's embedJpg stores the bytes as they are, EXIF included, under DCTDecode); anything else — HEIC,
// TIFF, PNG, video, or a JPEG pdf-lib cannot parse — is attached as an embedded file whose stream is likewise
// the file's bytes, uncompressed (see attachments.ts). The bytes are hashed on
// the way in: a stored original that no longer matches its recorded SHA-256 stops the build.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AFRelationship } from 'pdf-lib';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { Attachments } from './attachments';
import type { CaseFileEvidence } from '../../core/casefile/case-file-model';
import { AppError } from '../../contract/envelope';

export type EmbeddedOriginal = { kind: 'image'; image: PDFImage } | { kind: 'attachment'; name: string; reason: string };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The name an original is attached under: numbered so two files of the same name cannot collide. */
export function attachmentName(e: CaseFileEvidence): string {
  return `evidence-${String(e.no).padStart(2, '0')}-${e.name}`;
}

export async function embedOriginal(doc: PDFDocument, attachments: Attachments, e: CaseFileEvidence, attachedOn: Date): Promise<EmbeddedOriginal> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(e.storedPath));
  } catch (err) {
    throw new AppError('io-error', `证据 ${e.no}（${e.name}）的原始文件无法读取：${(err as Error).message} (cannot read the original of evidence ${e.no})`);
  }
  if (sha256Hex(bytes) !== e.sha256) {
    throw new AppError('conflict', `证据 ${e.no}（${e.name}）的原始文件与登记的 SHA-256 不一致，不能生成案卷 (the stored original of evidence ${e.no} no longer matches its SHA-256)`);
  }
  let reason = `${e.mediaType} 格式不能作为页面图像显示`;
  if (e.mediaType === 'image/jpeg') {
    try {
      return { kind: 'image', image: await doc.embedJpg(bytes) };
    } catch (err) {
      reason = `JPEG 文件无法作为页面图像嵌入（${(err as Error).message}）`;
    }
  }
  const name = attachmentName(e);
  attachments.add(bytes, name, {
    mimeType: e.mediaType,
    description: `证据 ${e.no} 原始文件 ${e.name}（SHA-256 ${e.sha256}）`,
    date: attachedOn,
    relationship: AFRelationship.Source,
  });
  return { kind: 'attachment', name, reason };
}
