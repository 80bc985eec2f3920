// A new user sees a real case at once: the first time a workspace is opened by the app, it gets the bundled
// sample case (店外经营 in Jiaojiang, Taizhou) with its captures, and the sample departments' datasets, all
// imported through the normal import paths.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DATASET_KINDS } from '../../core/data/dataset-kinds';
import { CRS_NAMES } from '../data/crs';
import { importDataset } from '../data/dataset-import';
import { NoticeService } from '../chain/notice-service';
import { ReviewService } from '../chain/review-service';
import { PartyService } from '../data/party-service';
import { CaseService } from '../services/case-service';
import { EvidenceService } from '../services/evidence-service';
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

export const SAMPLE_CASE2_TITLE = '示例二：解放南路某便利店店外经营（证据链未完成）';

/**
 * Case 1 is complete: captures reviewed (the edited, mismatched and clock-less ones refused with reasons), the
 * party confirmed, the order to correct served and ignored, the facts notified and the statement period over.
 * Case 2 is deliberately incomplete — only captured and ordered to correct — so its verdict names what is missing.
 * Without the sample data (`data: false`) both cases stop after the import of their captures.
 */
export async function seedSampleIfNew(ws: Workspace, options: { data?: boolean } = {}): Promise<{ seeded: boolean; caseId: string | null; case2Id: string | null }> {
  if (ws.isInitialised) return { seeded: false, caseId: null, case2Id: null };
  ws.updateSettings({ operator: SAMPLE_OPERATOR, zone: 'Asia/Shanghai', jurisdiction: SAMPLE_JURISDICTION });
  const cases = new CaseService(ws);
  const importer = new ImportService(ws);
  const first = cases.create(SAMPLE_CASE_TITLE, 'shop-outside-business');
  await importer.importPaths(first.id, await sampleFiles('captures'));
  const second = cases.create(SAMPLE_CASE2_TITLE, 'shop-outside-business');
  await importer.importPaths(second.id, await sampleFiles('captures-case2'));
  if (options.data ?? true) {
    await importSampleDatasets(ws);
    completeCase1(ws, first.id);
    new NoticeService(ws).add(second.id, { kind: 'correction-order', served: '2026-07-03T15:00', method: 'direct', deadlineDays: 3, consent: null, content: null, facts: '在解放南路660号店门外摆放货物经营' });
  }
  return { seeded: true, caseId: first.id, case2Id: second.id };
}

async function sampleFiles(folder: string): Promise<string[]> {
  const dir = join(resourcesDir(), 'sample', folder);
  return (await readdir(dir)).filter((f) => !f.endsWith('.md')).sort().map((f) => join(dir, f));
}

function completeCase1(ws: Workspace, caseId: string): void {
  const reviews = new ReviewService(ws);
  const items = new EvidenceService(ws).list(caseId);
  const byName = (name: string): string => (items.find((i) => i.sourceName === name) as { id: string }).id;
  const pass = { authentic: true, clear: true, complete: true, accurate: true, note: null };
  for (const name of ['cam-0612-0915.jpg', 'cam-0612-0947.jpg', 'patrol-0620-1002.jpg']) reviews.review(caseId, byName(name), pass);
  reviews.setMeta(caseId, byName('patrol-0620-1002.jpg'), { method: 'mobile-capture', operator: '李巡查' });
  reviews.review(caseId, byName('patrol-0620-1003-edited.jpg'), { ...pass, authentic: false, note: '文件经 Adobe Photoshop 保存，非原始文件，不作为证据' });
  reviews.review(caseId, byName('phone-gps-mismatch.jpg'), { ...pass, accurate: false, note: 'GPS 时间与拍摄时间相差约 3 小时，时间不准确' });
  reviews.review(caseId, byName('clock-not-set.jpg'), { ...pass, accurate: false, note: '设备时钟未设置，无拍摄时间' });
  const parties = new PartyService(ws);
  const top = parties.candidates(caseId).candidates[0];
  if (top) parties.confirm(caseId, top.ref);
  const notices = new NoticeService(ws);
  notices.add(caseId, { kind: 'correction-order', served: '2026-06-12T14:00', method: 'direct', deadlineDays: 3, consent: null, content: null, facts: '在解放南路654号店门外摆放水果经营' });
  const facts = notices.add(caseId, { kind: 'facts-notice', served: '2026-06-21T09:00', method: 'direct', deadlineDays: 3, consent: null, content: null, facts: '于2026年6月12日、6月20日在解放南路654号店门外摆放水果经营，经责令限期改正逾期未改正' });
  notices.recordNoStatement(facts.id);
}

export async function importSampleDatasets(ws: Workspace): Promise<void> {
  const dir = join(resourcesDir(), 'sample', 'data');
  const list = SampleDatasets.parse(JSON.parse(await readFile(join(dir, 'datasets.json'), 'utf8')));
  for (const d of list) {
    await importDataset(ws, join(dir, d.file), { kind: d.kind, crs: d.crs, encoding: d.encoding, department: d.department, exportedOn: d.exportedOn });
  }
}
