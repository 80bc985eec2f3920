// The `casechain` command line as other tools see it: the real bin/casechain.mjs in a child process, against
// temp workspaces. Command names, options, --json shapes and exit codes are a contract; these tests pin them.
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notAnImage, zeroBytes } from '../fixtures/make-bad-files';
import { writeCaptures } from '../helpers/captures';
import { ROOT, cli, cliJson } from '../helpers/cli';
import type { CliRun } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const SAMPLES = join(ROOT, 'resources', 'sample', 'captures');

interface ImportJson {
  imported: number;
  duplicates: number;
  rejected: { path: string; reason: string }[];
}

interface VerifyJson {
  ok: boolean;
  entries: number;
  headHash: string;
  problems: { kind: string; seq: number; en: string; zh: string }[];
}

let tmp: ReturnType<typeof tempDir>;
let counter = 0;
/** A fresh, not yet created workspace folder. */
const newWs = (): string => join(tmp.path, `ws-${++counter}`);

/** A workspace with an operator, one case and `captures` imported captures; returns its folder and case id. */
function workspaceWithCase(captures = 0): { ws: string; caseId: string } {
  const ws = newWs();
  cliJson(['--workspace', ws, 'init', '--operator', '张三', '--json']);
  const { id } = cliJson<{ id: string }>(['--workspace', ws, 'case', 'new', '--title', '店外经营 某路 12 号', '--json']);
  if (captures > 0) {
    const files = writeCaptures(join(ws, '..', `in-${counter}`), captures);
    expect(cliJson<ImportJson>(['--workspace', ws, 'import', 'photos', '--case', id, ...files, '--json'])).toMatchObject({ imported: captures });
  }
  return { ws, caseId: id };
}

function withDb(ws: string, fn: (db: Database.Database) => void): void {
  const db = new Database(join(ws, 'workspace.db'));
  try {
    fn(db);
  } finally {
    db.close();
  }
}

beforeAll(() => {
  tmp = tempDir('casechain-cli-');
});
afterAll(() => tmp.cleanup());

