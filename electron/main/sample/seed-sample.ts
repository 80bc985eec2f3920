// A new user sees a real case at once: the first time a workspace is opened by the app, it gets the bundled
// sample case (店外经营 in Jiaojiang, Taizhou) with its captures imported through the normal import path.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseService } from '../services/case-service';
import { ImportService } from '../ingest/import-service';
import type { Workspace } from '../workspace/workspace';
import { resourcesDir } from '../resources-dir';

export const SAMPLE_OPERATOR = '示例办案人员';
export const SAMPLE_CASE_TITLE = '示例：椒江区某水果店店外经营';

export async function seedSampleIfNew(ws: Workspace): Promise<{ seeded: boolean; caseId: string | null }> {
  if (ws.isInitialised) return { seeded: false, caseId: null };
  ws.updateSettings({ operator: SAMPLE_OPERATOR, zone: 'Asia/Shanghai' });
  const created = new CaseService(ws).create(SAMPLE_CASE_TITLE, 'shop-outside-business');
  const capturesDir = join(resourcesDir(), 'sample', 'captures');
  const files = (await readdir(capturesDir)).filter((f) => !f.endsWith('.md')).map((f) => join(capturesDir, f));
  await new ImportService(ws).importPaths(created.id, files);
  return { seeded: true, caseId: created.id };
}
