// The signed case file end to end: the handler creates a test certificate (said to have no legal effect), exports
// the complete sample case with its passphrase (a wrong one is refused at once), sees the file's pages, SHA-256
// and warnings, and opens it in the reviewer's screen, where every check passes — the test certificate is trusted
// by this workspace's trust folder. The PDF is downloaded through its link, one byte inside the first capture's
// JPEG stream is flipped, and the changed file, opened through the reviewer's file input, fails: the digest and
// evidence 1's hash, with every other check still listed. The incomplete sample case is refused without a reason
// and exported with one, which the reviewer's screen shows beside the failing chain-complete check. A .p12 made
// elsewhere is imported with its passphrase; what it signs is intact but not trusted, being outside the trust folder.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createTestCertificate, exportDialog, exportWith, flipByteInside, ORG, PASSPHRASE, SIGNER, verifyCheck } from './helpers/export';
import { expect, REPO_ROOT, SAMPLE_CAPTURES, SCREENSHOTS, test } from './helpers/host';

const CASE1 = 'C2026-0001';
const CASE2 = 'C2026-0002';
const REASON = '当事人拒不到场，先行报送法制审核';

const dialog = exportDialog;
const check = verifyCheck;

async function openCase(page: Page, caseId: string): Promise<void> {
  await page.getByTestId('case-row').filter({ hasText: caseId }).getByRole('link').click();
  await expect(page.getByTestId('evidence-count')).toBeVisible();
}

