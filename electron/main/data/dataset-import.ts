// Imports one department export as a new version of its dataset. Every row is validated; rejected and doubtful
// rows are kept with their row number, field and reason (and can be exported as CSV); nothing is dropped
// silently. The version, its records, their spatial and search indexes and the audit entry are written in one
// transaction, so a failed or killed import leaves the previous version as it was.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../contract/envelope';
import { KIND_SPECS, missingRequired, suggestMapping } from '../../core/data/dataset-kinds';
import type { ColumnMapping, DatasetKind } from '../../core/data/dataset-kinds';
import { boundsOf, mapPositions, readGeometry } from '../../core/data/polygon';
import type { Bounds, MultiPolygon } from '../../core/data/polygon';
import { validateRow } from '../../core/data/validate-row';
import type { NormalisedRecord, RowProblem } from '../../core/data/validate-row';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';
import { toWgs84 } from './crs';
import type { CrsName } from './crs';
import { readTable } from './read-table';
import type { EncodingChoice, Table } from './read-table';
import { CrossChecker } from './cross-check';
import { loadSavedMapping } from './mappings';

export interface DataImportOptions {
  kind: DatasetKind;
  crs: CrsName;
  encoding: EncodingChoice;
  department: string | null;
  exportedOn: string | null;
  mapping?: ColumnMapping;
  signal?: AbortSignal;
  onProgress?: (p: { rowsDone: number; rowsTotal: number; phase: 'reading' | 'validating' | 'writing' }) => void;
  clock?: () => Date;
}

export interface RowReport {
  row: number;
  field: string;
  reason: string;
}

export interface DataImportSummary {
  dataset: string;
  version: number;
  versionId: string;
  kind: DatasetKind;
  encoding: string;
  rows: number;
  imported: number;
  rejected: RowReport[];
  warnings: RowReport[];
}

interface Accepted {
  rowNumber: number;
  record: NormalisedRecord;
  box: Bounds | null;
}

const UNSTATED_DEPARTMENT = '未注明来源部门';
const YIELD_EVERY_ROWS = 5_000;

