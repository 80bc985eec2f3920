import { AppError } from '../../contract/envelope';
import type { EvidenceItem } from '../../contract/dto';
import { validatePlate } from '../../core/data/plate';
import type { CaptureFacts } from '../../core/evidence/capture-metadata';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';

interface EvidenceRow {
  id: string;
  case_id: string;
  seq: number;
  sha256: string;
  source_name: string;
  source_path: string;
  imported_at: string;
  imported_by: string;
  sm3: string;
  size: number;
  media_type: string;
  metadata_json: string;
  plate: string | null;
}

function toItem(r: EvidenceRow): EvidenceItem {
  const f = JSON.parse(r.metadata_json) as CaptureFacts;
  return {
    id: r.id,
    caseId: r.case_id,
    seq: r.seq,
    sourceName: r.source_name,
    sourcePath: r.source_path,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    sha256: r.sha256,
    sm3: r.sm3,
    size: r.size,
    mediaType: r.media_type,
    capturedAt: f.capturedAt,
    timeBasis: f.timeBasis,
    assumedZone: f.assumedZone,
    gps: f.gps,
    gpsDatum: f.gpsDatum,
    gpsTime: f.gpsTime,
    device: f.device,
    software: f.software,
    orientation: f.orientation,
    width: f.width,
    height: f.height,
    hasThumbnail: f.hasThumbnail,
    warnings: f.warnings,
    plate: r.plate,
  };
}

export class EvidenceService {
  constructor(private readonly ws: Workspace) {}

  /** Records the plate a handler read on a capture (validated and normalised), for finding the vehicle's owner. */
  setPlate(evidenceId: string, text: string): string {
    const plate = validatePlate(text);
    if (!plate.ok) throw new AppError('invalid-input', `号牌“${text}”无效：${plate.reason}`);
    const row = this.ws.db.get<{ case_id: string }>(sql`SELECT case_id FROM evidence WHERE id = ${evidenceId}`);
    if (!row) throw new AppError('not-found', `证据 ${evidenceId} 不存在 (no evidence item ${evidenceId})`);
    const { operator } = this.ws.settings;
    this.ws.db.transaction(() => {
      this.ws.db.run(sql`INSERT INTO evidence_plates (evidence_id, plate, set_at, set_by) VALUES (${evidenceId}, ${plate.value}, ${new Date().toISOString()}, ${operator})
        ON CONFLICT(evidence_id) DO UPDATE SET plate = excluded.plate, set_at = excluded.set_at, set_by = excluded.set_by`);
      this.ws.audit.append(operator, 'evidence.plate', `case:${row.case_id}/${evidenceId}`, { evidenceId, plate: plate.value });
    });
    return plate.value;
  }

  /** A case's evidence in capture order; items without a capture time come last, in import order. */
  list(caseId: string): EvidenceItem[] {
    return this.ws.db
      .all<EvidenceRow>(
        sql`SELECT e.id, e.case_id, e.seq, e.sha256, e.source_name, e.source_path, e.imported_at, e.imported_by,
              o.sm3, o.size, o.media_type, o.metadata_json, p.plate
            FROM evidence e JOIN originals o ON o.sha256 = e.sha256 LEFT JOIN evidence_plates p ON p.evidence_id = e.id
            WHERE e.case_id = ${caseId}
            ORDER BY e.captured_ms IS NULL, e.captured_ms, e.seq`,
      )
      .map(toItem);
  }
}
