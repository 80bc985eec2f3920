// Gathers a case from the workspace into the case-file model: the verdict, each evidence item with its making
// facts, hashes, place and Art. 41 review, the party's department records with their provenance, the notices,
// the discretion and the case's audit trail.

import type { CaseFileEvidence, CaseFileModel, CaseFileRecord } from '../../core/casefile/case-file-model';
import type { CatalogItem } from '../../core/chain/catalog';
import { KIND_SPECS } from '../../core/data/dataset-kinds';
import type { DatasetKind } from '../../core/data/dataset-kinds';
import { WARNING_TEXT } from '../../core/evidence/warnings';
import { parseExifDateTime } from '../../core/time/exif-datetime';
import { epochToLocal, formatChineseDateTime, formatOffset } from '../../core/time/iso';
import { offsetAtInstant } from '../../core/time/zone';
import { AppError } from '../../contract/envelope';
import { evaluateChain } from '../../core/chain/evaluate-chain';
import { ChainService } from '../chain/chain-service';
import { NoticeService } from '../chain/notice-service';
import { ReviewService } from '../chain/review-service';
import { PartyService } from '../data/party-service';
import { sql } from '../db/sql';
import { EvidenceService } from '../services/evidence-service';
import type { Workspace } from '../workspace/workspace';

const METHOD_ZH = { 'fixed-camera': '固定监控设备自动抓拍', 'mobile-capture': '执法人员移动终端拍摄', 'data-export': '部门数据导出' } as const;
const BASIS_ZH = { 'exif-offset': '设备记录时区', 'assumed-zone': '设备未记录时区，按工作区时区推定', 'video-mvhd': '视频文件创建时间（UTC）', none: '无拍摄时间' } as const;
const SERVICE_ZH = { direct: '直接送达', post: '邮寄送达', electronic: '电子送达', public: '公告送达' } as const;
const ELEMENT_ZH = { act: '违法事实', time: '时间', place: '地点', party: '主体', device: '设备', procedure: '程序' } as const;

/** An instant (e.g. when a review was saved) as the bureau's wall-clock time. */
export function chineseInstant(isoUtc: string, zone: string): string {
  const ms = Date.parse(isoUtc);
  const offset = offsetAtInstant(zone, ms);
  const { local } = epochToLocal(ms, offset);
  return `${formatChineseDateTime(local)} (${formatOffset(offset)})`;
}

/** 2026-06-12T09:15:32.250+08:00 → 2026年6月12日 09时15分32秒 (+08:00). */
export function chineseTime(iso: string | null): string | null {
  if (!iso) return null;
  const parsed = parseExifDateTime(iso.replace('T', ' '));
  if (!parsed.ok) return iso;
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1] ?? '';
  return `${formatChineseDateTime(parsed.value)}${offset ? ` (${offset === 'Z' ? 'UTC' : offset})` : ''}`;
}

