// The signed case file end to end, as `casechain demo`, `export` and `verify` make and check it, with the
// independent Debian tools as witnesses (each check skips, saying why, where its tool is absent).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const has = (tool: string): boolean => spawnSync('which', [tool]).status === 0;
const run = (tool: string, args: string[]): string => {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
};

interface DemoJson {
  pdf: string;
  sha256: string;
  pages: number;
  verified: boolean;
  complete: boolean;
}

let tmp: ReturnType<typeof tempDir>;
const demos: Record<'rsa' | 'ec', DemoJson> = {} as Record<'rsa' | 'ec', DemoJson>;

beforeAll(() => {
  tmp = tempDir('casechain-casefile-');
  for (const alg of ['rsa', 'ec'] as const) {
    const r = cli(['demo', '--out', join(tmp.path, alg), '--algorithm', alg, '--json']);
    expect(r.status, r.stderr).toBe(0);
    demos[alg] = JSON.parse(r.stdout) as DemoJson;
  }
}, 180_000);
afterAll(() => tmp.cleanup());

describe('casechain demo', () => {
  it('runs the whole pipeline and verifies its own output', () => {
    for (const d of Object.values(demos)) expect(d).toMatchObject({ complete: true, verified: true });
  });

  it.skipIf(!has('pdfsig'))('is a valid signature over the whole file for RSA and ECDSA, with a Chinese-named certificate (pdfsig)', () => {
    for (const d of Object.values(demos)) {
      const out = run('pdfsig', [d.pdf]);
      expect(out).toContain('Signature is Valid.');
      expect(out).toContain('Total document signed');
      expect(out).toContain('ETSI.CAdES.detached');
      expect(out).toContain('张三（测试）');
    }
  });

  it.skipIf(!has('qpdf') || !has('pdffonts') || !has('pdftotext') || !has('pdfdetach'))('passes qpdf, embeds subset fonts, has the Chinese text and the manifest', () => {
    const { pdf, pages } = demos.rsa;
    expect(run('qpdf', ['--check', pdf])).toContain('No syntax or stream encoding errors');
    const fonts = run('pdffonts', [pdf]).split('\n').filter((l) => /\+Noto/.test(l));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/yes\s+yes\s+yes/);
    const text = run('pdftotext', [pdf, '-']);
    for (const s of ['行政处罚案卷', '卷内目录', '证据清单', '老王水果店', `第 1 页 共 ${pages} 页`, '如何核验本案卷']) expect(text).toContain(s);
    expect(run('pdfdetach', ['-list', pdf])).toContain('casechain-manifest.json');
  });
});

describe('casechain verify', () => {
  it('passes with the signer trusted, and says a test certificate is untrusted without --trust', () => {
    const { pdf } = demos.rsa;
    const trusted = cli(['verify', pdf, '--trust', join(tmp.path, 'rsa', 'trust'), '--json']);
    expect(trusted.status).toBe(0);
    const untrusted = cli(['verify', pdf, '--json']);
    expect(untrusted.status).toBe(1);
    const checks = (JSON.parse(untrusted.stdout) as { intact: boolean; checks: { id: string; ok: boolean; message: string }[] });
    expect(checks.intact).toBe(true);
    expect(checks.checks.find((c) => c.id === 'certificate-trust')).toMatchObject({ ok: false });
  });

  it('fails one changed byte in an image stream, naming the evidence, and pdfsig agrees', () => {
    const { pdf } = demos.rsa;
    const bytes = new Uint8Array(readFileSync(pdf));
    const original = new Uint8Array(readFileSync(join(__dirname, '../../resources/sample/captures/cam-0612-0915.jpg')));
    const probe = Buffer.from(original.subarray(100_000, 100_032));
    const at = Buffer.from(bytes).indexOf(probe);
    expect(at).toBeGreaterThan(0);
    bytes[at + 10] = (bytes[at + 10] as number) ^ 0xff;
    const tampered = join(tmp.path, 'tampered.pdf');
    writeFileSync(tampered, bytes);
    const r = cli(['verify', tampered, '--trust', join(tmp.path, 'rsa', 'trust')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/证据 \d+（cam-0612-0915\.jpg）的哈希与清单不符/);
    if (has('pdfsig')) expect(run('pdfsig', [tampered])).toContain('Digest Mismatch');
  });

  it('fails bytes appended after signing, saying how many', () => {
    const appended = join(tmp.path, 'appended.pdf');
    writeFileSync(appended, Buffer.concat([readFileSync(demos.rsa.pdf), Buffer.alloc(2048, 0x20)]));
    const r = cli(['verify', appended, '--trust', join(tmp.path, 'rsa', 'trust')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('文件在签名后被追加了 2,048 字节');
  });
});

describe('casechain export', () => {
  it('refuses an incomplete case without a reason, and prints the reason when given', () => {
    const ws = join(tmp.path, 'rsa', 'workspace');
    const env = { CC_PASS: 'demo-pass' };
    cli(['--workspace', ws, 'keys', 'test-cert', '--out', join(tmp.path, 'k.p12'), '--passphrase-env', 'CC_PASS'], env);
    const refused = cli(['--workspace', ws, 'export', '--case', 'C2026-0002', '--out', join(tmp.path, 'c2.pdf'), '--p12', join(tmp.path, 'k.p12'), '--passphrase-env', 'CC_PASS', '--json'], env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('证据链不完整');
    const forced = cli(['--workspace', ws, 'export', '--case', 'C2026-0002', '--out', join(tmp.path, 'c2.pdf'), '--p12', join(tmp.path, 'k.p12'), '--passphrase-env', 'CC_PASS', '--override-incomplete', '当事人拒不配合，先行移送', '--package', join(tmp.path, 'c2.zip'), '--json'], env);
    expect(forced.status, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ complete: false, signer: expect.stringContaining('测试签名人') });
    if (has('pdftotext')) expect(run('pdftotext', [join(tmp.path, 'c2.pdf'), '-'])).toContain('当事人拒不配合，先行移送');
    const verified = cli(['verify', join(tmp.path, 'c2.pdf'), '--json']);
    const chain = (JSON.parse(verified.stdout) as { checks: { id: string; ok: boolean; message: string }[] }).checks.find((c) => c.id === 'chain-complete');
    expect(chain?.ok).toBe(false);
    const wrong = cli(['--workspace', ws, 'export', '--case', 'C2026-0001', '--out', join(tmp.path, 'x.pdf'), '--p12', join(tmp.path, 'k.p12'), '--passphrase-env', 'CC_PASS'], { CC_PASS: 'nope' });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/口令|passphrase/);
  });
});
