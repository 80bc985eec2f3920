// Browsing datasets and their records. Lists mask personal data (ID numbers, phones); the full record is
// shown only where a handler opens it, and opening it is audit-logged.

import { AppError } from '../../contract/envelope';
import { KIND_SPECS } from '../../core/data/dataset-kinds';
import type { DatasetKind } from '../../core/data/dataset-kinds';
import { maskPhone, maskResidentId } from '../../core/data/resident-id';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';
import { parseRecordRef, recordRef } from './locate-service';

export interface DatasetVersionInfo {
  id: string;
  dataset: string;
  version: number;
  kind: DatasetKind;
  department: string;
  exportedOn: string | null;
  fileName: string;
  fileSha256: string;
  encoding: string;
  crs: string;
  rows: number;
  imported: number;
  rejected: number;
  warnings: number;
  importedAt: string;
  importedBy: string;
  current: boolean;
}

export interface RecordSummary {
  ref: string;
  kind: DatasetKind;
  key: string;
  name: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  datasetVersion: string;
  fields: Record<string, string | number | null>;
}

export interface RecordProblem {
  row: number;
  field: string;
  severity: 'reject' | 'warning';
  reason: string;
  raw: Record<string, string>;
}

interface VersionRow {
  id: string;
  dataset_id: string;
  version: number;
  kind: DatasetKind;
  department: string;
  exported_on: string | null;
  file_name: string;
  file_sha256: string;
  encoding: string;
  crs: string;
  row_count: number;
  imported_count: number;
  rejected_count: number;
  warning_count: number;
  imported_at: string;
  imported_by: string;
  is_current: number;
}

interface RecordRow {
  id: number;
  kind: DatasetKind;
  key: string;
  name: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  version_id: string;
  data_json: string;
}

const MIN_TRIGRAM_QUERY = 3;

export class RecordService {
  constructor(private readonly ws: Workspace) {}

  versions(): DatasetVersionInfo[] {
    return this.ws.db.all<VersionRow>(sql`SELECT * FROM dataset_versions ORDER BY kind, dataset_id, version DESC`).map((v) => ({
      id: v.id,
      dataset: v.dataset_id,
      version: v.version,
      kind: v.kind,
      department: v.department,
      exportedOn: v.exported_on,
      fileName: v.file_name,
      fileSha256: v.file_sha256,
      encoding: v.encoding,
      crs: v.crs,
      rows: v.row_count,
      imported: v.imported_count,
      rejected: v.rejected_count,
      warnings: v.warning_count,
      importedAt: v.imported_at,
      importedBy: v.imported_by,
      current: v.is_current === 1,
    }));
  }

  /** Current records matching `query` by name, address or key (trigram FTS; shorter queries by substring). */
  search(query: string, kind: DatasetKind | null, limit: number): RecordSummary[] {
    const q = query.trim();
    const kindFilter = kind ?? '%';
    let rows: RecordRow[];
    if (q === '') {
      rows = this.ws.db.all<RecordRow>(sql`SELECT * FROM records WHERE is_current = 1 AND kind LIKE ${kindFilter} ORDER BY id LIMIT ${limit}`);
    } else if ([...q].length >= MIN_TRIGRAM_QUERY) {
      const phrase = `"${q.replace(/"/g, '""')}"`;
      rows = this.ws.db.all<RecordRow>(sql`SELECT r.* FROM record_search s JOIN records r ON r.id = s.rowid
        WHERE record_search MATCH ${phrase} AND r.is_current = 1 AND r.kind LIKE ${kindFilter} ORDER BY r.id LIMIT ${limit}`);
    } else {
      const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      rows = this.ws.db.all<RecordRow>(sql`SELECT * FROM records WHERE is_current = 1 AND kind LIKE ${kindFilter}
        AND (name LIKE ${like} ESCAPE '\\' OR address LIKE ${like} ESCAPE '\\' OR key LIKE ${like} ESCAPE '\\') ORDER BY id LIMIT ${limit}`);
    }
    return rows.map((r) => this.summary(r, true));
  }

  /** The whole record, unmasked: recorded in the audit log as an opening of personal data. */
  open(ref: string): RecordSummary & { problems: RecordProblem[] } {
    const id = parseRecordRef(ref);
    const row = id === null ? undefined : this.ws.db.get<RecordRow>(sql`SELECT * FROM records WHERE id = ${id}`);
    if (!row) throw new AppError('not-found', `记录 ${ref} 不存在 (no record ${ref})`);
    const { operator } = this.ws.settings;
    this.ws.db.transaction(() => this.ws.audit.append(operator, 'record.open', `record:${ref}`, { ref, kind: row.kind, key: row.key, datasetVersion: row.version_id }));
    const rowNumber = this.ws.db.get<{ row_number: number }>(sql`SELECT row_number FROM records WHERE id = ${row.id}`)?.row_number ?? 0;
    return { ...this.summary(row, false), problems: this.problems(row.version_id).filter((p) => p.row === rowNumber) };
  }

  problems(versionId: string): RecordProblem[] {
    return this.ws.db
      .all<{ row_number: number; field: string; severity: 'reject' | 'warning'; reason: string; raw_json: string }>(
        sql`SELECT row_number, field, severity, reason, raw_json FROM record_problems WHERE version_id = ${versionId} ORDER BY row_number, rowid`,
      )
      .map((p) => ({ row: p.row_number, field: p.field, severity: p.severity, reason: p.reason, raw: JSON.parse(p.raw_json) as Record<string, string> }));
  }

  /** The rejected and doubtful rows as CSV (UTF-8 with BOM, so Excel on Windows opens the Chinese correctly). */
  problemsCsv(versionId: string): string {
    if (!this.ws.db.get(sql`SELECT 1 FROM dataset_versions WHERE id = ${versionId}`)) throw new AppError('not-found', `数据版本 ${versionId} 不存在 (no such dataset version)`);
    const cell = (v: string | number): string => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    const lines = ['行号,字段,级别,原因,原始数据'];
    for (const p of this.problems(versionId)) {
      lines.push([p.row, p.field, p.severity === 'reject' ? '拒收' : '存疑', p.reason, JSON.stringify(p.raw)].map(cell).join(','));
    }
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  private summary(r: RecordRow, masked: boolean): RecordSummary {
    const fields = JSON.parse(r.data_json) as Record<string, string | number | null>;
    delete fields['geometry'];
    if (masked) {
      for (const f of KIND_SPECS[r.kind].fields) {
        const v = fields[f.key];
        if (!f.personal || typeof v !== 'string') continue;
        fields[f.key] = f.type === 'phone' ? maskPhone(v) : /^\d{17}[\dX]$/.test(v) ? maskResidentId(v) : v;
      }
    }
    return { ref: recordRef(r.id), kind: r.kind, key: r.key, name: r.name, address: r.address, lat: r.lat, lon: r.lon, datasetVersion: r.version_id, fields };
  }
}
