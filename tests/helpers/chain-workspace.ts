// A template workspace with the sample departments' datasets imported once, copied per chain scenario: importing
// the five files takes seconds, copying the folder milliseconds. A copy is only taken while no command has the
// workspace open, so the database file is whole (SQLite checkpoints the WAL when the last connection closes).
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli';
import { cliOk, cliOkJson } from './chain-cli-async';

export const SAMPLE_DATA = join(ROOT, 'resources', 'sample', 'data');

/** The bureau's area used by every scenario: the whole 椒江 sample district and a margin. */
export const JURISDICTION = '28.55,121.3,28.8,121.6';

interface DatasetEntry {
  file: string;
  kind: string;
  crs: string;
  department: string;
  exportedOn: string;
}

export interface SampleRefs {
  /** 老王水果店, the street-merchant record of the sample party (JJSH001484). */
  shop: string;
  /** A company-owned truck from vehicles.xlsx and its owner. */
  truck: { plate: string; ref: string; owner: string };
}

export const ws = (dir: string): string[] => ['--workspace', dir];

/** Creates the template: operator and jurisdiction, then every file of datasets.json with its provenance. */
export async function makeTemplate(dir: string): Promise<SampleRefs> {
  await cliOk([...ws(dir), 'init', '--operator', '张三', '--jurisdiction', JURISDICTION, '--json']);
  const manifest = JSON.parse(readFileSync(join(SAMPLE_DATA, 'datasets.json'), 'utf8')) as DatasetEntry[];
  // One at a time: each import is a write transaction on the same database.
  for (const d of manifest) {
    await cliOk([...ws(dir), 'import', 'data', '--kind', d.kind, '--crs', d.crs, '--department', d.department, '--exported', d.exportedOn, join(SAMPLE_DATA, d.file), '--json']);
  }
  // Record refs are row ids of this workspace, the same in every copy of it.
  const [shops, trucks] = await Promise.all([
    cliOkJson<{ ref: string; key: string }[]>([...ws(dir), 'data', 'search', 'JJSH001484', '--kind', 'merchant', '--json']),
    cliOkJson<{ ref: string; key: string; name: string }[]>([...ws(dir), 'data', 'search', '渣土', '--kind', 'vehicle', '--json']),
  ]);
  const shop = shops.find((r) => r.key === 'JJSH001484');
  if (!shop) throw new Error('sample party JJSH001484 not found after import');
  const truck = trucks.find((r) => /有限公司$/.test(r.name));
  if (!truck) throw new Error('no company-owned 渣土 truck in vehicles.xlsx');
  return { shop: shop.ref, truck: { plate: truck.key, ref: truck.ref, owner: truck.name } };
}

/** Copies a closed workspace folder (database, originals, thumbnails) to a new place. */
export function copyWorkspace(from: string, to: string): string {
  // A WAL left behind means a command still has the database open (or died): the copy could be torn.
  if (existsSync(join(from, 'workspace.db-wal'))) throw new Error(`${from} is still open (workspace.db-wal exists); copy it only between commands`);
  cpSync(from, to, { recursive: true });
  return to;
}
