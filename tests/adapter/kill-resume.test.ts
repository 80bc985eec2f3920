// A capture import killed with SIGKILL part-way (power cut, task manager, OOM killer) must leave a workspace
// that is consistent and complete as far as it got: every recorded original is stored whole under its hash,
// nothing half-written sits at a final name, the audit chain verifies, and running the same import again
// finishes the rest, counting what was already in as duplicates.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureBytes } from '../helpers/captures';
import { BIN, ROOT, cli, cliEnv, cliJson } from '../helpers/cli';
import { tempDir } from '../helpers/temp';


/** Enough files, big enough, that the import takes a few seconds and the kill lands mid-batch. */
const TOTAL = 400;
const PADDING_BYTES = 240_000;

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

interface ImportJson {
  imported: number;
  duplicates: number;
  rejected: { path: string; reason: string }[];
  cancelled?: boolean;
}

let tmp: ReturnType<typeof tempDir>;
let inputDir: string;
let wsCounter = 0;

beforeAll(() => {
  tmp = tempDir('casechain-kill-');
  inputDir = join(tmp.path, 'captures');
  mkdirSync(inputDir);
  for (let i = 0; i < TOTAL; i++) writeFileSync(join(inputDir, `cap-${String(i).padStart(5, '0')}.jpg`), captureBytes(i, { paddingBytes: PADDING_BYTES }));
});
afterAll(() => tmp.cleanup());

function newWorkspace(): { ws: string; caseId: string } {
  const ws = join(tmp.path, `ws-${++wsCounter}`);
  cliJson(['--workspace', ws, 'init', '--operator', '张三', '--json']);
  const { id } = cliJson<{ id: string }>(['--workspace', ws, 'case', 'new', '--title', '断电测试', '--json']);
  return { ws, caseId: id };
}

function readDb<T>(ws: string, fn: (db: Database.Database) => T): T {
  const db = new Database(join(ws, 'workspace.db'), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const countEvidence = (db: Database.Database): number => (db.prepare('SELECT COUNT(*) AS n FROM evidence').get() as { n: number }).n;

function startImport(ws: string, caseId: string): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, '--workspace', ws, 'import', 'photos', '--case', caseId, inputDir, '--json'], {
    cwd: ROOT,
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

/**
 * Runs the import and SIGKILLs it once the case holds at least `atRows` evidence rows (polling the DB through a
 * read-only connection, as WAL allows beside a writer). Returns the number of rows the killed run left.
 */
async function importAndKill(ws: string, caseId: string, atRows: number): Promise<number> {
  const run = startImport(ws, caseId);
  let exitedEarly: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  void run.exited.then((e) => (exitedEarly = e));
  const db = new Database(join(ws, 'workspace.db'), { readonly: true, fileMustExist: true });
  try {
    const deadline = Date.now() + 40_000;
    while (countEvidence(db) < atRows) {
      if (exitedEarly !== null) throw new Error(`the import ended before reaching ${atRows} rows: ${JSON.stringify(exitedEarly)} ${run.stderr()}`);
      if (Date.now() > deadline) throw new Error(`the import did not reach ${atRows} rows in time`);
      await new Promise((r) => setTimeout(r, 3));
    }
    run.child.kill('SIGKILL');
  } finally {
    db.close();
  }
  expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
  return readDb(ws, countEvidence);
}

/** Every file under a folder, recursively, with its path relative to it. */
function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel))) {
    const r = rel === '' ? name : join(rel, name);
    if (statSync(join(dir, r)).isDirectory()) out.push(...listFiles(dir, r));
    else out.push(r);
  }
  return out;
}

