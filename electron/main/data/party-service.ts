// Identifying the party from other departments' records: where each capture was taken (its own GPS, or the
// registered position of the fixed camera that took it), which shops and businesses are near, which vehicle a
// plate belongs to, and why each candidate is one. Confirming a candidate copies the record into the case as a
// snapshot with its dataset version and hash, so later exports of the dataset cannot change the case.

import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/audit/audit-chain';
import { streetOf } from '../../core/data/address';
import { registrationActiveOn } from '../../core/data/registration';
import { validateUscc } from '../../core/data/uscc';
import { AppError } from '../../contract/envelope';
import type { EvidenceItem } from '../../contract/dto';
import { sql } from '../db/sql';
import { EvidenceService } from '../services/evidence-service';
import type { Workspace } from '../workspace/workspace';
import { LocateService, parseRecordRef, recordRef } from './locate-service';
import type { GridHit, NearbyRecord } from './locate-service';

export interface CaptureLocation {
  evidenceId: string;
  seq: number;
  capturedAt: string | null;
  lat: number;
  lon: number;
  basis: 'gps' | 'camera-registry';
  accuracyMeters: number;
  camera: { ref: string; deviceId: string; name: string } | null;
  grids: GridHit[];
}

export interface Registration {
  ref: string;
  name: string;
  uscc: string;
  status: string | null;
  establishedOn: string | null;
  address: string | null;
  /** Registered and not cancelled on the first capture date; null where the registry does not say. */
  active: boolean | null;
  sameStreet: boolean;
}

export interface PartyCandidate {
  ref: string;
  kind: 'merchant' | 'business' | 'vehicle';
  name: string;
  address: string | null;
  uscc: string | null;
  distanceMeters: number | null;
  evidenceSeqs: number[];
  registration: Registration | null;
  corroborated: boolean;
  dataset: string;
  explanation: { zh: string; en: string };
}

export interface ConfirmedParty {
  caseId: string;
  ref: string;
  kind: string;
  name: string;
  corroborated: boolean;
  snapshotSha256: string;
  confirmedAt: string;
  confirmedBy: string;
  snapshot: unknown;
}

// Phone GPS is good to about 10 m in a street; a registered fixed camera's position is surveyed.
const ACCURACY_METERS = { gps: 10, 'camera-registry': 3 } as const;

interface RecordRow {
  id: number;
  version_id: string;
  kind: string;
  row_number: number;
  key: string;
  name: string;
  address: string | null;
  uscc: string | null;
  lat: number | null;
  lon: number | null;
  data_json: string;
}

export class PartyService {
  private readonly locate: LocateService;

  constructor(private readonly ws: Workspace) {
    this.locate = new LocateService(ws);
  }

  locations(caseId: string): CaptureLocation[] {
    const cameras = this.ws.db.all<RecordRow>(sql`SELECT * FROM records WHERE kind = 'camera' AND is_current = 1`);
    const out: CaptureLocation[] = [];
    for (const item of new EvidenceService(this.ws).list(caseId)) {
      const camera = matchCamera(item, cameras);
      const position = item.gps
        ? { lat: item.gps.lat, lon: item.gps.lon, basis: 'gps' as const }
        : camera && camera.lat !== null && camera.lon !== null
          ? { lat: camera.lat, lon: camera.lon, basis: 'camera-registry' as const }
          : null;
      if (!position) continue;
      out.push({
        evidenceId: item.id,
        seq: item.seq,
        capturedAt: item.capturedAt,
        ...position,
        accuracyMeters: ACCURACY_METERS[position.basis],
        camera: camera ? { ref: recordRef(camera.id), deviceId: camera.key, name: camera.name } : null,
        grids: this.locate.gridChain(position.lat, position.lon),
      });
    }
    return out;
  }

  candidates(caseId: string): { locations: CaptureLocation[]; candidates: PartyCandidate[] } {
    const locations = this.locations(caseId);
    const firstCapture = locations.map((l) => l.capturedAt).filter((t): t is string => t !== null).sort()[0] ?? null;
    const radius = this.ws.settings.partyRadiusMeters;
    const near = new Map<number, { record: NearbyRecord; seqs: Set<number>; nearestSeq: number }>();
    for (const loc of locations) {
      for (const record of this.locate.nearby(loc.lat, loc.lon, radius + loc.accuracyMeters)) {
        const entry = near.get(record.id) ?? { record, seqs: new Set<number>(), nearestSeq: loc.seq };
        if (record.distanceMeters <= entry.record.distanceMeters) {
          entry.record = record;
          entry.nearestSeq = loc.seq;
        }
        entry.seqs.add(loc.seq);
        near.set(record.id, entry);
      }
    }
    const candidates: PartyCandidate[] = [];
    const registrationsShown = new Set<number>();
    for (const { record, seqs, nearestSeq } of [...near.values()].sort((a, b) => a.record.distanceMeters - b.record.distanceMeters)) {
      if (record.kind !== 'merchant') continue;
      const registration = record.uscc ? this.registrationFor(record.uscc, record.address, firstCapture) : null;
      if (registration) registrationsShown.add(parseRecordRef(registration.ref) ?? -1);
      candidates.push(this.candidate(record, [...seqs], nearestSeq, registration));
    }
    for (const { record, seqs, nearestSeq } of near.values()) {
      if (record.kind !== 'business' || registrationsShown.has(record.id)) continue;
      candidates.push(this.candidate(record, [...seqs], nearestSeq, record.uscc ? this.registrationFor(record.uscc, record.address, firstCapture) : null));
    }
    candidates.push(...this.vehicleCandidates(caseId));
    candidates.sort((a, b) => (a.distanceMeters ?? Infinity) - (b.distanceMeters ?? Infinity) || Number(b.corroborated) - Number(a.corroborated));
    return { locations, candidates };
  }

