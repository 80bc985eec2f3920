// The data and party commands, run as a user (or another tool) would: exact JSON shapes and exit codes.
import iconv from 'iconv-lite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, cliJson } from '../helpers/cli';
import { tempDir } from '../helpers/temp';
import { uscc } from '../helpers/usccs';

const DATA = join(ROOT, 'resources', 'sample', 'data');
const CAPTURES = join(ROOT, 'resources', 'sample', 'captures');
let tmp: ReturnType<typeof tempDir>;
let ws: string;
let caseId: string;

interface DataJson {
  dataset: string;
  version: number;
  imported: number;
  rejected: { row: number; field: string; reason: string }[];
}

beforeAll(() => {
  tmp = tempDir('casechain-cli-data-');
  ws = join(tmp.path, 'ws');
  cliJson(['--workspace', ws, 'init', '--operator', '张三', '--jurisdiction', '28.55,121.3,28.8,121.6', '--json']);
  caseId = cliJson<{ id: string }>(['--workspace', ws, 'case', 'new', '--title', '店外经营', '--json']).id;
  cliJson(['--workspace', ws, 'import', 'photos', '--case', caseId, CAPTURES, '--json']);
}, 60_000);
afterAll(() => tmp.cleanup());

describe('casechain import data', () => {
  it('imports a GBK CSV and prints the contract shape with exactly the rejected rows', () => {
    const file = join(tmp.path, 'mixed.csv');
    const good = uscc(2);
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const rows = ['统一社会信用代码,名称,住所/经营场所,登记状态,成立日期', `${uscc(1)},甲店,解放南路1号,存续,2015-03-02`, `${wrongCheck},乙店,解放南路2号,存续,2015-03-02`, `${uscc(3)},,解放南路3号,存续,2015-03-02`];
    writeFileSync(file, iconv.encode(rows.join('\r\n'), 'gbk'));
    const out = cliJson<DataJson>(['--workspace', ws, 'import', 'data', '--kind', 'business', '--department', '测试局', '--exported', '2026-05-31', file, '--json']);
    expect(out).toMatchObject({ dataset: 'business:测试局', version: 1, imported: 1 });
    expect(out.rejected.map((r) => [r.row, r.field])).toEqual([[3, 'uscc'], [4, 'name']]);
    const again = cliJson<DataJson>(['--workspace', ws, 'import', 'data', '--kind', 'business', '--department', '测试局', file, '--json']);
    expect(again.version).toBe(2);
  });

  it('writes the rejected rows as CSV on request, and refuses bad options with exit 2', () => {
    const csv = join(tmp.path, 'rejected.csv');
    const file = join(tmp.path, 'x.csv');
    writeFileSync(file, `统一社会信用代码,名称\n123,坏\n`);
    cliJson(['--workspace', ws, 'import', 'data', '--kind', 'business', '--department', 'x', file, '--rejected-csv', csv, '--json']);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFF行号,字段,级别,原因,原始数据\r\n2,uscc,拒收,/);
    expect(cli(['--workspace', ws, 'import', 'data', '--kind', 'shops', file]).status).toBe(2);
    expect(cli(['--workspace', ws, 'import', 'data', '--kind', 'business', '--crs', 'utm', file]).status).toBe(2);
    const missing = cli(['--workspace', ws, 'import', 'data', '--kind', 'merchant', file, '--json']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/店招名称/);
  });
});

describe('casechain party', () => {
  it('finds, explains and confirms the sample party from the sample datasets', () => {
    const manifest = JSON.parse(readFileSync(join(DATA, 'datasets.json'), 'utf8')) as { file: string; kind: string; crs: string; department: string; exportedOn: string }[];
    for (const d of manifest) {
      cliJson(['--workspace', ws, 'import', 'data', '--kind', d.kind, '--crs', d.crs, '--department', d.department, '--exported', d.exportedOn, join(DATA, d.file), '--json']);
    }
    const result = cliJson<{ locations: { seq: number; basis: string; grids: { level: string }[] }[]; candidates: { ref: string; name: string; corroborated: boolean; explanation: { zh: string } }[] }>(
      ['--workspace', ws, 'party', 'candidates', '--case', caseId, '--json'],
    );
    expect(result.candidates[0]).toMatchObject({ name: '老王水果店', corroborated: true });
    expect(result.locations.every((l) => l.grids.length === 4)).toBe(true);
    const plain = cli(['--workspace', ws, 'party', 'candidates', '--case', caseId]);
    expect(plain.stdout).toMatch(/老王水果店/);
    const ref = result.candidates[0]?.ref as string;
    const party = cliJson<{ ref: string; name: string; snapshotSha256: string }>(['--workspace', ws, 'party', 'confirm', '--case', caseId, '--record', ref, '--json']);
    expect(party).toMatchObject({ ref, name: '老王水果店' });
    const audit = cliJson<{ action: string; details: { snapshotSha256?: string } }[]>(['--workspace', ws, 'audit', 'list', '--case', caseId, '--json']);
    expect(audit.find((e) => e.action === 'party.confirm')?.details.snapshotSha256).toBe(party.snapshotSha256);
    expect(cli(['--workspace', ws, 'party', 'confirm', '--case', caseId, '--record', 'R999999']).status).toBe(1);
  });
});
