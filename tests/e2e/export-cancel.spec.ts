// Cancelling an export from the dialog. The case holds 400 captures (made and imported with the CLI before the
// host starts), so laying out the PDF takes seconds. 取消导出 is pressed twice: before the export call has answered
// (its answer held back until then), and while the pages are laid out. Each time the dialog says nothing was
// written, the exports folder is empty and the audit log has no export; run a third time, the export finishes.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCaptures } from '../helpers/captures';
import { cli as runCli } from './helpers/cli';
import { expect, test } from './helpers/host';
import type { Prepare } from './helpers/host';

const COUNT = 400;
const PASSPHRASE = 'cancel-e2e';
const REASON = '测试取消导出';

const cli = (workspace: string, ...args: string[]): Promise<string> => runCli(workspace, args, { CASECHAIN_TEST_PASSPHRASE: PASSPHRASE });

let caseId = '';
const prepare: Prepare = {
  run: async ({ workspace, scratch }) => {
    writeCaptures(join(scratch, 'captures'), COUNT);
    await cli(workspace, 'init');
    caseId = (JSON.parse(await cli(workspace, 'case', 'new', '--title', '大量抓拍', '--type', 'shop-outside-business', '--json')) as { id: string }).id;
    await cli(workspace, 'import', 'photos', '--case', caseId, join(scratch, 'captures'), '--json');
    await cli(workspace, 'keys', 'test-cert', '--out', join(scratch, 'test.p12'), '--passphrase-env', 'CASECHAIN_TEST_PASSPHRASE');
    await cli(workspace, 'keys', 'import', join(scratch, 'test.p12'), '--passphrase-env', 'CASECHAIN_TEST_PASSPHRASE');
  },
};

test.describe.configure({ timeout: 150_000 });
test.use({ sample: false, prepare });

test('an export cancelled before its job answers or while it lays out writes nothing and logs nothing; run again, it finishes', async ({ page, host }) => {
  const exportsDir = join(host.workspace, 'exports');
  const exported = async (): Promise<string[]> => readdir(exportsDir).catch(() => []);

  await page.goto(`${host.url}#/case/${caseId}`);
  await expect(page.getByTestId('evidence-count')).toContainText(String(COUNT));
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('certificate')).toBeVisible();
  await dialog.getByLabel('仍要导出的理由').fill(REASON);
  const cancelledAndNothingWritten = async (): Promise<void> => {
    await expect(dialog.getByTestId('export-cancelled')).toContainText('没有写入任何文件', { timeout: 30_000 });
    await expect(dialog.getByTestId('export-result')).toHaveCount(0);
    expect(await exported()).toEqual([]);
    const audit = JSON.parse(await cli(host.workspace, 'audit', 'list', '--json')) as { action: string }[];
    expect(audit.filter((e) => e.action === 'casefile.export')).toEqual([]);
  };

  // 1. Cancelled before the export call has even answered (the passphrase is still being checked): the answer is
  //    held back until the cancel is pressed, and the job is cancelled the moment it exists.
  let release: () => void = () => undefined;
  const clicked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/casefile.export', async (route) => {
    const response = await route.fetch();
    await clicked;
    await route.fulfill({ response });
  });
  await dialog.getByLabel('证书密码').fill(PASSPHRASE);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await dialog.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-cancel')).toHaveText('正在取消…');
  release();
  await cancelledAndNothingWritten();
  await page.unroute('**/api/casefile.export');

  // 2. Cancelled while it lays out the 400 pages of captures.
  await dialog.getByLabel('证书密码').fill(PASSPHRASE);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-progress')).toHaveAttribute('data-step', 'laying-out', { timeout: 30_000 });
  await dialog.getByTestId('export-cancel').click();
  await cancelledAndNothingWritten();

  // The form is back: the same export, not cancelled, finishes and is logged.
  await dialog.getByLabel('证书密码').fill(PASSPHRASE);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-result')).toBeVisible({ timeout: 60_000 });
  expect((await exported()).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  const after = JSON.parse(await cli(host.workspace, 'audit', 'list', '--json')) as { action: string }[];
  expect(after.filter((e) => e.action === 'casefile.export')).toHaveLength(1);
});