  confirm(caseId: string, ref: string): ConfirmedParty {
    const id = parseRecordRef(ref);
    const record = id === null ? undefined : this.ws.db.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${id}`);
    if (!record) throw new AppError('not-found', `记录 ${ref} 不存在 (no record ${ref})`);
    if (!this.ws.db.get(sql`SELECT 1 FROM cases WHERE id = ${caseId}`)) throw new AppError('not-found', `案件 ${caseId} 不存在 (no case with id ${caseId})`);
    const candidate = this.candidates(caseId).candidates.find((c) => c.ref === ref);
    const registrationId = candidate?.registration ? parseRecordRef(candidate.registration.ref) : null;
    const registration = registrationId === null ? undefined : this.ws.db.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${registrationId}`);
    const snapshot = {
      record: this.snapshotOf(record),
      secondSource: registration && registration.id !== record.id ? this.snapshotOf(registration) : null,
      basis: candidate ? { distanceMeters: candidate.distanceMeters, evidenceSeqs: candidate.evidenceSeqs, explanation: candidate.explanation } : null,
    };
    const snapshotSha256 = createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
    const corroborated = candidate?.corroborated ?? false;
    const { operator } = this.ws.settings;
    const confirmedAt = new Date().toISOString();
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`UPDATE case_parties SET superseded = 1 WHERE case_id = ${caseId}`);
      this.ws.db.run(sql`INSERT INTO case_parties (case_id, record_id, snapshot_json, snapshot_sha256, corroborated, confirmed_at, confirmed_by)
        VALUES (${caseId}, ${record.id}, ${JSON.stringify(snapshot)}, ${snapshotSha256}, ${corroborated ? 1 : 0}, ${confirmedAt}, ${operator})`);
      this.ws.audit.append(operator, 'party.confirm', `case:${caseId}`, {
        ref,
        kind: record.kind,
        name: record.name,
        key: record.key,
        datasetVersion: record.version_id,
        secondSource: snapshot.secondSource ? { ref: recordRef(registration?.id ?? 0), datasetVersion: registration?.version_id } : null,
        corroborated,
        snapshotSha256,
      });
    });
    return this.current(caseId) as ConfirmedParty;
  }

  current(caseId: string): ConfirmedParty | null {
    const row = this.ws.db.get<{ record_id: number; snapshot_json: string; snapshot_sha256: string; corroborated: number; confirmed_at: string; confirmed_by: string; kind: string; name: string }>(
      sql`SELECT p.record_id, p.snapshot_json, p.snapshot_sha256, p.corroborated, p.confirmed_at, p.confirmed_by, r.kind, r.name
          FROM case_parties p JOIN records r ON r.id = p.record_id WHERE p.case_id = ${caseId} AND p.superseded = 0`,
    );
    if (!row) return null;
    return {
      caseId,
      ref: recordRef(row.record_id),
      kind: row.kind,
      name: row.name,
      corroborated: row.corroborated === 1,
      snapshotSha256: row.snapshot_sha256,
      confirmedAt: row.confirmed_at,
      confirmedBy: row.confirmed_by,
      snapshot: JSON.parse(row.snapshot_json) as unknown,
    };
  }

  private snapshotOf(r: RecordRow): unknown {
    const version = this.ws.db.get<Record<string, unknown>>(
      sql`SELECT id, dataset_id, version, kind, department, exported_on, file_name, file_sha256, imported_at, imported_by FROM dataset_versions WHERE id = ${r.version_id}`,
    );
    return { ref: recordRef(r.id), kind: r.kind, rowNumber: r.row_number, key: r.key, name: r.name, address: r.address, uscc: r.uscc, lat: r.lat, lon: r.lon, fields: JSON.parse(r.data_json) as unknown, datasetVersion: version };
  }

  private registrationFor(uscc: string, address: string | null, firstCapture: string | null): Registration | null {
    const r = this.ws.db.get<RecordRow>(sql`SELECT * FROM records WHERE kind = 'business' AND uscc = ${uscc} AND is_current = 1`);
    if (!r) return null;
    const fields = JSON.parse(r.data_json) as { status?: string | null; establishedOn?: string | null };
    const status = fields.status ?? null;
    const establishedOn = fields.establishedOn ?? null;
    const active = registrationActiveOn(status, establishedOn, firstCapture?.slice(0, 10) ?? null);
    const street = streetOf(address);
    return { ref: recordRef(r.id), name: r.name, uscc, status, establishedOn, address: r.address, active, sameStreet: street !== null && street === streetOf(r.address) };
  }

  private candidate(record: NearbyRecord, seqs: number[], nearestSeq: number, registration: Registration | null): PartyCandidate {
    const isMerchant = record.kind === 'merchant';
    const corroborated = isMerchant && registration !== null && registration.active === true && registration.sameStreet;
    const d = Math.round(record.distanceMeters);
    const zh: string[] = [`${isMerchant ? '店招' : '登记主体'}“${record.name}”距证据 ${nearestSeq} 拍摄点 ${d} 米`];
    const en: string[] = [`${isMerchant ? 'Shop sign' : 'Registered business'} "${record.name}" ${d} m from where evidence ${nearestSeq} was captured`];
    if (registration) {
      zh.push(`统一社会信用代码 ${registration.uscc}`);
      en.push(`USCC ${registration.uscc}`);
      if (registration.active === true) {
        zh.push(`登记状态“${registration.status}”，成立于 ${registration.establishedOn ?? '日期不详'}`);
        en.push(`registration ${registration.status ?? ''} since ${registration.establishedOn ?? 'an unknown date'}`);
      } else if (registration.active === false) {
        zh.push(`登记状态“${registration.status}”，拍摄时已不在营业登记中`);
        en.push(`registration "${registration.status}": not active when captured`);
      }
      if (isMerchant && registration.sameStreet) {
        zh.push('第二来源：市场主体登记住所在同一条街');
        en.push('second source: business registry address on the same street');
      }
    } else if (record.uscc) {
      zh.push(`关联的统一社会信用代码 ${record.uscc} 在市场主体登记中未找到`);
      en.push(`linked USCC ${record.uscc} not found in the business registry`);
    }
    return {
      ref: record.ref,
      kind: isMerchant ? 'merchant' : 'business',
      name: record.name,
      address: record.address,
      uscc: record.uscc,
      distanceMeters: record.distanceMeters,
      evidenceSeqs: seqs.sort((a, b) => a - b),
      registration,
      corroborated,
      dataset: this.versionOf(record.id),
      explanation: { zh: zh.join('；'), en: en.join('; ') },
    };
  }

  private vehicleCandidates(caseId: string): PartyCandidate[] {
    const plates = this.ws.db.all<{ plate: string; seq: number }>(
      sql`SELECT p.plate, e.seq FROM evidence_plates p JOIN evidence e ON e.id = p.evidence_id WHERE e.case_id = ${caseId}`,
    );
    const out: PartyCandidate[] = [];
    for (const { plate, seq } of plates) {
      const r = this.ws.db.get<RecordRow>(sql`SELECT * FROM records WHERE kind = 'vehicle' AND key = ${plate} AND is_current = 1`);
      if (!r) continue;
      // An owner that is an organisation can be checked against the business registry: a second source.
      const idNumber = (JSON.parse(r.data_json) as { idNumber?: string | null }).idNumber ?? null;
      const registration = idNumber && validateUscc(idNumber).ok ? this.registrationFor(idNumber, null, null) : null;
      const corroborated = registration?.active === true;
      out.push({
        ref: recordRef(r.id),
        kind: 'vehicle',
        name: r.name,
        address: r.address,
        uscc: registration ? idNumber : null,
        distanceMeters: null,
        evidenceSeqs: [seq],
        registration,
        corroborated,
        dataset: r.version_id,
        explanation: {
          zh: `证据 ${seq} 上的号牌 ${plate} 登记所有人为“${r.name}”${registration ? `；第二来源：市场主体登记 ${registration.name}（${registration.status ?? '状态不详'}）` : ''}`,
          en: `Plate ${plate} on evidence ${seq} is registered to "${r.name}"${registration ? `; second source: business registry ${registration.name}` : ''}`,
        },
      });
    }
    return out;
  }

  private versionOf(id: number): string {
    return this.ws.db.get<{ version_id: string }>(sql`SELECT version_id FROM records WHERE id = ${id}`)?.version_id ?? '';
  }
}

function matchCamera(item: EvidenceItem, cameras: RecordRow[]): RecordRow | null {
  const serial = item.device.serial?.trim();
  return cameras.find((c) => (serial && c.key === serial) || item.sourceName.includes(c.key)) ?? null;
}
