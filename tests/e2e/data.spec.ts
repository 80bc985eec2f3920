// The departments' data end to end: the sample case without its datasets, each sample export imported through
// the wizard (encodings, CRS, rejected rows with reasons, the problems CSV), the record browser's masking and
// audited opening, and the party found from those records, confirmed and audit-logged. Also a file without a
// required column: the wizard marks it, and the core refuses the import if it is forced.

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chooseFile, describeFile, sampleManifest, wizard } from './helpers/data-wizard';
import type { ManifestEntry } from './helpers/data-wizard';
import { expect, SAMPLE_DATA, SCREENSHOTS, test } from './helpers/host';

/** The ground truth the sample-data generator writes (README.md, in machine-readable form). */
interface GroundTruth {
  party: { merchantId: string; sign: string; manager: string; uscc: string };
  grids: Record<'街' | '片区' | '街道' | '建成区', { code: string; name: string }>;
  neighbours: { sign: string }[];
  badRows: Record<string, { row?: number; feature?: number; field?: string; expect?: string }[]>;
}

/** What the wizard should detect in each file (README.md's table of files). */
const ENCODINGS: Record<string, string> = {
  'business-registry.csv': 'GBK / GB18030',
  'street-merchants.csv': 'GBK / GB18030',
  'grids.geojson': 'UTF-8',
  'cameras.csv': 'UTF-8（带 BOM）',
  'vehicles.xlsx': 'Excel 内置',
};

async function sampleData(): Promise<{ manifest: ManifestEntry[]; truth: GroundTruth }> {
  const manifest = await sampleManifest();
  const truth = JSON.parse(await readFile(join(SAMPLE_DATA, 'sample-party.json'), 'utf8')) as GroundTruth;
  return { manifest, truth };
}

/** The rows the ground truth says must be refused outright (as opposed to kept with a warning). */
function mustReject(truth: GroundTruth, file: string): { row: number; field: string | null }[] {
  return (truth.badRows[file] ?? [])
    .filter((b) => b.feature !== undefined || /^(row rejected|duplicate key)/.test(b.expect ?? ''))
    .map((b) => ({ row: b.row ?? b.feature ?? 0, field: b.feature !== undefined ? '几何图形' : (b.field ?? null) }));
}