/** The invariants that must hold after any crash; returns how many originals are stored. */
function expectConsistent(ws: string, caseId: string): number {
  const originalsDir = join(ws, 'originals');
  const { originals, evidence, orphans, importEntries } = readDb(ws, (db) => ({
    originals: db.prepare('SELECT sha256, size, metadata_json FROM originals').all() as { sha256: string; size: number; metadata_json: string }[],
    evidence: db.prepare('SELECT case_id, sha256 FROM evidence').all() as { case_id: string; sha256: string }[],
    orphans: (db.prepare('SELECT COUNT(*) AS n FROM evidence e LEFT JOIN originals o ON o.sha256 = e.sha256 WHERE o.sha256 IS NULL').get() as { n: number }).n,
    importEntries: (db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'evidence.import'`).get() as { n: number }).n,
  }));

  // Every recorded original is stored whole, under its own hash.
  for (const o of originals) {
    const file = join(originalsDir, o.sha256.slice(0, 2), o.sha256);
    const bytes = readFileSync(file);
    expect(bytes.length, file).toBe(o.size);
    expect(sha256(bytes), file).toBe(o.sha256);
    if ((JSON.parse(o.metadata_json) as { hasThumbnail?: boolean }).hasThumbnail) {
      const thumb = readFileSync(join(ws, 'thumbnails', `${o.sha256}.jpg`));
      expect([thumb[0], thumb[1], thumb[thumb.length - 2], thumb[thumb.length - 1]], `thumbnail of ${o.sha256}`).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    }
  }
  // Every evidence item points at a recorded original, in this case, and each has its audit entry.
  expect(orphans).toBe(0);
  for (const e of evidence) expect(e.case_id).toBe(caseId);
  expect(importEntries).toBe(evidence.length);

  // Nothing at a final name is partial: a stored file without a row is allowed, a damaged one is not.
  const stored = listFiles(originalsDir);
  for (const rel of stored) {
    const [prefix, name] = rel.split('/');
    expect(name, rel).toMatch(/^[0-9a-f]{64}$/);
    expect(prefix, rel).toBe(name?.slice(0, 2));
    expect(sha256(readFileSync(join(originalsDir, rel))), rel).toBe(name);
  }
  expect(stored.length).toBeGreaterThanOrEqual(originals.length);

  const verify = cli(['--workspace', ws, 'audit', 'verify', '--json']);
  expect(verify.status, verify.stdout + verify.stderr).toBe(0);
  expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  return stored.length;
}

function expectResumeCompletes(ws: string, caseId: string, rowsBefore: number): void {
  const summary = cliJson<ImportJson>(['--workspace', ws, 'import', 'photos', '--case', caseId, inputDir, '--json']);
  expect(summary.rejected).toEqual([]);
  expect(summary.duplicates).toBe(rowsBefore);
  expect(summary.imported + rowsBefore).toBe(TOTAL);
  expect(listFiles(join(ws, 'tmp'))).toEqual([]);
  expect(expectConsistent(ws, caseId)).toBe(TOTAL);
  expect(readDb(ws, countEvidence)).toBe(TOTAL);
}

describe('an import killed with SIGKILL', () => {
  it.each([
    { moment: 'right after the first file', atRows: 1 },
    { moment: 'half-way', atRows: TOTAL / 2 },
    { moment: 'near the end', atRows: TOTAL - 40 },
  ])('$moment leaves a consistent workspace, and importing again completes it', async ({ atRows }) => {
    const { ws, caseId } = newWorkspace();
    const rowsBefore = await importAndKill(ws, caseId, atRows);
    expect(rowsBefore).toBeGreaterThanOrEqual(atRows);
    expect(rowsBefore).toBeLessThan(TOTAL);
    expectConsistent(ws, caseId);
    expectResumeCompletes(ws, caseId, rowsBefore);
  });

  it('killed again while resuming, several times, still completes', async () => {
    const { ws, caseId } = newWorkspace();
    let rows = 0;
    for (const atRows of [60, 180, 300]) {
      rows = await importAndKill(ws, caseId, atRows);
      expect(rows).toBeLessThan(TOTAL);
      expectConsistent(ws, caseId);
    }
    expectResumeCompletes(ws, caseId, rows);
  });
});
