// The whole story in one test, on the bundled sample workspace (its departments' data left out, so it too is
// imported here): a handler opens the workspace, creates a case, imports the patrol's three captures, imports the
// departments' exports, reviews the captures, confirms the party, records the order to correct, the facts notice
// and the silent statement period, watches the chain become complete, and exports the signed case file; a
// reviewer opens that file and sees every check pass, and the same file with one byte changed fails.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { answerAll, caseRow, caseTab, chainElement, chainPanel } from './helpers/chain';
import { chooseFile, describeFile, sampleManifest, wizard } from './helpers/data-wizard';
import { createTestCertificate, exportDialog, exportWith, flipByteInside, PASSPHRASE, verifyCheck } from './helpers/export';
import { expect, REPO_ROOT, SAMPLE_DATA, test } from './helpers/host';

const CAPTURES_DIR = join(REPO_ROOT, 'resources', 'sample', 'captures-case2');
const CAPTURES = ['patrol-0703-1002.jpg', 'patrol-0703-1048.jpg', 'patrol-0708-0931.jpg'];
const TITLE = '解放南路660号便利店店外经营';
const ELEMENTS = ['act', 'time', 'place', 'party', 'device', 'procedure'];

const tile = (page: Page, seq: string): Locator => page.getByTestId('gallery').getByRole('button', { name: new RegExp(`^${seq} `) });
const noticeForm = (page: Page): Locator => page.getByTestId('notice-form');

async function serveNotice(page: Page, fixLabel: string, kind: string, served: string, facts: string): Promise<void> {
  await caseTab(page, '证据链').click();
  await chainElement(page, 'procedure').getByRole('button', { name: fixLabel }).click();
  await expect(caseTab(page, '文书')).toHaveAttribute('aria-selected', 'true');
  const form = noticeForm(page);
  await expect(form.getByLabel('文书种类')).toHaveValue(kind);
  await form.getByLabel('送达时间').fill(served);
  await form.getByLabel('送达方式').selectOption('direct');
  await form.getByLabel('期限（天）').fill('3');
  await form.getByLabel(/违法事实/).fill(facts);
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(form).toHaveCount(0);
}

test.use({ sampleData: false });

