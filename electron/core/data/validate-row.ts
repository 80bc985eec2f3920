// Row-by-row validation of a department's export: every problem is reported with its field and a reason a
// handler can act on. A problem in a required field rejects the row; in an optional field (coordinates
// included) it is a warning and the value is left out, so one bad phone number or position does not lose a
// registered business.

import { isRealDateTime } from '../time/exif-datetime';
import { GRID_LEVELS, KIND_SPECS } from './dataset-kinds';
import type { ColumnMapping, DatasetKind, FieldSpec } from './dataset-kinds';
import type { Bounds } from './polygon';
import { validatePlate } from './plate';
import { validateResidentId } from './resident-id';
import { validateUscc } from './uscc';

export type FieldValue = string | number | null;

export interface RowProblem {
  field: string;
  severity: 'reject' | 'warning';
  reason: string;
}

export interface NormalisedRecord {
  key: string;
  name: string;
  address: string | null;
  uscc: string | null;
  /** WGS-84 */
  lat: number | null;
  lon: number | null;
  fields: Record<string, FieldValue>;
}

export interface RowContext {
  nowMs: number;
  /** [lon, lat] in the dataset's CRS → WGS-84. */
  toWgs84: (lon: number, lat: number) => [number, number];
  jurisdiction: Bounds | null;
  /** The day the department exported the data: nothing can have been registered or reviewed after it. */
  exportedOn?: string | null;
}

export function validateRow(
  kind: DatasetKind,
  mapping: ColumnMapping,
  cells: Record<string, string>,
  ctx: RowContext,
): { record: NormalisedRecord | null; problems: RowProblem[] } {
  const spec = KIND_SPECS[kind];
  const problems: RowProblem[] = [];
  const fields: Record<string, FieldValue> = {};

  for (const field of spec.fields) {
    if (field.type === 'lat' || field.type === 'lon') continue;
    const raw = cellFor(field, mapping, cells);
    if (raw === '') {
      if (field.required) problems.push({ field: field.key, severity: 'reject', reason: `${field.zh}为空 (${field.en} is empty)` });
      fields[field.key] = null;
      continue;
    }
    const checked = checkValue(field, raw, ctx);
    if (checked.ok) fields[field.key] = checked.value;
    else {
      problems.push({ field: field.key, severity: field.required ? 'reject' : 'warning', reason: `${field.zh}：${checked.reason}` });
      fields[field.key] = null;
    }
  }

  const position = readPosition(mapping, cells, ctx, problems);
  if (kind === 'camera') checkCameraDates(fields, problems);
  if (problems.some((p) => p.severity === 'reject')) return { record: null, problems };

  const text = (k: string | null): string | null => (k === null ? null : typeof fields[k] === 'string' ? (fields[k] as string) : null);
  return {
    record: {
      key: String(fields[spec.keyField]),
      name: String(fields[spec.nameField]),
      address: text(spec.addressField),
      uscc: text('uscc'),
      lat: position?.lat ?? null,
      lon: position?.lon ?? null,
      fields,
    },
    problems,
  };
}

/**
 * The mapped column's text; where it is empty, another column that is also a usual header of the field (a
 * GeoJSON whose 街 features say 街长 while the others say 网格长), provided that column is not mapped elsewhere.
 */
function cellFor(field: FieldSpec, mapping: ColumnMapping, cells: Record<string, string>): string {
  const header = mapping[field.key];
  const value = header ? (cells[header] ?? '').trim() : '';
  if (value !== '' || !header) return value;
  const mapped = new Set(Object.values(mapping));
  for (const alias of field.headers) {
    if (alias === header || mapped.has(alias)) continue;
    const v = (cells[alias] ?? '').trim();
    if (v !== '') return v;
  }
  return '';
}

type Checked = { ok: true; value: FieldValue } | { ok: false; reason: string };

function checkValue(field: FieldSpec, raw: string, ctx: RowContext): Checked {
  const nowMs = ctx.nowMs;
  switch (field.type) {
    case 'text':
      return { ok: true, value: raw };
    case 'uscc':
      return validateUscc(raw);
    case 'plate': {
      const r = validatePlate(raw);
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'id-number': {
      // Owners are people (resident ID) or organisations (USCC).
      const person = validateResidentId(raw, nowMs);
      if (person.ok) return { ok: true, value: person.value };
      const org = validateUscc(raw);
      return org.ok ? org : { ok: false, reason: person.reason };
    }
    case 'date': {
      const date = parseDate(raw);
      if (date.ok && field.past && typeof date.value === 'string') {
        if (date.value > chinaDay(nowMs)) return { ok: false, reason: `${date.value} 晚于今天 (a date in the future)` };
        if (ctx.exportedOn && date.value > ctx.exportedOn) {
          return { ok: false, reason: `${date.value} 晚于数据导出日期 ${ctx.exportedOn} (after the date the data was exported)` };
        }
      }
      return date;
    }
    case 'phone':
      return parsePhone(raw);
    case 'number': {
      const n = Number(raw.replace(/^\+/, ''));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: `“${raw}”不是数字 (not a number)` };
    }
    case 'grid-level':
      return (GRID_LEVELS as readonly string[]).includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, reason: `“${raw}”不是有效层级，应为 ${GRID_LEVELS.join('/')} (not a grid level)` };
    case 'lat':
    case 'lon':
      return { ok: true, value: raw };
  }
}

