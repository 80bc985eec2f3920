// Notices (文书) and their service (送达): the order to correct within a time limit and the notice of facts and
// of the right to state and defend, each numbered, with its content from a template, how and when it was
// served, and what came of it (a statement received, or none by the deadline).

import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/envelope';
import type { ChainNotice, NoticeKind, ServiceMethod } from '../../core/chain/chain-input';
import { effectiveAtMs, endOfDayAfter, formatDeadline } from '../../core/chain/service-dates';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';
import { parseLocalDateTime } from './local-time';

export interface NoticeRecord extends ChainNotice {
  caseId: string;
  content: string;
  servedAt: string;
  consent: string | null;
  effectiveAtMs: number;
  deadlineMs: number;
  deadline: string;
  statementNote: string | null;
}

const KIND_PREFIX: Record<NoticeKind, { short: string; name: string }> = {
  'correction-order': { short: '责改', name: '责令限期改正通知书' },
  'facts-notice': { short: '告知', name: '违法事实告知书' },
};

interface NoticeRow {
  id: string;
  case_id: string;
  kind: NoticeKind;
  number: string;
  content: string;
  served_at: string;
  served_ms: number;
  method: ServiceMethod;
  consent: string | null;
  deadline_days: number;
  statement_received_ms: number | null;
  statement_note: string | null;
  no_statement_recorded_ms: number | null;
}

export class NoticeService {
  constructor(private readonly ws: Workspace) {}

  add(caseId: string, input: { kind: NoticeKind; served: string; method: ServiceMethod; deadlineDays: number; consent: string | null; content: string | null; facts: string | null }): NoticeRecord {
    const c = this.ws.db.get<{ title: string }>(sql`SELECT title FROM cases WHERE id = ${caseId}`);
    if (!c) throw new AppError('not-found', `案件 ${caseId} 不存在 (no case with id ${caseId})`);
    if (input.method === 'electronic' && !input.consent?.trim()) {
      throw new AppError('invalid-input', '电子送达须有当事人书面同意，请注明同意书 (electronic service needs the party\'s written consent)');
    }
    if (!Number.isInteger(input.deadlineDays) || input.deadlineDays < 0 || input.deadlineDays > 365) {
      throw new AppError('invalid-input', `期限天数无效：${input.deadlineDays} (deadline days must be 0–365)`);
    }
    const { zone, operator } = this.ws.settings;
    const served = parseLocalDateTime(input.served, zone, '送达时间 (served)');
    const id = `N-${randomUUID().slice(0, 8)}`;
    const number = this.nextNumber(input.kind, served.iso.slice(0, 4));
    const deadline = formatDeadline(endOfDayAfter(effectiveAtMs(served.ms, input.method, zone), input.deadlineDays, zone), zone);
    const content = input.content?.trim() || this.template(input.kind, c.title, deadline, input.facts);
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`INSERT INTO notices (id, case_id, kind, number, content, served_at, served_ms, method, consent, deadline_days, created_at, created_by)
        VALUES (${id}, ${caseId}, ${input.kind}, ${number}, ${content}, ${served.iso}, ${served.ms}, ${input.method}, ${input.consent}, ${input.deadlineDays}, ${new Date().toISOString()}, ${operator})`);
      this.ws.audit.append(operator, 'notice.add', `case:${caseId}`, { id, kind: input.kind, number, servedAt: served.iso, method: input.method, deadlineDays: input.deadlineDays, deadline, consent: input.consent });
    });
    return this.get(id);
  }

  recordStatement(noticeId: string, received: string, note: string | null): NoticeRecord {
    const n = this.get(noticeId);
    const { zone, operator } = this.ws.settings;
    const at = parseLocalDateTime(received, zone, '收到时间 (received)');
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`UPDATE notices SET statement_received_at = ${at.iso}, statement_received_ms = ${at.ms}, statement_note = ${note} WHERE id = ${noticeId}`);
      this.ws.audit.append(operator, 'notice.statement', `case:${n.caseId}`, { noticeId, receivedAt: at.iso, note });
    });
    return this.get(noticeId);
  }

  /** Records that no statement came; only once the period has ended, since before that one still may. */
  recordNoStatement(noticeId: string, nowMs = Date.now()): NoticeRecord {
    const n = this.get(noticeId);
    if (nowMs < n.deadlineMs) throw new AppError('invalid-input', `陈述申辩期限至 ${n.deadline} 尚未届满，不能记录未收到陈述申辩 (the period has not ended)`);
    if (n.statementReceivedAtMs !== null) throw new AppError('conflict', '已记录收到陈述申辩 (a statement was already recorded)');
    const { operator } = this.ws.settings;
    const at = new Date(nowMs).toISOString();
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`UPDATE notices SET no_statement_recorded_at = ${at}, no_statement_recorded_ms = ${nowMs} WHERE id = ${noticeId}`);
      this.ws.audit.append(operator, 'notice.no-statement', `case:${n.caseId}`, { noticeId, deadline: n.deadline });
    });
    return this.get(noticeId);
  }

  list(caseId: string): NoticeRecord[] {
    return this.ws.db.all<NoticeRow>(sql`SELECT * FROM notices WHERE case_id = ${caseId} ORDER BY served_ms`).map((r) => this.toRecord(r));
  }

  get(id: string): NoticeRecord {
    const r = this.ws.db.get<NoticeRow>(sql`SELECT * FROM notices WHERE id = ${id}`);
    if (!r) throw new AppError('not-found', `文书 ${id} 不存在 (no notice ${id})`);
    return this.toRecord(r);
  }

  private toRecord(r: NoticeRow): NoticeRecord {
    const zone = this.ws.settings.zone;
    const effective = effectiveAtMs(r.served_ms, r.method, zone);
    const deadlineMs = endOfDayAfter(effective, r.deadline_days, zone);
    return {
      id: r.id,
      caseId: r.case_id,
      kind: r.kind,
      number: r.number,
      content: r.content,
      servedAt: r.served_at,
      servedAtMs: r.served_ms,
      method: r.method,
      consent: r.consent,
      consentRecorded: r.method !== 'electronic' || Boolean(r.consent),
      deadlineDays: r.deadline_days,
      effectiveAtMs: effective,
      deadlineMs,
      deadline: formatDeadline(deadlineMs, zone),
      statementReceivedAtMs: r.statement_received_ms,
      statementNote: r.statement_note,
      noStatementRecordedAtMs: r.no_statement_recorded_ms,
    };
  }

  private nextNumber(kind: NoticeKind, year: string): string {
    const prefix = `${KIND_PREFIX[kind].short}〔${year}〕`;
    const count = this.ws.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM notices WHERE number LIKE ${`${prefix}%`}`)?.n ?? 0;
    return `${prefix}${String(count + 1).padStart(4, '0')}号`;
  }

  private template(kind: NoticeKind, caseTitle: string, deadline: string, facts: string | null): string {
    if (kind === 'correction-order') {
      return `经查，你（单位）存在以下行为：${facts ?? caseTitle}。上述行为违反了相关规定。现责令你（单位）于 ${deadline} 前改正。逾期不改正的，本机关将依法予以处罚。`;
    }
    return `经查，你（单位）${facts ?? caseTitle}。依据《中华人民共和国行政处罚法》第四十四条、第四十五条，现将拟作出行政处罚的事实、理由、依据告知你（单位）。你（单位）有权进行陈述和申辩，请于 ${deadline} 前提出；逾期未提出的，视为放弃上述权利。`;
  }
}