test('a case from import to a signed, verified case file — and one changed byte caught', async ({ page, host }) => {
  test.setTimeout(300_000);

  // The workspace opens on the bundled sample cases.
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();
  await expect(page.getByTestId('case-row')).toHaveCount(2);

  // A new case, and the patrol's captures imported into it.
  await page.getByRole('button', { name: '新建案件' }).click();
  await page.getByLabel('案件名称').fill(TITLE);
  await page.getByLabel('违法事项（可选）').selectOption({ label: '店外经营' });
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const caseUrl = page.url();
  const caseId = /#\/case\/(C\d{4}-\d{4})$/.exec(caseUrl)?.[1] ?? '';
  expect(caseId).toMatch(/^C\d{4}-0003$/);
  await page.getByTestId('file-input').setInputFiles(CAPTURES.map((f) => join(CAPTURES_DIR, f)));
  const imported = page.getByTestId('import-result');
  await expect(imported).toContainText('导入完成', { timeout: 30_000 });
  await expect(imported).toContainText('新导入 3 件');
  await expect(page.getByTestId('evidence-count')).toHaveText('证据 3 件');
  await expect(chainPanel(page).getByTestId('chain-verdict')).toHaveAttribute('data-complete', 'false');

  // The departments' exports, through the wizard.
  await page.getByRole('link', { name: '部门数据' }).click();
  for (const d of await sampleManifest()) {
    await chooseFile(page, join(SAMPLE_DATA, d.file), d.file);
    await describeFile(page, d);
    await wizard(page).getByRole('button', { name: '下一步：预览' }).click();
    await expect(wizard(page).getByTestId('missing-required')).toHaveCount(0);
    await wizard(page).getByRole('button', { name: '开始导入' }).click();
    await expect(wizard(page).getByTestId('data-import-result')).toContainText('导入完成', { timeout: 60_000 });
    await wizard(page).getByRole('button', { name: '完成' }).click();
    await expect(wizard(page)).toHaveCount(0);
  }
  await expect(page.getByTestId('version-row')).toHaveCount(5);

  // Back to the case: review each capture from the chain's fix buttons.
  await page.getByRole('link', { name: '案件', exact: true }).click();
  await caseRow(page, TITLE).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  for (const seq of ['E001', 'E002', 'E003']) {
    await caseTab(page, '证据链').click();
    await chainElement(page, 'act').getByRole('button', { name: `审核 ${seq}` }).click();
    await expect(tile(page, seq)).toHaveAttribute('aria-pressed', 'true');
    const review = page.getByTestId('review-section');
    await answerAll(review, {});
    await review.getByRole('button', { name: '提交审核' }).click();
    await expect(review.getByTestId('current-review')).toContainText('审核通过');
  }
  await caseTab(page, '证据链').click();
  await expect(chainElement(page, 'act')).toContainText('E001、E002、E003');

  // The party the captures point at, from the imported registers.
  await chainElement(page, 'party').getByRole('button', { name: '确认当事人' }).click();
  const top = page.getByTestId('party-panel').getByTestId('candidate').first();
  await expect(top).toContainText('好邻居便利店');
  await top.getByRole('button', { name: '确认为当事人' }).click();
  await expect(page.getByTestId('confirmed-party-name')).toHaveText('好邻居便利店');

  // The notices: the order to correct (ignored, as the re-capture shows), then the facts notice, then no statement.
  await serveNotice(page, '登记责令限期改正通知书', 'correction-order', '2026-07-03T15:00', '在解放南路660号店门外摆放货物经营');
  await serveNotice(page, '登记违法事实告知书', 'facts-notice', '2026-07-09T10:00', '于2026年7月3日、7月8日在解放南路660号店门外摆放货物经营，经责令限期改正逾期未改正');
  const facts = page.getByTestId('notice').filter({ hasText: '违法事实告知书' });
  await facts.getByRole('button', { name: '记录未收到陈述申辩' }).click();
  await expect(facts.getByTestId('notice-statement')).toContainText('期限内未收到陈述申辩');

  // The chain is complete, element by element, and the case list says so.
  await caseTab(page, '证据链').click();
  const verdict = chainPanel(page).getByTestId('chain-verdict');
  await expect(verdict).toHaveAttribute('data-complete', 'true');
  for (const id of ELEMENTS) await expect(chainElement(page, id)).toHaveAttribute('data-state', 'proved');

  // Export the signed case file with a test certificate.
  await page.getByTestId('export-open').click();
  await createTestCertificate(page);
  await expect(exportDialog(page).getByTestId('export-complete')).toContainText('证据链完整');
  await exportWith(page, PASSPHRASE);
  const result = exportDialog(page).getByTestId('export-result');
  await expect(result).toContainText('案卷已签名导出', { timeout: 60_000 });
  const fileName = (await result.getByTestId('export-file-name').textContent()) ?? '';
  expect(fileName).toMatch(new RegExp(`^案卷-${caseId}-\\d{8}T\\d{6}\\.pdf$`));
  const downloading = page.waitForEvent('download');
  await exportDialog(page).getByTestId('export-download').click();
  const pdf = await readFile(await (await downloading).path());

  // The reviewer's screen on that file: every check passes.
  await exportDialog(page).getByTestId('export-open-verify').click();
  await expect(page.getByTestId('verify-outcome')).toHaveText('通过', { timeout: 30_000 });
  const checks = page.getByTestId('verify-check');
  const total = await checks.count();
  expect(total).toBeGreaterThanOrEqual(12);
  await expect(page.locator('[data-testid="verify-check"][data-ok="false"]')).toHaveCount(0);
  await expect(page.getByTestId('verify-case-id')).toHaveText(caseId);
  await expect(page.getByTestId('verify-evidence-row')).toHaveCount(3);
  await expect(page.locator('[data-testid="verify-element"][data-state="proved"]')).toHaveCount(6);

  // The same file with one byte changed inside the first capture fails, naming that evidence.
  await mkdir(host.scratch, { recursive: true });
  const changedPath = join(host.scratch, `changed-${fileName}`);
  await writeFile(changedPath, flipByteInside(pdf, await readFile(join(CAPTURES_DIR, CAPTURES[0] ?? ''))));
  await page.getByTestId('nav-verify').click();
  await page.getByTestId('verify-file-input').setInputFiles(changedPath);
  await expect(page.getByTestId('verify-outcome')).toHaveText('未通过', { timeout: 30_000 });
  await expect(page.getByTestId('verify-intact')).toHaveAttribute('data-ok', 'false');
  await expect(verifyCheck(page, 'message-digest')).toHaveAttribute('data-ok', 'false');
  await expect(verifyCheck(page, 'evidence-1')).toHaveAttribute('data-ok', 'false');
  await expect(verifyCheck(page, 'evidence-2')).toHaveAttribute('data-ok', 'true');
  await expect(checks).toHaveCount(total);

  // Back home, the case reads as exported.
  await page.getByRole('link', { name: '案件', exact: true }).click();
  await expect(caseRow(page, TITLE).getByTestId('status-badge')).toHaveText('已导出');
});
