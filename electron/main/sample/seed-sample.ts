// A new user sees a real case at once: the first time a workspace is opened by the app, it gets the bundled
// sample case (店外经营 in Jiaojiang, Taizhou) with its captures, and the sample departments' datasets, all
// imported through the normal import paths.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DATASET_KINDS } from '../../core/data/dataset-kinds';
import { CRS_NAMES } from '../data/crs';
import { importDataset } from '../data/dataset-import';
import { CaseService } from '../services/case-service';
import { ImportService } from '../ingest/import-service';
import type { Workspace } from '../workspace/workspace';
import { resourcesDir } from '../resources-dir';

export const SAMPLE_OPERATOR = '示例办案人员';
export const SAMPLE_CASE_TITLE = '示例：椒江区某水果店店外经营';
/** Jiaojiang district, Taizhou, with a margin. */
export const SAMPLE_JURISDICTION = { minLat: 28.55, maxLat: 28.8, minLon: 121.3, maxLon: 121.6 };

const SampleDatasets = z.array(
  z.object({
    file: z.string(),
    kind: z.enum(DATASET_KINDS),
    crs: z.enum(CRS_NAMES),
    encoding: z.enum(['auto', 'utf8', 'gb18030']),
    department: z.string(),
    exportedOn: z.string(),
  }),
);

export async function seedSampleIfNew(ws: Workspace, options: { data?: boolean } = {}): Promise<{ seeded: boolean; caseId: string | null }> {
  if (ws.isInitialised) return { seeded: false, caseId: null };
  ws.updateSettings({ operator: SAMPLE_OPERATOR, zone: 'Asia/Shanghai', jurisdiction: SAMPLE_JURISDICTION });
  const created = new CaseService(ws).create(SAMPLE_CASE_TITLE, 'shop-outside-business');
  const capturesDir = join(resourcesDir(), 'sample', 'captures');
  const files = (await readdir(capturesDir)).filter((f) => !f.endsWith('.md')).map((f) => join(capturesDir, f));
  await new ImportService(ws).importPaths(created.id, files);
  if (options.data ?? true) await importSampleDatasets(ws);
  return { seeded: true, caseId: created.id };
}

export async function importSampleDatasets(ws: Workspace): Promise<void> {
  const dir = join(resourcesDir(), 'sample', 'data');
  const list = SampleDatasets.parse(JSON.parse(await readFile(join(dir, 'datasets.json'), 'utf8')));
  for (const d of list) {
    await importDataset(ws, join(dir, d.file), { kind: d.kind, crs: d.crs, encoding: d.encoding, department: d.department, exportedOn: d.exportedOn });
  }
}
