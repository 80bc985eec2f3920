// Reads what departments send — CSV (UTF-8, UTF-8 with BOM, GBK/GB18030), XLSX, JSON and GeoJSON — into one
// shape: header names and rows of text cells, each with the row number a person sees in the source file.

import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { extname } from 'node:path';
import { AppError } from '../../contract/envelope';

export type EncodingChoice = 'auto' | 'utf8' | 'gb18030';
export type DetectedEncoding = 'utf8' | 'utf8-bom' | 'gb18030' | 'binary';
export type TableFormat = 'csv' | 'xlsx' | 'json' | 'geojson';

export interface TableRow {
  /** 1-based position as a person would find it: the spreadsheet row (header is row 1) or the array index + 1. */
  rowNumber: number;
  cells: Record<string, string>;
  geometry?: unknown;
}

export interface Table {
  format: TableFormat;
  encoding: DetectedEncoding;
  headers: string[];
  rows: TableRow[];
}

/** UTF-8 when the bytes are valid UTF-8 (Chinese GBK text almost never is), otherwise GB18030, a superset of GBK. */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice): { text: string; encoding: DetectedEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (choice === 'gb18030') return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: hasBom ? 'utf8-bom' : 'utf8' };
  } catch {
    if (choice === 'utf8') throw new AppError('invalid-input', '文件不是有效的 UTF-8 编码，请选择 GBK/GB18030 (the file is not valid UTF-8; choose GBK/GB18030)');
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

export function tableFormat(fileName: string, bytes: Uint8Array): TableFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'xlsx';
  if (ext === '.geojson') return 'geojson';
  if (ext === '.json') return 'json';
  return 'csv';
}

export async function readTable(fileName: string, bytes: Uint8Array, encoding: EncodingChoice): Promise<Table> {
  const format = tableFormat(fileName, bytes);
  if (format === 'xlsx') return readXlsx(bytes);
  const decoded = decodeText(bytes, encoding);
  if (format === 'csv') return { ...readCsv(decoded.text), encoding: decoded.encoding };
  return { ...readJson(decoded.text, format), encoding: decoded.encoding };
}

function readCsv(text: string): Omit<Table, 'encoding'> {
  let records: string[][];
  try {
    records = parseCsv(text, { relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
  } catch (err) {
    throw new AppError('invalid-input', `CSV 无法解析 (the CSV cannot be parsed): ${err instanceof Error ? err.message : String(err)}`);
  }
  const [headerRow, ...body] = records;
  if (!headerRow) throw new AppError('invalid-input', '文件为空 (the file is empty)');
  const headers = headerRow.map((h) => h.trim());
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ rowNumber: i + 2, cells: Object.fromEntries(headers.map((h, k) => [h, cells[k] ?? ''])) });
  });
  return { format: 'csv', headers, rows };
}

function readJson(text: string, format: 'json' | 'geojson'): Omit<Table, 'encoding'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new AppError('invalid-input', `JSON 无法解析 (the JSON cannot be parsed): ${err instanceof Error ? err.message : String(err)}`);
  }
  const obj = (data ?? {}) as { type?: unknown; features?: unknown; rows?: unknown; data?: unknown };
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) {
    const rows = obj.features.map((f, i) => {
      const feature = (f ?? {}) as { properties?: Record<string, unknown>; geometry?: unknown };
      return { rowNumber: i + 1, cells: stringCells(feature.properties ?? {}), geometry: feature.geometry ?? null };
    });
    return { format: 'geojson', headers: headersOf(rows), rows };
  }
  const list = Array.isArray(data) ? data : Array.isArray(obj.rows) ? obj.rows : Array.isArray(obj.data) ? obj.data : null;
  if (!list) throw new AppError('invalid-input', 'JSON 应为对象数组或 GeoJSON FeatureCollection (expected an array of objects or a GeoJSON FeatureCollection)');
  const rows = list.map((r, i) => ({ rowNumber: i + 1, cells: stringCells((r ?? {}) as Record<string, unknown>) }));
  return { format, headers: headersOf(rows), rows };
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  // Loaded on demand: exceljs takes ~200 ms to load, which every CLI command would otherwise pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw new AppError('invalid-input', `Excel 文件无法读取 (the XLSX cannot be read): ${err instanceof Error ? err.message : String(err)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid-input', 'Excel 文件没有工作表 (the workbook has no sheet)');
  const headerValues = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => cellText(v).trim());
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = (row.values as unknown[]).slice(1);
    if (values.every((v) => cellText(v).trim() === '')) return;
    rows.push({ rowNumber, cells: Object.fromEntries(headerValues.map((h, k) => [h, cellText(values[k])])) });
  });
  return { format: 'xlsx', encoding: 'binary', headers: headerValues, rows };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

function stringCells(o: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)]));
}

function headersOf(rows: TableRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.cells)) seen.add(k);
  return [...seen];
}
