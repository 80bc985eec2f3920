// Every event of the case in order, each time with its basis, so a reviewer sees the sequence the law requires:
// captured → order served → deadline → re-captured → facts notified → statement period → statement or none.

import { formatLocalMinute } from './service-dates';
import { formatDeadline } from './service-dates';
import type { ChainInput } from './chain-input';
import type { ProcedureFacts } from './elements';
import { trueTimeMs } from './usable-captures';

export interface TimelineEvent {
  atMs: number;
  at: string;
  kind: 'capture' | 'review' | 'notice-served' | 'notice-effective' | 'deadline' | 'statement' | 'no-statement' | 'party-confirmed';
  label: string;
  labelEn: string;
  /** How the time is known: the capture's time basis, a recorded service, a computed deadline. */
  basis: string;
  ref: string | null;
}

const BASIS_ZH = { 'exif-offset': '设备记录时区', 'assumed-zone': '推定时区', 'video-mvhd': '视频文件时间（UTC）', none: '无时间' } as const;

export function buildTimeline(input: ChainInput, facts: ProcedureFacts): TimelineEvent[] {
  const z = input.zone;
  const events: TimelineEvent[] = [];
  for (const c of input.captures) {
    const t = trueTimeMs(c);
    const corrected = c.camera?.clockOffsetSeconds ? `，已按设备时钟偏差 ${c.camera.clockOffsetSeconds} 秒校正` : '';
    if (t !== null) {
      events.push({ atMs: t, at: formatLocalMinute(t, z), kind: 'capture', label: `拍摄 证据 ${c.seq}（${c.sourceName}）`, labelEn: `Captured: evidence ${c.seq} (${c.sourceName})`, basis: `${BASIS_ZH[c.timeBasis]}${corrected}`, ref: c.evidenceId });
    }
    // A capture without a time still has its review on record (often the review that refused it).
    if (c.review) {
      const at = Date.parse(c.review.reviewedAt);
      const ok = c.review.authentic && c.review.clear && c.review.complete && c.review.accurate;
      events.push({ atMs: at, at: formatLocalMinute(at, z), kind: 'review', label: `审核 证据 ${c.seq}：${ok ? '通过' : '未通过'}（${c.review.reviewer}）`, labelEn: `Reviewed evidence ${c.seq}: ${ok ? 'passed' : 'failed'}`, basis: '系统记录', ref: c.evidenceId });
    }
  }
  for (const n of input.notices) {
    const name = n.kind === 'correction-order' ? '责令限期改正通知书' : '违法事实告知书';
    events.push({ atMs: n.servedAtMs, at: formatLocalMinute(n.servedAtMs, z), kind: 'notice-served', label: `送达 ${name} ${n.number}（${methodZh(n.method)}）`, labelEn: `Served ${n.kind} ${n.number} (${n.method})`, basis: '送达回证', ref: n.id });
    if (n.statementReceivedAtMs !== null) {
      events.push({ atMs: n.statementReceivedAtMs, at: formatLocalMinute(n.statementReceivedAtMs, z), kind: 'statement', label: '收到当事人陈述申辩', labelEn: 'Statement received', basis: '收件记录', ref: n.id });
    }
    if (n.noStatementRecordedAtMs !== null) {
      events.push({ atMs: n.noStatementRecordedAtMs, at: formatLocalMinute(n.noStatementRecordedAtMs, z), kind: 'no-statement', label: '记录：期限内未收到陈述申辩', labelEn: 'Recorded: no statement by the deadline', basis: '系统记录', ref: n.id });
    }
  }
  if (facts.correctionDeadlineMs !== null) {
    events.push({ atMs: facts.correctionDeadlineMs, at: formatDeadline(facts.correctionDeadlineMs, z), kind: 'deadline', label: '整改期限届满', labelEn: 'Correction deadline', basis: '按送达日计算', ref: null });
  }
  if (facts.statementDeadlineMs !== null) {
    events.push({ atMs: facts.statementDeadlineMs, at: formatDeadline(facts.statementDeadlineMs, z), kind: 'deadline', label: '陈述申辩期限届满', labelEn: 'End of the period to state and defend', basis: '按送达日计算', ref: null });
  }
  return events.sort((a, b) => a.atMs - b.atMs);
}

function methodZh(m: string): string {
  return ({ direct: '直接送达', post: '邮寄送达', electronic: '电子送达', public: '公告送达' } as Record<string, string>)[m] ?? m;
}
