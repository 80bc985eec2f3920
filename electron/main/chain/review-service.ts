// Art. 41 review of each capture, and what each evidence item is (制作方法, 制作人, 证明对象). Every review and
// change is audit-logged; a new review supersedes the previous one, which is kept.

import { AppError } from '../../contract/envelope';
import { ELEMENT_IDS } from '../../core/chain/catalog';
import type { ElementId } from '../../core/chain/catalog';
import type { Art41Review, MakingMethod } from '../../core/chain/chain-input';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';

export interface ReviewInput {
  authentic: boolean;
  clear: boolean;
  complete: boolean;
  accurate: boolean;
  note: string | null;
}

export interface EvidenceMeta {
  method: MakingMethod | null;
  operator: string | null;
  proves: ElementId[];
}

export const DEFAULT_PROVES: ElementId[] = ['act', 'time', 'place'];
/** Stored when the handler set an operator or 证明对象 but not the method: the chain then infers it (a registered
 * camera's capture is fixed-camera) rather than taking the operator as a sign of a phone. */
const AUTO_METHOD = 'auto';

export class ReviewService {
  constructor(private readonly ws: Workspace) {}

  /** Resolves "C2026-0001-E003" or a sequence number "3" within the case. */
  resolveItem(caseId: string, item: string): string {
    const id = /^\d+$/.test(item.trim()) ? `${caseId}-E${item.trim().padStart(3, '0')}` : item.trim();
    const row = this.ws.db.get<{ case_id: string }>(sql`SELECT case_id FROM evidence WHERE id = ${id}`);
    if (!row || row.case_id !== caseId) throw new AppError('not-found', `案件 ${caseId} 中没有证据 ${item} (no evidence item ${item} in case ${caseId})`);
    return id;
  }

  review(caseId: string, evidenceId: string, input: ReviewInput): Art41Review {
    const failed = !(input.authentic && input.clear && input.complete && input.accurate);
    if (failed && !input.note?.trim()) {
      throw new AppError('invalid-input', '审核不通过须写明理由 (a failed review needs a reason)');
    }
    const { operator } = this.ws.settings;
    const reviewedAt = new Date().toISOString();
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`UPDATE evidence_reviews SET superseded = 1 WHERE evidence_id = ${evidenceId}`);
      this.ws.db.run(sql`INSERT INTO evidence_reviews (evidence_id, authentic, clear, complete, accurate, note, reviewer, reviewed_at)
        VALUES (${evidenceId}, ${Number(input.authentic)}, ${Number(input.clear)}, ${Number(input.complete)}, ${Number(input.accurate)}, ${input.note}, ${operator}, ${reviewedAt})`);
      this.ws.audit.append(operator, 'evidence.review', `case:${caseId}/${evidenceId}`, { evidenceId, ...input, passed: !failed });
    });
    return { ...input, reviewer: operator, reviewedAt };
  }

  currentReview(evidenceId: string): Art41Review | null {
    const r = this.ws.db.get<{ authentic: number; clear: number; complete: number; accurate: number; note: string | null; reviewer: string; reviewed_at: string }>(
      sql`SELECT * FROM evidence_reviews WHERE evidence_id = ${evidenceId} AND superseded = 0`,
    );
    return r
      ? { authentic: r.authentic === 1, clear: r.clear === 1, complete: r.complete === 1, accurate: r.accurate === 1, note: r.note, reviewer: r.reviewer, reviewedAt: r.reviewed_at }
      : null;
  }

  meta(evidenceId: string): EvidenceMeta {
    const r = this.ws.db.get<{ method: MakingMethod | typeof AUTO_METHOD; operator: string | null; proves_json: string }>(sql`SELECT * FROM evidence_meta WHERE evidence_id = ${evidenceId}`);
    if (!r) return { method: null, operator: null, proves: DEFAULT_PROVES };
    return { method: r.method === AUTO_METHOD ? null : r.method, operator: r.operator, proves: JSON.parse(r.proves_json) as ElementId[] };
  }

  setMeta(caseId: string, evidenceId: string, changes: Partial<EvidenceMeta>): EvidenceMeta {
    const bad = (changes.proves ?? []).filter((p) => !(ELEMENT_IDS as readonly string[]).includes(p));
    if (bad.length > 0) throw new AppError('invalid-input', `证明对象无效：${bad.join(', ')}（应为 ${ELEMENT_IDS.join('/')}）`);
    const next = { ...this.meta(evidenceId), ...changes };
    const { operator } = this.ws.settings;
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`INSERT INTO evidence_meta (evidence_id, method, operator, proves_json, updated_at, updated_by)
        VALUES (${evidenceId}, ${next.method ?? AUTO_METHOD}, ${next.operator}, ${JSON.stringify(next.proves)}, ${new Date().toISOString()}, ${operator})
        ON CONFLICT(evidence_id) DO UPDATE SET method = excluded.method, operator = excluded.operator, proves_json = excluded.proves_json,
          updated_at = excluded.updated_at, updated_by = excluded.updated_by`);
      this.ws.audit.append(operator, 'evidence.meta', `case:${caseId}/${evidenceId}`, { evidenceId, ...next });
    });
    return next;
  }
}