describe('casechain init', () => {
  it('creates the workspace, records the operator and defaults the zone to Asia/Shanghai', () => {
    const ws = newWs();
    const out = cliJson<Record<string, unknown>>(['--workspace', ws, 'init', '--operator', '李四', '--json']);
    expect(out).toMatchObject({ workspace: ws, operator: '李四', zone: 'Asia/Shanghai' });
    expect(cliJson(['--workspace', ws, 'init', '--zone', 'Asia/Urumqi', '--json'])).toMatchObject({ operator: '李四', zone: 'Asia/Urumqi' });
  });

  it('prints plain text without --json', () => {
    const r = cli(['--workspace', newWs(), 'init', '--operator', '王五']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('王五');
    expect(r.stdout).toContain('Asia/Shanghai');
  });

  it('refuses an unknown zone with exit 2 and says why', () => {
    const r = cli(['--workspace', newWs(), 'init', '--zone', 'Mars/Olympus', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Mars\/Olympus/);
  });
});

describe('casechain case', () => {
  it('new prints the id (plain and --json) and list returns the cases with their fields', () => {
    const ws = newWs();
    cliJson(['--workspace', ws, 'init', '--operator', '张三', '--json']);
    const plain = cli(['--workspace', ws, 'case', 'new', '--title', '堆放物料', '--type', 'ZJ-SR-012']);
    expect(plain.status).toBe(0);
    const firstId = plain.stdout.trim();
    expect(firstId).toMatch(/^C\d{4}-\d{4}$/);
    const { id: secondId } = cliJson<{ id: string }>(['--workspace', ws, 'case', 'new', '--title', '店外经营', '--json']);
    expect(secondId).not.toBe(firstId);

    const list = cliJson<{ id: string; title: string; type: string | null; createdAt: string }[]>(['--workspace', ws, 'case', 'list', '--json']);
    expect(list.map((c) => c.id)).toEqual([secondId, firstId]); // newest first
    const byId = new Map(list.map((c) => [c.id, c]));
    expect(byId.get(firstId)).toMatchObject({ title: '堆放物料', type: 'ZJ-SR-012' });
    expect(byId.get(secondId)).toMatchObject({ title: '店外经营', type: null });
    for (const c of list) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'title', 'type', 'createdAt', 'evidenceCount']));
      expect(Number.isNaN(Date.parse(c.createdAt))).toBe(false);
    }
  });

  it('case new without --title is a usage error (exit 2)', () => {
    const ws = newWs();
    const r = cli(['--workspace', ws, 'case', 'new', '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--title/);
  });

  it('selects the workspace by CASECHAIN_WORKSPACE, by --workspace before the subcommand, and by --workspace after it', () => {
    const envWs = newWs();
    const flagWs = newWs();
    const env = { CASECHAIN_WORKSPACE: envWs };
    const { id: inEnv } = cliJson<{ id: string }>(['case', 'new', '--title', 'env', '--json'], env);
    // The global option wins over the environment.
    const { id: inFlag } = cliJson<{ id: string }>(['--workspace', flagWs, 'case', 'new', '--title', 'flag', '--json'], env);
    // Placed after the subcommand it is still the global option.
    const { id: inFlagAfter } = cliJson<{ id: string }>(['case', 'new', '--workspace', flagWs, '--title', 'flag-after', '--json'], env);
    expect(cliJson<{ id: string }[]>(['case', 'list', '--json'], env).map((c) => c.id)).toEqual([inEnv]);
    const flagCases = cliJson<{ id: string; title: string }[]>(['case', 'list', '--workspace', flagWs, '--json']);
    expect(flagCases.map((c) => c.title).sort()).toEqual(['flag', 'flag-after']);
    expect(flagCases.map((c) => c.id).sort()).toEqual([inFlag, inFlagAfter].sort());
  });

  it('refuses a workspace written by a newer CaseChain, with a clear message, and leaves it untouched', () => {
    const { ws } = workspaceWithCase();
    withDb(ws, (db) => db.pragma('user_version = 99'));
    const r = cli(['--workspace', ws, 'case', 'list', '--json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/newer/);
    expect(r.stderr).toMatch(/99/);
    withDb(ws, (db) => expect(db.pragma('user_version', { simple: true })).toBe(99));
  });
});

describe('casechain import photos', () => {
  it('imports good captures, rejects bad files by path with a reason, exits 0, and counts a re-import as duplicates', () => {
    const { ws, caseId } = workspaceWithCase();
    const dir = join(tmp.path, `mixed-${counter}`);
    const good = writeCaptures(dir, 6);
    const empty = join(dir, 'empty.jpg');
    const html = join(dir, 'expired-snapshot.jpg');
    writeFileSync(empty, zeroBytes());
    writeFileSync(html, notAnImage());

    const first = cliJson<ImportJson>(['--workspace', ws, 'import', 'photos', '--case', caseId, dir, '--json']);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['imported', 'duplicates', 'rejected', 'cancelled']));
    expect(first.imported).toBe(good.length);
    expect(first.duplicates).toBe(0);
    const reasons = new Map(first.rejected.map((r) => [r.path, r.reason]));
    expect([...reasons.keys()].sort()).toEqual([empty, html].sort());
    expect(reasons.get(empty)).toMatch(/empty|空文件/);
    expect(reasons.get(html)).toMatch(/unsupported|不支持/);

    const again = cliJson<ImportJson>(['--workspace', ws, 'import', 'photos', '--case', caseId, dir, '--json']);
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBe(good.length);
    expect(again.rejected.map((r) => r.path).sort()).toEqual([empty, html].sort());

    const cases = cliJson<{ id: string; evidenceCount: number }[]>(['--workspace', ws, 'case', 'list', '--json']);
    expect(cases.find((c) => c.id === caseId)?.evidenceCount).toBe(good.length);
  });

  it('names each rejected file and its reason in plain output, and rejects a missing path without failing the batch', () => {
    const { ws, caseId } = workspaceWithCase();
    const dir = join(tmp.path, `plain-${counter}`);
    mkdirSync(dir);
    const [good] = writeCaptures(dir, 1);
    const html = join(dir, 'not-a-photo.jpg');
    writeFileSync(html, notAnImage());
    const missing = join(dir, 'gone.jpg');
    const r = cli(['--workspace', ws, 'import', 'photos', '--case', caseId, good as string, html, missing]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/imported: 1\b/);
    expect(r.stdout).toMatch(/rejected: 2\b/);
    expect(r.stdout).toMatch(/not-a-photo\.jpg: .*(unsupported|不支持)/);
    expect(r.stdout).toMatch(/gone\.jpg: .*(不存在|no such file)/);
  });

  it('refuses an unknown case id with a clear error, a non-zero exit and no JSON', () => {
    const { ws } = workspaceWithCase();
    const files = writeCaptures(join(tmp.path, `unknown-${counter}`), 1);
    const r = cli(['--workspace', ws, 'import', 'photos', '--case', 'C2099-9999', ...files, '--json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/C2099-9999/);
    expect(r.stderr).toMatch(/no case|不存在/);
    expect(cliJson<VerifyJson>(['--workspace', ws, 'audit', 'verify', '--json']).entries).toBe(2);
  });
});

describe('casechain inspect', () => {
  interface Inspected {
    path: string;
    sha256: string;
    mediaType: string;
    capturedAt: string | null;
    timeBasis: string;
    gps: { lat: number; lon: number; altitude: number | null } | null;
    gpsTime: string | null;
    device: { make: string | null; model: string | null; serial: string | null };
    width: number | null;
    height: number | null;
    warnings: string[];
  }
  const HIK = { make: 'Hikvision', model: 'DS-2CD3T47EWD-L', serial: 'DS-2CD3T47EWD-L20230511AACHF12345' };
  const HUAWEI = { make: 'HUAWEI', model: 'ELS-AN00', serial: null };
  // From resources/sample/captures/README.md.
  const expected: Record<string, Omit<Inspected, 'path' | 'mediaType'>> = {
    'cam-0612-0915.jpg': {
      sha256: 'c5a19e353e6596842640699db9fe536071d6e8024614540343e297906e7ebc5c',
      capturedAt: '2026-06-12T09:15:32.250+08:00',
      timeBasis: 'exif-offset',
      gps: { lat: 28.656462, lon: 121.420768, altitude: null },
      gpsTime: null,
      device: HIK,
      width: 1600,
      height: 1200,
      warnings: [],
    },
    'cam-0612-0947.jpg': {
      sha256: '686d83df5c0a6b07ca5ac3f9963d7c2f1106f4cddfb6cdc3fb9faedc7ca633eb',
      capturedAt: '2026-06-12T09:47:32.040+08:00',
      timeBasis: 'assumed-zone',
      gps: { lat: 28.656462, lon: 121.420768, altitude: null },
      gpsTime: null,
      device: HIK,
      width: 1600,
      height: 1200,
      warnings: ['time-zone-assumed'],
    },
    'patrol-0620-1002.jpg': {
      sha256: '1ccd6cd4f4ad702deba8e511710d581034d954c82bd9b2d05e95d4a4e4c497ca',
      capturedAt: '2026-06-20T10:02:11.318+08:00',
      timeBasis: 'exif-offset',
      gps: { lat: 28.656481, lon: 121.420829, altitude: 4.2 },
      gpsTime: '2026-06-20T02:02:11Z',
      device: HUAWEI,
      width: 1600,
      height: 1200,
      warnings: [],
    },
    'patrol-0620-1003-edited.jpg': {
      sha256: '61bc1ca81e273ba6f3e27da0c04a8060f4578e9128f2963cc036044d88b033a8',
      capturedAt: '2026-06-20T10:03:05.072+08:00',
      timeBasis: 'exif-offset',
      gps: { lat: 28.656478, lon: 121.420836, altitude: 4.3 },
      gpsTime: '2026-06-20T02:03:05Z',
      device: HUAWEI,
      width: 1200,
      height: 1600,
      warnings: ['edited-modify-date', 'edited-software'],
    },
    'phone-gps-mismatch.jpg': {
      sha256: '5c56cee9ae42b961fbedbdf38198c3510b3a347ddc140b4adff4e884aa798fd3',
      capturedAt: '2026-06-20T10:05:40.511+08:00',
      timeBasis: 'exif-offset',
      gps: { lat: 28.656486, lon: 121.420795, altitude: 4 },
      gpsTime: '2026-06-19T23:05:40Z',
      device: { make: 'Xiaomi', model: '2211133C', serial: null },
      width: 1600,
      height: 1200,
      warnings: ['gps-time-mismatch'],
    },
    'clock-not-set.jpg': {
      sha256: '79ace4aaabb6dd628ae50d9070c2ab00887d248cdab87aafdcc5f15ae4fc3071',
      capturedAt: null,
      timeBasis: 'none',
      gps: null,
      gpsTime: null,
      device: { make: 'Dahua', model: 'DH-IPC-HFW2431S-S-S2', serial: '6J0A8B7PAG4C2D1' },
      width: 1280,
      height: 960,
      warnings: ['clock-not-set'],
    },
  };
  const names = Object.keys(expected);
  const files = names.map((n) => join(SAMPLES, n));
  let byTz: Record<'UTC' | 'Asia/Shanghai', string>;

  beforeAll(() => {
    const run = (tz: string): string => {
      const r = cli(['inspect', ...files, '--json'], { TZ: tz });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    byTz = { UTC: run('UTC'), 'Asia/Shanghai': run('Asia/Shanghai') };
  });

  it('gives identical JSON whatever the process time zone', () => {
    expect(byTz.UTC).toBe(byTz['Asia/Shanghai']);
  });

  it.each(names)('reads %s as its README says', (name) => {
    const results = JSON.parse(byTz.UTC) as Inspected[];
    expect(results).toHaveLength(names.length);
    const r = results.find((x) => x.path === join(SAMPLES, name));
    const want = expected[name];
    if (r === undefined || want === undefined) throw new Error(`no inspect result for ${name}`);
    expect(r.mediaType).toBe('image/jpeg');
    expect(r.sha256).toBe(want.sha256);
    expect(r.capturedAt).toBe(want.capturedAt);
    expect(r.timeBasis).toBe(want.timeBasis);
    expect([...r.warnings].sort()).toEqual(want.warnings);
    expect(r.device).toEqual(want.device);
    expect({ width: r.width, height: r.height }).toEqual({ width: want.width, height: want.height });
    if (want.gps === null) expect(r.gps).toBeNull();
    else {
      expect(r.gps?.lat).toBeCloseTo(want.gps.lat, 6);
      expect(r.gps?.lon).toBeCloseTo(want.gps.lon, 6);
      if (want.gps.altitude === null) expect(r.gps?.altitude).toBeNull();
      else expect(r.gps?.altitude).toBeCloseTo(want.gps.altitude, 3);
    }
    if (want.gpsTime === null) expect(r.gpsTime).toBeNull();
    else expect(Date.parse(r.gpsTime ?? '')).toBe(Date.parse(want.gpsTime));
  });

  it('has every contract field on every result', () => {
    for (const r of JSON.parse(byTz.UTC) as Record<string, unknown>[]) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['path', 'sha256', 'mediaType', 'capturedAt', 'timeBasis', 'gps', 'gpsTime', 'device', 'width', 'height', 'warnings']),
      );
    }
  });

  it('prints one line per file without --json', () => {
    const r = cli(['inspect', join(SAMPLES, 'cam-0612-0947.jpg')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('cam-0612-0947.jpg');
    expect(r.stdout).toContain('time-zone-assumed');
  });
});

describe('casechain audit verify', () => {
  const verify = (ws: string, json = true): CliRun => cli(['--workspace', ws, 'audit', 'verify', ...(json ? ['--json'] : [])]);
  const AUDIT_COLUMNS = ['at', 'actor', 'action', 'subject', 'details_json', 'prev_hash', 'hash'] as const;

  it('passes on an intact log (exit 0)', () => {
    const { ws } = workspaceWithCase(3);
    const r = verify(ws);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as VerifyJson;
    // init, case.create, 3 × evidence.import, import.batch
    expect(out).toMatchObject({ ok: true, entries: 6, problems: [] });
    expect(out.headHash).toMatch(/^[0-9a-f]{64}$/);
    const plain = verify(ws, false);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/intact/);
  });

  it('fails (exit 1) naming the entry when an entry was edited', () => {
    const { ws } = workspaceWithCase(2);
    withDb(ws, (db) => db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'x' WHERE seq = 2`));
    const r = verify(ws);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as VerifyJson;
    expect(out.ok).toBe(false);
    expect(out.problems).toEqual([expect.objectContaining({ kind: 'hash-mismatch', seq: 2 })]);
    const plain = verify(ws, false);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toMatch(/Entry 2 does not match its hash/);
    expect(plain.stdout).toMatch(/第 2 条/);
  });

  it('fails (exit 1) naming the entry when an entry was deleted', () => {
    const { ws } = workspaceWithCase(2);
    withDb(ws, (db) => db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3'));
    const r = verify(ws);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as VerifyJson;
    expect(out.ok).toBe(false);
    expect(out.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'sequence-gap', seq: 4 }),
        expect.objectContaining({ kind: 'broken-link', seq: 4 }),
      ]),
    );
    const plain = verify(ws, false);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toMatch(/entry 4; expected 3/);
  });

  it('fails (exit 1) naming the entries when two entries were swapped', () => {
    const { ws } = workspaceWithCase(2);
    withDb(ws, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      const read = db.prepare(`SELECT ${AUDIT_COLUMNS.join(', ')} FROM audit_log WHERE seq = ?`);
      const write = db.prepare(`UPDATE audit_log SET ${AUDIT_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`);
      const two = read.get(2) as Record<string, unknown>;
      const three = read.get(3) as Record<string, unknown>;
      db.transaction(() => {
        write.run({ ...three, seq: 2 });
        write.run({ ...two, seq: 3 });
      })();
    });
    const r = verify(ws);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as VerifyJson;
    expect(out.ok).toBe(false);
    const seqs = new Set(out.problems.map((p) => p.seq));
    expect(seqs.has(2)).toBe(true);
    expect(seqs.has(3)).toBe(true);
    const plain = verify(ws, false);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toMatch(/Entry 2 /);
    expect(plain.stdout).toMatch(/Entry 3 /);
  });
});

describe('workspace creation and audit anchoring', () => {
  it('says on stderr when a command had to create the workspace (a mistyped --workspace shows)', () => {
    const dir = join(tmp.path, 'typo-ws');
    const r = cli(['--workspace', dir, 'audit', 'verify', '--json']);
    expect(r.stderr).toMatch(/created a new workspace/);
  });

  it('detects entries cut off the end of the log', () => {
    const dir = join(tmp.path, 'truncated');
    cliJson(['--workspace', dir, 'init', '--operator', '张三', '--json']);
    cliJson(['--workspace', dir, 'case', 'new', '--title', 'a', '--json']);
    cliJson(['--workspace', dir, 'case', 'new', '--title', 'b', '--json']);
    const db = new Database(join(dir, 'workspace.db'));
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)').run();
    db.close();
    const r = cli(['--workspace', dir, 'audit', 'verify', '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { problems: { kind: string }[] };
    expect(out.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['truncated', 'missing-entry']));
  });

  it('numbers cases past 9,999 in a year', () => {
    const dir = join(tmp.path, 'many');
    cliJson(['--workspace', dir, 'init', '--json']);
    const first = cliJson<{ id: string }>(['--workspace', dir, 'case', 'new', '--title', 'a', '--json']).id;
    const db = new Database(join(dir, 'workspace.db'));
    const year = first.slice(1, 5);
    db.prepare("INSERT INTO cases VALUES (?, 't', NULL, '2026-01-01T00:00:00Z', 'a')").run(`C${year}-9999`);
    db.close();
    expect(cliJson<{ id: string }>(['--workspace', dir, 'case', 'new', '--title', 'b', '--json']).id).toBe(`C${year}-10000`);
    expect(cliJson<{ id: string }>(['--workspace', dir, 'case', 'new', '--title', 'c', '--json']).id).toBe(`C${year}-10001`);
  });
});