export function assembleCaseFile(ws: Workspace, items: CatalogItem[], caseId: string, overrideReason: string | null, bureau: string): CaseFileModel {
  const c = ws.db.get<{ id: string; title: string; type: string | null; created_at: string; created_by: string }>(sql`SELECT * FROM cases WHERE id = ${caseId}`);
  if (!c) throw new AppError('not-found', `案件 ${caseId} 不存在 (no case with id ${caseId})`);
  const chain = new ChainService(ws, items);
  const item = chain.itemFor(caseId);
  const input = chain.input(caseId, Date.now());
  // The verdict printed is the one these facts give (same instant), so a reader re-running the rules gets it too.
  const verdict = evaluateChain(input);
  const reviews = new ReviewService(ws);
  const parties = new PartyService(ws);
  const locations = new Map(parties.locations(caseId).map((l) => [l.evidenceId, l]));
  const stored = new Map(ws.db.all<{ sha256: string }>(sql`SELECT DISTINCT sha256 FROM evidence WHERE case_id = ${caseId}`).map((r) => [r.sha256, ws.store.pathOf(r.sha256)]));

  // The file numbers evidence as the case does (证据 N is evidence item N everywhere: chain messages, timeline, list).
  const listed = new EvidenceService(ws).list(caseId).sort((a, b) => a.seq - b.seq);
  const evidence: CaseFileEvidence[] = listed.map((e) => {
    const capture = input.captures.find((x) => x.evidenceId === e.id);
    const review = reviews.currentReview(e.id);
    const cam = capture?.camera ?? null;
    const loc = locations.get(e.id);
    const maker = capture?.method === 'fixed-camera' ? `${cam?.name ?? ''} ${cam?.deviceId ?? e.device.serial ?? ''}`.trim() : (capture?.operator ?? e.importedBy);
    return {
      no: e.seq,
      evidenceId: e.id,
      name: e.sourceName,
      type: e.mediaType.startsWith('video/') ? '视听资料' : '电子数据',
      source: capture?.method === 'fixed-camera' ? '非现场执法监控设备' : '执法人员现场拍摄',
      method: METHOD_ZH[capture?.method ?? 'mobile-capture'],
      madeAt: chineseTime(e.capturedAt),
      madeAtBasis: BASIS_ZH[e.timeBasis],
      maker,
      proves: (capture?.proves ?? []).map((p) => ELEMENT_ZH[p]).join('、'),
      sha256: e.sha256,
      sm3: e.sm3,
      size: e.size,
      mediaType: e.mediaType,
      storedPath: stored.get(e.sha256) ?? ws.store.pathOf(e.sha256),
      capturedAt: e.capturedAt,
      gps: e.gps,
      position: loc ? { lat: loc.lat, lon: loc.lon, basis: loc.basis } : null,
      grids: loc ? loc.grids.map((g) => `${g.level} ${g.name}${g.leader ? `（${g.level === '街' ? '街长' : '网格长'} ${g.leader}）` : ''}`) : [],
      device: [e.device.make, e.device.model, e.device.serial].filter(Boolean).join(' ') || null,
      camera: cam
        ? {
            deviceId: cam.deviceId,
            name: cam.name,
            reviewed: `法制审核 ${cam.legalReviewOn ?? '无'}；技术审核 ${cam.techReviewOn ?? '无'}`,
            published: `${cam.publishedOn ?? '未公布'}${cam.publishedWhere ? `（${cam.publishedWhere}）` : ''}`,
            calibrated: cam.calibratedFrom && cam.calibratedTo ? `${cam.calibratedFrom} 至 ${cam.calibratedTo}` : '无检定记录',
            clockOffset: cam.clockOffsetSeconds === null ? '未测定' : `${cam.clockOffsetSeconds} 秒`,
          }
        : null,
      warnings: e.warnings.map((w) => ({ code: w, zh: WARNING_TEXT[w].zh })),
      review: review
        ? {
            passed: review.authentic && review.clear && review.complete && review.accurate,
            result: `真实：${review.authentic ? '是' : '否'}；清晰：${review.clear ? '是' : '否'}；完整：${review.complete ? '是' : '否'}；准确：${review.accurate ? '是' : '否'}`,
            by: review.reviewer,
            at: chineseInstant(review.reviewedAt, input.zone),
            note: review.note,
          }
        : null,
      width: e.width,
      height: e.height,
      orientation: e.orientation,
    };
  });

  const party = parties.current(caseId);
  const partyRecords: CaseFileRecord[] = [];
  if (party) {
    const snap = party.snapshot as { record: SnapshotRecord; secondSource: SnapshotRecord | null };
    partyRecords.push(recordOf('确认的当事人记录', snap.record));
    if (snap.secondSource) partyRecords.push(recordOf('第二来源（印证）', snap.secondSource));
  }
  const decision = chain.decision(caseId);
  const tier = verdict.discretion.tier;
  const entries = ws.audit.list(`case:${caseId}`).map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, hash: e.hash }));
  const head = ws.audit.verify();
  return {
    bureau,
    caseId,
    caseNumber: caseId,
    title: c.title,
    cause: item.name,
    itemCode: item.code,
    legalBasis: item.illegalBasis.map((b) => `《${b.law}》${b.article}`),
    penaltyBasis: item.penaltyBasis.map((b) => `《${b.law}》${b.article}`),
    partyName: party?.name ?? '（尚未确认）',
    partySummary: party ? `${party.name}（${party.ref}${party.corroborated ? '，双来源印证' : ''}）` : '尚未确认当事人',
    handlers: [...new Set([c.created_by, ...entries.map((e) => e.actor)])],
    openedOn: chineseInstant(c.created_at, input.zone).split(' ')[0] as string,
    closedOn: null,
    generatedAt: new Date().toISOString(),
    verdict,
    chainInput: input,
    zone: input.zone,
    overrideReason,
    discretion: {
      tier: tier ? tier.name : '无匹配档次',
      range: tier ? `${tier.minYuan}–${tier.maxYuan} 元` : '—',
      reasons: verdict.discretion.reasons,
      decision: decision ? `${decision.accepted ? '采纳建议' : `不采纳建议，改为 ${decision.tierId ?? '无'}：${decision.reason ?? ''}`}${decision.amountYuan !== null ? `，拟罚款 ${decision.amountYuan} 元` : ''}（${decision.decidedBy}）` : null,
    },
    evidence,
    partyRecords,
    notices: new NoticeService(ws).list(caseId).map((n) => ({
      id: n.id,
      number: n.number,
      kind: n.kind === 'correction-order' ? '责令限期改正通知书' : '违法事实告知书',
      content: n.content,
      servedAt: chineseTime(n.servedAt) ?? n.servedAt,
      method: SERVICE_ZH[n.method],
      deadline: n.deadline,
      statement: n.kind !== 'facts-notice' ? '—' : n.statementReceivedAtMs !== null ? `已收到陈述申辩：${n.statementNote ?? ''}` : n.noStatementRecordedAtMs !== null ? '期限内未收到陈述申辩（已记录）' : '期限未届满或未记录',
    })),
    audit: { entries, headSeq: head.entries, headHash: head.headHash },
  };
}

interface SnapshotRecord {
  kind: string;
  key: string;
  name: string;
  fields: Record<string, string | number | null>;
  datasetVersion: { id: string; department: string; exported_on: string | null; file_name: string; file_sha256: string } | null;
}

function recordOf(role: string, r: SnapshotRecord): CaseFileRecord {
  const spec = KIND_SPECS[r.kind as DatasetKind];
  const fields: [string, string][] = spec
    ? spec.fields.filter((f) => r.fields[f.key] !== null && r.fields[f.key] !== undefined && f.key !== 'geometry').map((f) => [f.zh, String(r.fields[f.key])])
    : [];
  return {
    role,
    kind: spec?.zh ?? r.kind,
    name: r.name,
    key: r.key,
    fields,
    department: r.datasetVersion?.department ?? '',
    exportedOn: r.datasetVersion?.exported_on ?? null,
    datasetVersion: r.datasetVersion?.id ?? '',
    fileName: r.datasetVersion?.file_name ?? '',
    fileSha256: r.datasetVersion?.file_sha256 ?? '',
  };
}