function parseDate(raw: string): Checked {
  const excelSerial = /^\d{5}$/.test(raw) ? Number(raw) : null;
  if (excelSerial !== null) {
    // Spreadsheet day numbers count from 1899-12-30.
    return { ok: true, value: new Date(Date.UTC(1899, 11, 30) + excelSerial * 86_400_000).toISOString().slice(0, 10) };
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return { ok: false, reason: `“${raw}”不是日期 (not a date; use YYYY-MM-DD)` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDateTime({ year, month, day, hour: 0, minute: 0, second: 0 })) return { ok: false, reason: `${raw} 不是真实日期 (no such date)` };
  return { ok: true, value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Today's date in China (UTC+8, no daylight saving since 1991), whatever the computer's zone. */
function chinaDay(nowMs: number): string {
  return new Date(nowMs + 8 * 3_600_000).toISOString().slice(0, 10);
}

function parsePhone(raw: string): Checked {
  const digits = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return { ok: true, value: digits };
  if (/^0\d{2,3}\d{7,8}$/.test(digits)) return { ok: true, value: raw.replace(/\s/g, '') };
  return { ok: false, reason: `“${raw}”不是有效的手机或固定电话号码 (not a valid phone number)` };
}

function readPosition(mapping: ColumnMapping, cells: Record<string, string>, ctx: RowContext, problems: RowProblem[]): { lat: number; lon: number } | null {
  const latText = mapping['lat'] ? (cells[mapping['lat']] ?? '').trim() : '';
  const lonText = mapping['lon'] ? (cells[mapping['lon']] ?? '').trim() : '';
  if (latText === '' && lonText === '') return null;
  const lat = Number(latText);
  const lon = Number(lonText);
  if (latText === '' || lonText === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    problems.push({ field: 'lat', severity: 'warning', reason: `坐标不完整或不是数字：经度“${lonText}”纬度“${latText}” (incomplete or non-numeric coordinates)` });
    return null;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    const hint = Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? '，经纬度可能颠倒 (latitude and longitude may be swapped)' : '';
    problems.push({ field: 'lat', severity: 'warning', reason: `坐标超出范围：经度 ${lon} 纬度 ${lat}${hint} (coordinates out of range)` });
    return null;
  }
  if (lat === 0 && lon === 0) {
    problems.push({ field: 'lat', severity: 'warning', reason: '坐标为 0,0，通常表示缺失 (0,0 usually means missing)' });
    return null;
  }
  const [wLon, wLat] = ctx.toWgs84(lon, lat);
  const j = ctx.jurisdiction;
  if (j && (wLat < j.minLat || wLat > j.maxLat || wLon < j.minLon || wLon > j.maxLon)) {
    const swapped = lon >= j.minLat && lon <= j.maxLat && lat >= j.minLon && lat <= j.maxLon;
    const hint = swapped
      ? '；经纬度可能颠倒 (latitude and longitude look swapped)'
      : farFrom(j, wLat, wLon)
        ? '；偏离辖区很远，可能声明了错误的坐标系 (far outside: probably the wrong CRS was declared)'
        : '';
    problems.push({ field: 'lat', severity: 'warning', reason: `坐标在辖区范围外：${wLat.toFixed(6)}, ${wLon.toFixed(6)}${hint} (outside the jurisdiction)` });
    return null;
  }
  return { lat: wLat, lon: wLon };
}

function farFrom(b: Bounds, lat: number, lon: number): boolean {
  const margin = Math.max(b.maxLat - b.minLat, b.maxLon - b.minLon);
  return lat < b.minLat - margin || lat > b.maxLat + margin || lon < b.minLon - margin || lon > b.maxLon + margin;
}

function checkCameraDates(fields: Record<string, FieldValue>, problems: RowProblem[]): void {
  const published = fields['publishedOn'];
  for (const k of ['legalReviewOn', 'techReviewOn']) {
    const reviewed = fields[k];
    if (typeof reviewed === 'string' && typeof published === 'string' && reviewed > published) {
      problems.push({ field: k, severity: 'warning', reason: `审核日期 ${reviewed} 晚于公布日期 ${published} (reviewed after it was published)` });
    }
  }
  const from = fields['calibratedFrom'];
  const to = fields['calibratedTo'];
  if (typeof from === 'string' && typeof to === 'string' && from > to) {
    problems.push({ field: 'calibratedTo', severity: 'warning', reason: `检定有效期止 ${to} 早于起 ${from} (calibration ends before it starts)` });
  }
}
