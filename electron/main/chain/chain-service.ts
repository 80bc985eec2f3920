// Gathers a case's facts from the workspace into the core's ChainInput and evaluates the verdict; records the
// handler's discretion decision.

import { AppError } from '../../contract/envelope';
import type { CatalogItem } from '../../core/chain/catalog';
import type { CameraRegistration, ChainCapture, ChainInput, ChainParty } from '../../core/chain/chain-input';
import { evaluateChain } from '../../core/chain/evaluate-chain';
import type { ChainVerdict } from '../../core/chain/evaluate-chain';
import { registrationActiveOn } from '../../core/data/registration';
import { localDay } from '../../core/chain/service-dates';
import { catalogDir, loadCatalog } from '../catalog/load-catalog';
import { PartyService } from '../data/party-service';
import { sql } from '../db/sql';
import { EvidenceService } from '../services/evidence-service';
import type { Workspace } from '../workspace/workspace';
import { NoticeService } from './notice-service';
import { ReviewService } from './review-service';

const YEAR_MS = 365 * 86_400_000;

interface SnapshotRecord {
  ref: string;
  kind: string;
  key: string;
  uscc: string | null;
  lat: number | null;
  lon: number | null;
  fields: Record<string, string | number | null>;
}

export interface DiscretionDecision {
  tierId: string | null;
  accepted: boolean;
  amountYuan: number | null;
  reason: string | null;
  decidedAt: string;
  decidedBy: string;
}

let catalogCache: Promise<CatalogItem[]> | null = null;

/** The bundled violation catalogue, read once per process; bad files are refused at load (see load-catalog). */
export function catalog(): Promise<CatalogItem[]> {
  catalogCache ??= loadCatalog(catalogDir()).then((r) => r.items);
  return catalogCache;
}

export class ChainService {
  private readonly reviews: ReviewService;
  private readonly notices: NoticeService;
  private readonly parties: PartyService;

  constructor(
    private readonly ws: Workspace,
    private readonly items: CatalogItem[],
  ) {
    this.reviews = new ReviewService(ws);
    this.notices = new NoticeService(ws);
    this.parties = new PartyService(ws);
  }

  itemFor(caseId: string): CatalogItem {
    const c = this.ws.db.get<{ type: string | null }>(sql`SELECT type FROM cases WHERE id = ${caseId}`);
    if (!c) throw new AppError('not-found', `案件 ${caseId} 不存在 (no case with id ${caseId})`);
    const item = this.items.find((i) => i.code === c.type);
    if (!item) {
      throw new AppError('invalid-input', `案件 ${caseId} 的违法事项“${c.type ?? '未指定'}”不在违法事项目录中，无法判断证据链 (the case's violation type is not in the catalogue: ${this.items.map((i) => i.code).join(', ')})`);
    }
    return item;
  }

  verdict(caseId: string, nowMs = Date.now()): ChainVerdict {
    return evaluateChain(this.input(caseId, nowMs));
  }

  input(caseId: string, nowMs: number): ChainInput {
    const item = this.itemFor(caseId);
    const settings = this.ws.settings;
    const locations = new Map(this.parties.locations(caseId).map((l) => [l.evidenceId, l]));
    const cameras = new Map(this.ws.db.all<{ id: number; key: string; name: string; data_json: string }>(sql`SELECT id, key, name, data_json FROM records WHERE kind = 'camera' AND is_current = 1`).map((r) => [`R${r.id}`, r]));
    const captures: ChainCapture[] = new EvidenceService(this.ws).list(caseId).map((e) => {
      const loc = locations.get(e.id);
      const cameraRow = loc?.camera ? cameras.get(loc.camera.ref) : undefined;
      const camera = cameraRow ? toCamera(cameraRow) : null;
      const meta = this.reviews.meta(e.id);
      const method = meta.method ?? (camera ? 'fixed-camera' : 'mobile-capture');
      return {
        evidenceId: e.id,
        seq: e.seq,
        sourceName: e.sourceName,
        capturedAt: e.capturedAt,
        capturedAtMs: e.capturedAt === null ? null : Date.parse(e.capturedAt),
        timeBasis: e.timeBasis,
        gpsTime: e.gpsTime,
        warnings: e.warnings,
        position: loc ? { lat: loc.lat, lon: loc.lon, basis: loc.basis } : null,
        method,
        // A mobile capture's maker is the officer recorded for it, else the handler who imported it.
        operator: method === 'mobile-capture' ? (meta.operator ?? e.importedBy) : meta.operator,
        deviceLabel: [e.device.make, e.device.model, e.device.serial].filter(Boolean).join(' ') || null,
        camera,
        review: this.reviews.currentReview(e.id),
        proves: meta.proves,
      };
    });
    const firstCaptureMs = Math.min(...captures.map((c) => c.capturedAtMs ?? Infinity));
    return {
      caseId,
      item,
      captures,
      party: this.party(caseId, Number.isFinite(firstCaptureMs) ? firstCaptureMs : null),
      notices: this.notices.list(caseId),
      priorCaseIds: this.priorCases(caseId, item.code, Number.isFinite(firstCaptureMs) ? firstCaptureMs : nowMs),
      nowMs,
      zone: settings.zone,
      jurisdiction: settings.jurisdiction,
    };
  }