test.describe('signed case file', () => {
  test('exports the complete case with a test certificate, verifies it, and catches one changed byte', async ({ page, host }) => {
    test.setTimeout(120_000);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.goto(host.url);
    await openCase(page, CASE1);

    await page.getByTestId('export-open').click();
    await createTestCertificate(page);
    await expect(dialog(page).getByTestId('export-complete')).toContainText('证据链完整');

    // A wrong passphrase is refused by the call itself, with a message the handler can act on.
    await exportWith(page, 'not-the-passphrase');
    await expect(dialog(page).getByRole('alert')).toContainText('证书密码不正确');
    await expect(dialog(page).getByLabel('证书密码')).toHaveValue('');

    await exportWith(page, PASSPHRASE);
    const result = dialog(page).getByTestId('export-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result).toContainText('案卷已签名导出');
    await expect(result.getByTestId('export-pages')).toHaveText(/^\d+ 页$/);
    await expect(result.getByTestId('export-sha256')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(result.getByTestId('export-signer')).toContainText(`CN=${SIGNER}`);
    const warnings = result.getByTestId('export-warnings');
    await expect(warnings).toContainText('使用测试证书签名，不具法律效力');
    await expect(warnings).toContainText('签名时间为签名人计算机时钟');
    const fileName = (await result.getByTestId('export-file-name').textContent()) ?? '';
    expect(fileName).toMatch(/^案卷-C2026-0001-\d{8}T\d{6}\.pdf$/);
    const sha256 = (await result.getByTestId('export-sha256').textContent()) ?? '';
    await page.screenshot({ path: join(SCREENSHOTS, 'export.png') });

    // The download link serves exactly the file the export reported.
    const downloading = page.waitForEvent('download');
    await dialog(page).getByTestId('export-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(fileName);
    const pdf = await readFile(await download.path());
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha256);

    // Straight into the reviewer's screen on that file: every check passes.
    await dialog(page).getByTestId('export-open-verify').click();
    await expect(page).toHaveURL(/#\/verify\?path=/);
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByTestId('verify-outcome')).toHaveText('通过', { timeout: 30_000 });
    await expect(page.getByTestId('verify-intact')).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('verify-trusted')).toHaveAttribute('data-ok', 'true');
    const checks = page.getByTestId('verify-check');
    const total = await checks.count();
    expect(total).toBeGreaterThanOrEqual(15);
    await expect(page.locator('[data-testid="verify-check"][data-ok="false"]')).toHaveCount(0);
    await expect(check(page, 'certificate-trust')).toContainText('受信任');
    await expect(check(page, 'evidence-1')).toContainText('SHA-256 与清单一致');
    await expect(page.getByTestId('verify-signing-time')).toContainText('签名人计算机时钟');
    await expect(page.getByTestId('verify-signer')).toContainText('测试证书 · 不具法律效力');
    await expect(page.getByTestId('verify-case-id')).toHaveText(CASE1);
    await expect(page.getByTestId('verify-evidence-row')).toHaveCount(6);
    await expect(page.locator('[data-testid="verify-hash-check"][data-ok="true"]')).toHaveCount(6);
    await expect(page.getByTestId('verify-review').filter({ hasText: '未通过' })).toHaveCount(3);
    await expect(page.getByTestId('verify-element')).toHaveCount(6);
    await expect(page.locator('[data-testid="verify-element"][data-state="proved"]')).toHaveCount(6);
    await expect(page.getByTestId('verify-timeline').getByTestId('timeline-event').first()).toBeVisible();
    await expect(page.getByTestId('verify-dataset')).toHaveCount(2);
    await expect(page.getByTestId('verify-audit-head')).toHaveText(/^[0-9a-f]{64}$/);
    // The originals themselves, read from the file: every thumbnail loads.
    const thumbs = page.getByTestId('verify-original').locator('img');
    await expect(thumbs).toHaveCount(6);
    await expect.poll(() => thumbs.evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length), { timeout: 15_000 }).toBe(6);
    await page.setViewportSize({ width: 1366, height: 1500 });
    // Decoded, so the screenshot shows them.
    await thumbs.evaluateAll((imgs) => Promise.all(imgs.map((i) => (i as HTMLImageElement).decode())));
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-pass.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Evidence 4 (the upright phone photo) opened large: portrait, at 100 % the original's own pixels, the same
    // bytes as the capture imported (they hash to the manifest's value).
    await page.locator('[data-testid="verify-evidence-row"][data-no="4"]').getByTestId('verify-original').click();
    const original = page.getByTestId('verify-original-viewer');
    await expect(original.getByRole('heading', { name: '证据 4 · patrol-0620-1002.jpg' })).toBeVisible();
    await expect(original.getByTestId('verify-original-check')).toHaveAttribute('data-ok', 'true');
    await expect(original.getByTestId('viewer-image')).toBeVisible();
    await original.getByTestId('viewer-image').evaluate((i) => (i as HTMLImageElement).decode());
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-original.png') });
    await original.getByRole('button', { name: '原始大小' }).click();
    await expect.poll(async () => (await original.getByTestId('viewer-image').boundingBox())?.height).toBe(1600);
    expect((await original.getByTestId('viewer-image').boundingBox())?.width).toBe(1200);
    const served = await page.request.get(await original.getByTestId('viewer-image').evaluate((i) => (i as HTMLImageElement).src));
    expect(createHash('sha256').update(await served.body()).digest('hex')).toBe(createHash('sha256').update(await readFile(join(SAMPLE_CAPTURES, 'patrol-0620-1002.jpg'))).digest('hex'));
    await page.keyboard.press('ArrowRight');
    await expect(original.getByRole('heading', { name: '证据 5 · patrol-0620-1003-edited.jpg' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(original).toHaveCount(0);
    // Only files verified here are served: another path is refused.
    const refused = await page.request.get(`${host.origin}/verified/1?path=${encodeURIComponent(join(REPO_ROOT, 'package.json'))}`);
    expect(refused.status()).toBe(404);

    // The same report in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('verify-outcome')).toHaveText('Passed');
    await expect(check(page, 'evidence-1')).toContainText('SHA-256 matches the manifest');
    await expect(page.getByTestId('verify-signing-time')).toContainText('signer’s computer clock');
    await page.getByRole('button', { name: '中文' }).click();

    // Flip one byte in the middle of the first capture's JPEG, which the PDF holds byte for byte.
    const tampered = flipByteInside(pdf, await readFile(join(SAMPLE_CAPTURES, 'cam-0612-0915.jpg')));
    await mkdir(host.scratch, { recursive: true });
    const tamperedPath = join(host.scratch, `changed-${fileName}`);
    await writeFile(tamperedPath, tampered);

    await page.getByTestId('nav-verify').click();
    await expect(page).toHaveURL(/#\/verify$/);
    await page.getByTestId('verify-file-input').setInputFiles(tamperedPath);
    await expect(page.getByTestId('verify-file-name')).toHaveText(`changed-${fileName}`);
    await expect(page.getByTestId('verify-outcome')).toHaveText('未通过', { timeout: 30_000 });
    await expect(page.getByTestId('verify-intact')).toHaveAttribute('data-ok', 'false');
    await expect(check(page, 'message-digest')).toHaveAttribute('data-ok', 'false');
    await expect(check(page, 'message-digest')).toContainText('摘要不符');
    await expect(check(page, 'evidence-1')).toHaveAttribute('data-ok', 'false');
    await expect(check(page, 'evidence-1')).toContainText(/证据 1.*哈希与清单不符/);
    // Everything else is still checked and listed.
    await expect(checks).toHaveCount(total);
    for (const id of ['signature-present', 'byte-range', 'after-signing', 'signature-value', 'certificate-trust', 'manifest', 'evidence-2', 'evidence-6', 'chain-complete']) {
      await expect(check(page, id)).toHaveAttribute('data-ok', 'true');
    }
    const row1 = page.locator('[data-testid="verify-evidence-row"][data-no="1"]');
    await expect(row1.getByTestId('verify-hash-check')).toHaveText('✕ 不符');
    // The changed original is still shown, with the failed check beside it.
    await row1.getByTestId('verify-original').click();
    await expect(page.getByTestId('verify-original-viewer').getByTestId('verify-original-check')).toHaveAttribute('data-ok', 'false');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="verify-evidence-row"][data-no="2"]').getByTestId('verify-hash-check')).toHaveText('✓ 一致');
    await page.mouse.move(700, 700);
    await page.setViewportSize({ width: 1366, height: 1250 });
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-fail.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('refuses the incomplete case without a reason and exports it with one', async ({ page, host }) => {
    test.setTimeout(120_000);
    await page.goto(host.url);
    await openCase(page, CASE2);

    await page.getByTestId('export-open').click();
    await createTestCertificate(page);
    const incomplete = dialog(page).getByTestId('export-incomplete');
    await expect(incomplete).toContainText('证据链不完整');
    await expect(incomplete).toContainText('主体未证明');

    await exportWith(page, PASSPHRASE);
    const refused = dialog(page).getByTestId('export-refused');
    await expect(refused).toBeVisible({ timeout: 30_000 });
    await expect(refused).toContainText('案卷未导出');
    await expect(refused).toContainText('证据链不完整');
    await expect(refused).toContainText('请说明理由');
    await expect(dialog(page).getByTestId('export-result')).toHaveCount(0);

    await incomplete.getByLabel('仍要导出的理由').fill(REASON);
    await dialog(page).getByLabel('同时生成 ZIP 包（PDF、清单与原始文件），供只收文件的系统使用').check();
    await exportWith(page, PASSPHRASE);
    const result = dialog(page).getByTestId('export-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result).toContainText('证据链不完整，已说明理由');
    await expect(result.getByTestId('export-warnings')).toContainText(REASON);
    await expect(result.getByTestId('export-zip')).toHaveText(/^案卷-C2026-0002-\d{8}T\d{6}\.zip$/);

    await dialog(page).getByTestId('export-open-verify').click();
    await expect(page.getByTestId('verify-outcome')).toHaveText('未通过', { timeout: 30_000 });
    // The file is intact and its signer trusted; only the chain is incomplete, with the reason given.
    await expect(page.getByTestId('verify-intact')).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('verify-trusted')).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('verify-chain')).toHaveAttribute('data-ok', 'false');
    await expect(page.locator('[data-testid="verify-check"][data-ok="false"]')).toHaveCount(1);
    await expect(check(page, 'chain-complete')).toHaveAttribute('data-ok', 'false');
    await expect(check(page, 'chain-complete')).toContainText(REASON);
    await expect(page.getByTestId('verify-override')).toContainText(REASON);
    await expect(page.getByTestId('verify-case-id')).toHaveText(CASE2);
    await expect(page.locator('[data-testid="verify-element"][data-state="missing"]').first()).toBeVisible();
  });
});

test.describe('an imported certificate', () => {
  test('a .p12 is imported with its passphrase; a file it signs is intact but not trusted outside the trust folder', async ({ page, host }) => {
    test.setTimeout(120_000);
    // A PKCS#12 made elsewhere (here by the CLI), as a bureau's certificate file would be.
    await mkdir(host.scratch, { recursive: true });
    const p12 = join(host.scratch, 'signer.p12');
    await runCli(['keys', 'test-cert', '--name', '李四（测试）', '--org', ORG, '--algorithm', 'ec', '--out', p12, '--passphrase-env', 'P12_PASSPHRASE'], { P12_PASSPHRASE: PASSPHRASE });

    await page.goto(host.url);
    await openCase(page, CASE1);
    await page.getByTestId('export-open').click();
    const d = dialog(page);
    await expect(d.getByRole('tab', { name: '导入证书文件' })).toHaveAttribute('aria-selected', 'true');
    await d.getByTestId('key-file-input').setInputFiles(p12);
    await expect(d).toContainText('signer.p12');
    await d.getByLabel('证书文件的密码').fill('wrong-passphrase');
    await d.getByRole('button', { name: '导入证书' }).click();
    await expect(d.getByRole('alert')).toContainText('密码');
    await d.getByLabel('证书文件的密码').fill(PASSPHRASE);
    await d.getByRole('button', { name: '导入证书' }).click();
    await expect(d.getByTestId('certificate')).toContainText('李四（测试）');

    await exportWith(page, PASSPHRASE);
    await expect(d.getByTestId('export-result')).toBeVisible({ timeout: 30_000 });
    await d.getByTestId('export-open-verify').click();
    await expect(page.getByTestId('verify-outcome')).toHaveText('未通过', { timeout: 30_000 });
    await expect(page.getByTestId('verify-intact')).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('verify-trusted')).toHaveAttribute('data-ok', 'false');
    await expect(check(page, 'certificate-trust')).toHaveAttribute('data-ok', 'false');
    await expect(check(page, 'signature-value')).toContainText('ECDSA');
    await expect(page.locator('[data-testid="verify-check"][data-ok="false"]')).toHaveCount(1);
  });
});

function runCli(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/casechain.mjs', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`casechain ${args.join(' ')} exited ${code}: ${err}`))));
  });
}
