// The import wizard's preview: detected format and encoding, the columns, the suggested (or saved) mapping of
// columns to fields, what required fields are still unmapped, and the first rows as read.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../contract/envelope';
import type { DataPreview } from '../../contract/dto';
import { KIND_SPECS, missingRequired, suggestMapping } from '../../core/data/dataset-kinds';
import type { DatasetKind } from '../../core/data/dataset-kinds';
import type { Workspace } from '../workspace/workspace';
import { loadSavedMapping } from './mappings';
import { readTable } from './read-table';
import type { EncodingChoice } from './read-table';

const SAMPLE_ROWS = 10;

export async function previewDataset(ws: Workspace, path: string, kind: DatasetKind, encoding: EncodingChoice): Promise<DataPreview> {
  const bytes = await readFile(path).catch((err: unknown) => {
    throw new AppError('not-found', `无法读取 ${path} (cannot read the file): ${err instanceof Error ? err.message : String(err)}`);
  });
  const table = await readTable(basename(path), bytes, encoding);
  const mapping = suggestMapping(kind, table.headers, loadSavedMapping(ws, kind));
  return {
    fileName: basename(path),
    format: table.format,
    encoding: table.encoding,
    headers: table.headers,
    fields: KIND_SPECS[kind].fields.map((f) => ({ key: f.key, zh: f.zh, en: f.en, required: f.required, personal: f.personal ?? false })),
    mapping,
    missingRequired: missingRequired(kind, mapping).map((f) => f.key),
    rowCount: table.rows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
  };
}