  decideDiscretion(caseId: string, input: { accept: boolean; tierId: string | null; amountYuan: number | null; reason: string | null }): DiscretionDecision {
    const suggestion = this.verdict(caseId).discretion;
    if (!input.accept && !input.reason?.trim()) throw new AppError('invalid-input', '不采纳建议的裁量档次须写明理由 (overriding the suggestion needs a reason)');
    const tierId = input.accept ? (suggestion.tier?.id ?? null) : input.tierId;
    const tier = this.itemFor(caseId).tiers.find((t) => t.id === tierId);
    if (tierId && !tier) throw new AppError('invalid-input', `裁量档次 ${tierId} 不存在 (no such tier)`);
    if (tier && tier.maxYuan > 0 && input.amountYuan === null) {
      throw new AppError('invalid-input', `“${tier.name}”档须写明拟罚款金额（${tier.minYuan}–${tier.maxYuan} 元） (a fine tier needs an amount)`);
    }
    if (tier && input.amountYuan !== null && (input.amountYuan < tier.minYuan || input.amountYuan > tier.maxYuan)) {
      throw new AppError('invalid-input', `罚款 ${input.amountYuan} 元不在“${tier.name}”档 ${tier.minYuan}–${tier.maxYuan} 元之内`);
    }
    const { operator } = this.ws.settings;
    const decidedAt = new Date().toISOString();
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`UPDATE discretion_decisions SET superseded = 1 WHERE case_id = ${caseId}`);
      this.ws.db.run(sql`INSERT INTO discretion_decisions (case_id, tier_id, accepted, amount_yuan, reason, decided_at, decided_by)
        VALUES (${caseId}, ${tierId}, ${Number(input.accept)}, ${input.amountYuan}, ${input.reason}, ${decidedAt}, ${operator})`);
      this.ws.audit.append(operator, input.accept ? 'discretion.accept' : 'discretion.override', `case:${caseId}`, {
        suggested: suggestion.tier?.id ?? null,
        tierId,
        amountYuan: input.amountYuan,
        reason: input.reason,
        facts: suggestion.facts,
      });
    });
    return { tierId, accepted: input.accept, amountYuan: input.amountYuan, reason: input.reason, decidedAt, decidedBy: operator };
  }

  decision(caseId: string): DiscretionDecision | null {
    const r = this.ws.db.get<{ tier_id: string | null; accepted: number; amount_yuan: number | null; reason: string | null; decided_at: string; decided_by: string }>(
      sql`SELECT * FROM discretion_decisions WHERE case_id = ${caseId} AND superseded = 0`,
    );
    return r ? { tierId: r.tier_id, accepted: r.accepted === 1, amountYuan: r.amount_yuan, reason: r.reason, decidedAt: r.decided_at, decidedBy: r.decided_by } : null;
  }

  private party(caseId: string, firstCaptureMs: number | null): ChainParty | null {
    const confirmed = this.parties.current(caseId);
    if (!confirmed) return null;
    const snap = confirmed.snapshot as { record: SnapshotRecord; secondSource: SnapshotRecord | null };
    const registry = snap.record.kind === 'business' ? snap.record : snap.secondSource;
    const day = firstCaptureMs === null ? null : localDay(firstCaptureMs, this.ws.settings.zone);
    const status = registry ? (registry.fields['status'] as string | null) ?? null : null;
    const establishedOn = registry ? (registry.fields['establishedOn'] as string | null) ?? null : null;
    return {
      ref: confirmed.ref,
      kind: confirmed.kind,
      name: confirmed.name,
      corroborated: confirmed.corroborated,
      premises: snap.record.lat !== null && snap.record.lon !== null ? { lat: snap.record.lat, lon: snap.record.lon } : null,
      registration: registry ? { status, establishedOn, active: registrationActiveOn(status, establishedOn, day) } : null,
    };
  }

  /** Cases of the same item whose confirmed party is the same shop or registration, recorded in the 12 months before. */
  private priorCases(caseId: string, itemCode: string, firstCaptureMs: number): string[] {
    const mine = this.parties.current(caseId);
    if (!mine) return [];
    const key = (mine.snapshot as { record: SnapshotRecord }).record;
    const rows = this.ws.db.all<{ case_id: string; snapshot_json: string; last_ms: number | null }>(
      sql`SELECT p.case_id, p.snapshot_json, (SELECT MAX(e.captured_ms) FROM evidence e WHERE e.case_id = p.case_id) AS last_ms
          FROM case_parties p JOIN cases c ON c.id = p.case_id
          WHERE p.superseded = 0 AND p.case_id <> ${caseId} AND c.type = ${itemCode}`,
    );
    return rows
      .filter((r) => {
        const other = (JSON.parse(r.snapshot_json) as { record: SnapshotRecord }).record;
        const same = other.key === key.key || (other.uscc !== null && other.uscc === key.uscc);
        return same && r.last_ms !== null && r.last_ms < firstCaptureMs && r.last_ms >= firstCaptureMs - YEAR_MS;
      })
      .map((r) => r.case_id);
  }
}

function toCamera(row: { id: number; key: string; name: string; data_json: string }): CameraRegistration {
  const f = JSON.parse(row.data_json) as Record<string, string | number | null>;
  const text = (k: string): string | null => (typeof f[k] === 'string' ? (f[k] as string) : null);
  return {
    ref: `R${row.id}`,
    deviceId: row.key,
    name: row.name,
    legalReviewOn: text('legalReviewOn'),
    techReviewOn: text('techReviewOn'),
    publishedOn: text('publishedOn'),
    publishedWhere: text('publishedWhere'),
    calibratedFrom: text('calibratedFrom'),
    calibratedTo: text('calibratedTo'),
    clockOffsetSeconds: typeof f['clockOffsetSeconds'] === 'number' ? f['clockOffsetSeconds'] : null,
  };
}