test.describe('department data', () => {
  test.use({ sampleData: false });

  test('imports the sample datasets, browses records, and identifies and confirms the party', async ({ page, host }) => {
    test.setTimeout(240_000);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.goto(host.url);
    await page.getByRole('link', { name: '部门数据' }).click();
    await expect(page).toHaveURL(/#\/data$/);
    await expect(page.getByRole('heading', { level: 1, name: '部门数据' })).toBeVisible();
    await expect(page.getByText('还没有导入任何部门数据')).toBeVisible();

    const { manifest, truth } = await sampleData();
    expect(manifest.map((d) => d.kind).sort()).toEqual(['business', 'camera', 'grid', 'merchant', 'vehicle']);
    for (const d of manifest) {
      await chooseFile(page, join(SAMPLE_DATA, d.file), d.file);
      await describeFile(page, d);
      await wizard(page).getByRole('button', { name: '下一步：预览' }).click();
      await expect(wizard(page).getByTestId('detected-encoding')).toHaveText(ENCODINGS[d.file] ?? '?');
      await expect(wizard(page).getByTestId('missing-required')).toHaveCount(0);
      const rows = Number(await wizard(page).getByTestId('preview-rows').innerText());
      expect(rows).toBeGreaterThan(0);
      if (d.kind === 'merchant') {
        // The GB18030 file reads as Chinese, and the personal field is marked.
        await expect(wizard(page).getByTestId('sample-table')).toContainText('JJSH');
        await expect(wizard(page).getByTestId('mapping-table').locator('tr[data-field="phone"]')).toContainText('个人信息');
        await page.screenshot({ path: join(SCREENSHOTS, 'import-wizard.png') });
      }
      await wizard(page).getByRole('button', { name: '开始导入' }).click();
      const result = wizard(page).getByTestId('data-import-result');
      await expect(result).toContainText('导入完成', { timeout: 60_000 });
      await expect(result).toContainText(`读取 ${rows} 行`);
      const rejects = mustReject(truth, d.file);
      const rejectedCount = Number(/拒收 (\d+) 处/.exec(await result.getByTestId('result-rejected').innerText())?.[1]);
      expect(rejectedCount).toBeGreaterThanOrEqual(rejects.length);
      const imported = Number(/导入 (\d+) 行/.exec(await result.getByTestId('result-imported').innerText())?.[1]);
      expect(imported).toBeLessThanOrEqual(rows - rejects.length);
      for (const { row, field } of rejects) {
        const line = result.getByTestId('problem-row').filter({ has: page.getByRole('cell', { name: String(row), exact: true }) });
        await expect(line.filter({ hasText: '拒收' })).not.toHaveCount(0);
        if (field) await expect(line.filter({ hasText: field })).not.toHaveCount(0);
      }
      await wizard(page).getByRole('button', { name: '完成' }).click();
      await expect(wizard(page)).toHaveCount(0);
    }

    // Every version with its provenance.
    const versions = page.getByTestId('version-row');
    await expect(versions).toHaveCount(5);
    const merchants = versions.filter({ hasText: 'street-merchants.csv' });
    await expect(merchants).toContainText('临街商户');
    await expect(merchants).toContainText('现行');
    await expect(merchants).toContainText('椒江区综合行政执法局 临街商户管理系统');
    await expect(merchants).toContainText('2026年6月1日');
    await expect(merchants).toContainText('GCJ-02');
    await expect(merchants).toContainText('GBK / GB18030');
    const merchantSha = createHash('sha256').update(await readFile(join(SAMPLE_DATA, 'street-merchants.csv'))).digest('hex');
    await expect(merchants.getByTestId('short-hash')).toHaveText(`${merchantSha.slice(0, 8)}…${merchantSha.slice(-4)}`);
    await expect(merchants.getByTestId('short-hash')).toHaveAttribute('title', new RegExp(merchantSha));

    // The registry's problem rows, with their raw cells, and the same as CSV.
    await versions.filter({ hasText: 'business-registry.csv' }).getByRole('button', { name: '问题行' }).click();
    const problems = page.getByTestId('problems-dialog');
    const [badRow] = mustReject(truth, 'business-registry.csv');
    if (!badRow) throw new Error('the ground truth names no rejected registry row');
    const bad = problems.getByTestId('problem-row').filter({ has: page.getByRole('cell', { name: String(badRow.row), exact: true }) });
    await expect(bad).toHaveCount(1);
    await expect(bad).toContainText('拒收');
    await expect(bad.locator('.raw-cell').first()).toBeVisible();
    const downloading = page.waitForEvent('download');
    await problems.getByRole('button', { name: '下载 CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.startsWith('行号,字段')).toBe(true);
    expect(csv).toMatch(new RegExp(`\\r\\n${badRow.row},`));
    await problems.getByRole('button', { name: '关闭', exact: true }).last().click();
    await expect(problems).toHaveCount(0);

    // The record browser masks personal data; opening a record shows it in full and says it is audited.
    const browser = page.getByTestId('record-browser');
    await browser.getByLabel('搜索').fill('老王');
    await browser.getByLabel('类别').selectOption({ label: '临街商户' });
    const laowang = browser.getByTestId('record-item').filter({ hasText: truth.party.sign });
    await expect(laowang).toHaveCount(1);
    const masked = laowang.locator('[data-field="phone"] .mono');
    await expect(masked).toHaveText(/^1\d{2}\*{4}\d{4}$/);
    const maskedPhone = await masked.innerText();
    await laowang.click();
    const record = browser.getByTestId('record-detail');
    await expect(record).toContainText('查看完整信息将记入审计日志');
    const fullPhone = record.locator('[data-field="phone"] dd');
    await expect(fullPhone).toHaveText(/^1\d{10}$/);
    const phone = await fullPhone.innerText();
    expect(`${phone.slice(0, 3)}****${phone.slice(7)}`).toBe(maskedPhone);
    await expect(record.locator('[data-field="manager"]')).toContainText(truth.party.manager);
    await expect(record).toContainText(truth.party.merchantId);
    await page.getByRole('heading', { name: '记录查询' }).scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1366, height: 1100 });
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'data-screen.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The sample case. A plate read on a capture is validated in place.
    await page.getByRole('link', { name: '案件', exact: true }).click();
    await page.getByTestId('case-row').filter({ hasText: '示例：椒江区某水果店店外经营' }).getByRole('link').click();
    await page.getByTestId('gallery').getByRole('button', { name: /cam-0612-0915\.jpg/ }).click();
    const plate = page.getByTestId('plate-form');
    await plate.getByLabel('号牌').fill('浙I12345');
    await plate.getByRole('button', { name: '记录' }).click();
    await expect(plate.getByRole('alert')).toContainText('无效');
    await expect(plate.getByLabel('号牌')).toHaveAttribute('aria-invalid', 'true');
    await plate.getByLabel('号牌').fill('浙j·12345');
    await plate.getByRole('button', { name: '记录' }).click();
    await expect(plate.getByTestId('plate-message')).toHaveText('已记录：浙J12345');

    // Where the captures were taken, who is near, and the party confirmed.
    await page.getByRole('tab', { name: '当事人' }).click();
    const party = page.getByTestId('party-panel');
    await expect(party.getByText('尚未确认当事人')).toBeVisible();
    const chain = party.getByTestId('grid-chain').first();
    const levels = chain.locator('.grid-level');
    await expect(levels).toHaveCount(4);
    // The 街 features name their leader in a 街长 column, the levels above in 网格长: both reach the leader field.
    await expect(levels.nth(0)).toContainText(truth.grids['街'].name);
    await expect(levels.nth(0)).toContainText('街长 郑敏云');
    await expect(levels.nth(1)).toContainText(truth.grids['片区'].name);
    await expect(levels.nth(1)).toContainText('网格长');
    await expect(levels.nth(2)).toContainText(truth.grids['街道'].name);
    await expect(levels.nth(3)).toContainText(truth.grids['建成区'].name);
    await expect(party.getByTestId('capture-location').filter({ hasText: 'E001' })).toContainText('照片 GPS');
    // The Dahua camera wrote no GPS: its registered position stands in, and the panel says so.
    await expect(party.getByTestId('capture-location').filter({ hasText: 'E003' })).toContainText('固定监控登记位置');

    const first = party.getByTestId('candidate').first();
    await expect(first).toContainText(truth.party.sign);
    await expect(first.getByTestId('corroborated')).toHaveText('双来源印证');
    await expect(first.getByTestId('candidate-distance')).toHaveText(/^\d+ 米$/);
    await expect(first).toContainText(truth.party.uscc);
    await expect(party.getByTestId('candidate').nth(1)).toContainText(truth.neighbours[0]?.sign ?? '?');
    await first.getByRole('button', { name: '确认为当事人' }).click();
    const confirmed = party.getByTestId('confirmed-party');
    await expect(confirmed.getByTestId('confirmed-party-name')).toHaveText(truth.party.sign);
    await expect(confirmed.getByTestId('corroborated')).toBeVisible();
    await expect(confirmed.getByTestId('snapshot-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(confirmed).toContainText('示例办案人员');
    await expect(first).toContainText('已确认');
    await page.screenshot({ path: join(SCREENSHOTS, 'party-panel.png') });

    await page.getByRole('tab', { name: '审计记录' }).click();
    await expect(page.getByTestId('audit-panel').getByRole('row').filter({ hasText: '确认当事人' })).toHaveCount(1);
  });
});

test.describe('a file without a required column', () => {
  test.use({ sample: false });

  test('the wizard marks the missing field, and a forced import is refused with the reason', async ({ page, host }) => {
    await mkdir(host.scratch, { recursive: true });
    const file = join(host.scratch, 'merchants-no-sign.csv');
    await writeFile(file, '\uFEFF编号,地址,经度,纬度,电话\r\nJJSH900001,解放南路1号,121.42,28.65,13800000000\r\n');

    await page.goto(host.url);
    await page.getByRole('link', { name: '部门数据' }).click();
    await chooseFile(page, file, 'merchants-no-sign.csv');
    await wizard(page).getByLabel('数据类别').selectOption({ label: '临街商户' });
    await wizard(page).getByRole('button', { name: '下一步：预览' }).click();

    const w = wizard(page);
    await expect(w.getByTestId('missing-required')).toContainText('店招名称');
    await expect(w.getByTestId('mapping-table').locator('tr[data-field="signName"]')).toHaveAttribute('data-missing', 'true');
    await expect(w.getByTestId('mapping-table').locator('tr[data-field="signName"]')).toContainText('缺少');
    await expect(w.getByLabel('店招名称', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(w.getByLabel('商户编号', { exact: true })).toHaveValue('编号');
    await expect(w.getByRole('button', { name: '开始导入' })).toHaveCount(0);

    // Giving the field a column clears the mark; taking it away brings it back.
    await w.getByLabel('店招名称', { exact: true }).selectOption('地址');
    await expect(w.getByTestId('missing-required')).toHaveCount(0);
    await expect(w.getByRole('button', { name: '开始导入' })).toBeVisible();
    await w.getByLabel('店招名称', { exact: true }).selectOption({ label: '（不导入）' });
    await expect(w.getByTestId('missing-required')).toBeVisible();

    await w.getByRole('button', { name: '仍要导入' }).click();
    const result = w.getByTestId('data-import-result');
    await expect(result).toContainText('导入被拒绝', { timeout: 30_000 });
    await expect(result).toContainText('找不到必需的列');
    await expect(result).toContainText('店招名称');
    await w.getByRole('button', { name: '完成' }).click();
    await expect(page.getByText('还没有导入任何部门数据')).toBeVisible();
  });
});