export async function importDataset(ws: Workspace, path: string, options: DataImportOptions): Promise<DataImportSummary> {
  const progress = (rowsDone: number, rowsTotal: number, phase: 'reading' | 'validating' | 'writing'): void =>
    options.onProgress?.({ rowsDone, rowsTotal, phase });
  progress(0, 0, 'reading');
  const bytes = await readFile(path).catch((err: unknown) => {
    throw new AppError('not-found', `无法读取 ${path} (cannot read the file): ${err instanceof Error ? err.message : String(err)}`);
  });
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const table = await readTable(basename(path), bytes, options.encoding);
  const mapping = options.mapping ?? suggestMapping(options.kind, table.headers, loadSavedMapping(ws, options.kind));
  const missing = missingRequired(options.kind, mapping);
  if (missing.length > 0) {
    throw new AppError(
      'invalid-input',
      `${basename(path)}：找不到必需的列 ${missing.map((f) => `“${f.zh}”`).join('、')}；文件的列为 ${table.headers.join('、')}。请调整列映射。` +
        ` (required columns not found: ${missing.map((f) => f.en).join(', ')})`,
    );
  }
  if (options.kind === 'grid' && table.format !== 'geojson') {
    throw new AppError('invalid-input', `${basename(path)}：网格须为 GeoJSON 多边形 (grids must be GeoJSON polygons)`);
  }

  const settings = ws.settings;
  const nowMs = (options.clock ?? (() => new Date()))().getTime();
  const ctx = { nowMs, toWgs84: (lon: number, lat: number) => toWgs84(options.crs, lon, lat), jurisdiction: settings.jurisdiction, exportedOn: options.exportedOn };
  const keyField = KIND_SPECS[options.kind].keyField;
  const crossChecker = new CrossChecker(ws);
  const firstRowOfKey = new Map<string, number>();
  const accepted: Accepted[] = [];
  const problems: { row: number; problem: RowProblem; raw: Record<string, string> }[] = [];

  for (let i = 0; i < table.rows.length; i++) {
    if (i % YIELD_EVERY_ROWS === 0) {
      if (options.signal?.aborted) throw new AppError('cancelled', '已取消 (cancelled)');
      progress(i, table.rows.length, 'validating');
      await new Promise((r) => setImmediate(r));
    }
    const row = table.rows[i] as Table['rows'][number];
    const result = validateRow(options.kind, mapping, row.cells, ctx);
    const rowProblems = [...result.problems];
    let box: Bounds | null = null;
    if (result.record && options.kind === 'grid') {
      const shape = readGridShape(row.geometry, ctx.toWgs84);
      if (shape.ok) {
        result.record.fields['geometry'] = JSON.stringify(shape.value);
        box = boundsOf(shape.value);
      } else rowProblems.push({ field: 'geometry', severity: 'reject', reason: shape.reason });
    }
    if (result.record) {
      rowProblems.push(...crossChecker.check(options.kind, result.record));
      const first = firstRowOfKey.get(result.record.key);
      if (first !== undefined) {
        rowProblems.push({ field: keyField, severity: 'reject', reason: `${result.record.key} 与第 ${first} 行重复 (duplicate of row ${first})` });
      }
    }
    for (const problem of rowProblems) problems.push({ row: row.rowNumber, problem, raw: row.cells });
    if (result.record && !rowProblems.some((p) => p.severity === 'reject')) {
      firstRowOfKey.set(result.record.key, row.rowNumber);
      const { lat, lon } = result.record;
      accepted.push({ rowNumber: row.rowNumber, record: result.record, box: box ?? (lat !== null && lon !== null ? { minLat: lat, maxLat: lat, minLon: lon, maxLon: lon } : null) });
    }
  }

  progress(table.rows.length, table.rows.length, 'writing');
  const department = options.department?.trim() || UNSTATED_DEPARTMENT;
  const datasetId = `${options.kind}:${department}`;
  const fileSize = (await stat(path)).size;
  const now = new Date(nowMs).toISOString();
  const rejectedRows = new Set(problems.filter((p) => p.problem.severity === 'reject').map((p) => p.row));
  const version = ws.db.transaction(() => {
    const last = ws.db.get<{ version: number }>(sql`SELECT MAX(version) AS version FROM dataset_versions WHERE dataset_id = ${datasetId}`);
    const next = (last?.version ?? 0) + 1;
    const versionId = `${datasetId}@${next}`;
    ws.db.run(sql`UPDATE records SET is_current = 0 WHERE version_id IN (SELECT id FROM dataset_versions WHERE dataset_id = ${datasetId})`);
    ws.db.run(sql`UPDATE dataset_versions SET is_current = 0 WHERE dataset_id = ${datasetId}`);
    ws.db.run(sql`INSERT INTO dataset_versions (id, dataset_id, version, kind, department, exported_on, file_name, file_sha256, file_size,
        encoding, crs, mapping_json, row_count, imported_count, rejected_count, warning_count, imported_at, imported_by, is_current)
      VALUES (${versionId}, ${datasetId}, ${next}, ${options.kind}, ${department}, ${options.exportedOn}, ${basename(path)}, ${fileSha256},
        ${fileSize}, ${table.encoding}, ${options.crs}, ${JSON.stringify(mapping)}, ${table.rows.length}, ${accepted.length},
        ${rejectedRows.size}, ${problems.length - problems.filter((p) => p.problem.severity === 'reject').length}, ${now},
        ${settings.operator}, 1)`);
    writeRecords(ws, versionId, options.kind, accepted);
    const insertProblem = ws.db.prepare(
      'INSERT INTO record_problems (version_id, row_number, field, severity, reason, raw_json) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const p of problems) insertProblem.run(versionId, p.row, p.problem.field, p.problem.severity, p.problem.reason, JSON.stringify(p.raw));
    ws.audit.append(settings.operator, 'dataset.import', `dataset:${datasetId}`, {
      versionId,
      kind: options.kind,
      department,
      exportedOn: options.exportedOn,
      file: basename(path),
      fileSha256,
      encoding: table.encoding,
      crs: options.crs,
      rows: table.rows.length,
      imported: accepted.length,
      rejected: rejectedRows.size,
    });
    return { next, versionId };
  });

  const report = (severity: 'reject' | 'warning'): RowReport[] =>
    problems.filter((p) => p.problem.severity === severity).map((p) => ({ row: p.row, field: p.problem.field, reason: p.problem.reason }));
  return {
    dataset: datasetId,
    version: version.next,
    versionId: version.versionId,
    kind: options.kind,
    encoding: table.encoding,
    rows: table.rows.length,
    imported: accepted.length,
    rejected: report('reject'),
    warnings: report('warning'),
  };
}

function readGridShape(geometry: unknown, convert: (lon: number, lat: number) => [number, number]): { ok: true; value: MultiPolygon } | { ok: false; reason: string } {
  const shape = readGeometry(geometry);
  if (!shape.ok) return shape;
  return { ok: true, value: mapPositions(shape.value, ([lon, lat]) => convert(lon, lat)) };
}

function writeRecords(ws: Workspace, versionId: string, kind: DatasetKind, accepted: Accepted[]): void {
  const insertRecord = ws.db.prepare(
    `INSERT INTO records (version_id, kind, row_number, key, name, address, uscc, lat, lon, is_current, data_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const insertBox = ws.db.prepare('INSERT INTO record_boxes (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)');
  const insertSearch = ws.db.prepare('INSERT INTO record_search (rowid, name, address, key) VALUES (?, ?, ?, ?)');
  for (const { rowNumber, record, box } of accepted) {
    const id = insertRecord.run(versionId, kind, rowNumber, record.key, record.name, record.address, record.uscc, record.lat, record.lon, JSON.stringify(record.fields)).lastInsertRowid;
    if (box) insertBox.run(id, box.minLat, box.maxLat, box.minLon, box.maxLon);
    insertSearch.run(id, record.name, record.address ?? '', record.key);
  }
}
