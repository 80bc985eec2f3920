// The import path end to end in a browser: the sample workspace, a new case filled through the file input (with
// one file that must be refused), the detail pane's times, places and warnings in both languages, and the
// host's token check.

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, SAMPLE_CAPTURES, SCREENSHOTS, test } from './helpers/host';

const SAMPLE_FILES = [
  'cam-0612-0915.jpg',
  'cam-0612-0947.jpg',
  'clock-not-set.jpg',
  'patrol-0620-1002.jpg',
  'patrol-0620-1003-edited.jpg',
  'phone-gps-mismatch.jpg',
];

const tiles = (page: Page) => page.getByTestId('gallery').getByRole('button');
const tile = (page: Page, fileName: string) => page.getByTestId('gallery').getByRole('button', { name: new RegExp(fileName.replace(/\./g, '\\.')) });
const detail = (page: Page) => page.getByTestId('detail-pane');

test.describe('sample workspace', () => {
  test('opens the sample case and shows each capture with its time basis, place and warnings', async ({ page, host }) => {
    await page.goto(host.url);

    await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();
    await expect(page.getByTestId('operator')).toHaveText('示例办案人员');
    await expect(page.getByTestId('workspace-path')).toHaveText(host.workspace);
    const row = page.getByTestId('case-row').filter({ hasText: '示例：椒江区某水果店店外经营' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('店外经营');
    await expect(row.getByTestId('status-badge')).toHaveText('证据链完整');
    await expect(row.getByTestId('case-evidence')).toHaveText(/^6/);
    await expect(row.getByTestId('case-evidence').locator('.case-warn')).toHaveText('!4');
    // The token leaves the address bar once it is kept for the tab.
    expect(new URL(page.url()).searchParams.get('token')).toBeNull();
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'case-list.png') });

    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: '示例：椒江区某水果店店外经营' })).toBeVisible();
    await expect(tiles(page)).toHaveCount(6);
    for (const name of SAMPLE_FILES) await expect(tile(page, name)).toBeVisible();
    await expect(tile(page, 'clock-not-set.jpg')).toContainText('无拍摄时间');
    await expect(tile(page, 'cam-0612-0915.jpg')).toContainText('2026年6月12日 09:15:32');

    // A fixed camera that wrote its zone: no warnings.
    await tile(page, 'cam-0612-0915.jpg').click();
    await expect(detail(page).getByTestId('captured-at')).toHaveText('2026年6月12日 09:15:32.250 (+08:00)');
    await expect(detail(page).getByTestId('time-basis')).toHaveText('设备记录时区 +08:00');
    await expect(detail(page).getByTestId('gps')).toContainText('28.656462° N');
    await expect(detail(page).getByTestId('gps')).toContainText('121.420768° E');
    await expect(detail(page)).toContainText('未发现问题');
    await expect(detail(page)).toContainText('DS-2CD3T47EWD-L20230511AACHF12345');
    await expect(detail(page).getByTestId('sha256')).toHaveText('c5a19e353e6596842640699db9fe536071d6e8024614540343e297906e7ebc5c');

    // The same camera without an offset tag: the zone is assumed, and the pane says so (40 ms, not 400).
    await tile(page, 'cam-0612-0947.jpg').click();
    await expect(detail(page).getByTestId('captured-at')).toHaveText('2026年6月12日 09:47:32.040 (+08:00)');
    await expect(detail(page).getByTestId('time-basis')).toHaveText('未记录时区，按 Asia/Shanghai 推定');
    await expect(detail(page).locator('[data-warning-code="time-zone-assumed"]')).toContainText('提示');

    // A clock that was never set: no time, a serious warning.
    await tile(page, 'clock-not-set.jpg').click();
    await expect(detail(page).getByTestId('captured-at')).toHaveText('无拍摄时间');
    await expect(detail(page).getByTestId('time-basis')).toHaveText('无拍摄时间');
    await expect(detail(page).getByTestId('gps')).toHaveText('文件中没有 GPS 定位');
    await expect(detail(page).locator('[data-warning-code="clock-not-set"]')).toContainText('设备时钟未设置');

    // The upright phone photo: orientation 6, displayed portrait.
    await tile(page, 'patrol-0620-1002.jpg').click();
    await expect(detail(page)).toContainText('1600 × 1200');
    await expect(detail(page)).toContainText('显示为 1200 × 1600');
    await expect(detail(page)).toContainText('6 · 顺时针旋转 90°');

    // The Photoshop copy: both "edited" warnings, in Chinese, most severe first.
    await tile(page, 'patrol-0620-1003-edited.jpg').click();
    await expect(detail(page).getByTestId('captured-at')).toHaveText('2026年6月20日 10:03:05.072 (+08:00)');
    await expect(detail(page).getByTestId('time-basis')).toHaveText('设备记录时区 +08:00');
    await expect(detail(page).getByTestId('gps')).toContainText('28.656478° N');
    await expect(detail(page).getByTestId('gps')).toContainText('121.420836° E');
    await expect(detail(page).getByTestId('gps')).toContainText('+4.3 m');
    await expect(detail(page).getByTestId('gps')).toContainText('WGS-84');
    await expect(detail(page).getByTestId('gps-time')).toHaveText('2026年6月20日 02:03:05 (UTC)');
    await expect(detail(page)).toContainText('Adobe Photoshop 25.0 (Windows)');
    const warnings = detail(page).locator('[data-warning-code]');
    await expect(warnings).toHaveCount(2);
    await expect(warnings.nth(0)).toContainText('严重');
    await expect(warnings.nth(0)).toContainText('文件由图像编辑软件保存过，可能已被修改');
    await expect(warnings.nth(1)).toContainText('警告');
    await expect(warnings.nth(1)).toContainText('文件修改时间晚于拍摄时间');
    await page.screenshot({ path: join(SCREENSHOTS, 'case-view.png') });

    // The audit panel lists the case's entries in chain order.
    await page.getByRole('tab', { name: '审计记录' }).click();
    const audit = page.getByTestId('audit-panel');
    await expect(audit.getByRole('row').filter({ hasText: '创建案件' })).toHaveCount(1);
    await expect(audit.getByRole('row').filter({ hasText: '导入证据' })).toHaveCount(6);
    await audit.getByRole('button', { name: '校验审计链' }).click();
    await expect(audit.getByRole('status')).toContainText('审计链完整');
  });
});

test.describe('new workspace', () => {
  test.use({ sample: false, timezoneId: 'America/New_York' });

  test('creates a case, imports through the file input, reports the rejected file, and switches to English', async ({ page, host }) => {
    await mkdir(host.scratch, { recursive: true });
    const bad = join(host.scratch, 'bad.jpg');
    await writeFile(bad, 'this is a text file, not a photo\n');

    await page.goto(host.url);
    await expect(page.getByText('还没有案件')).toBeVisible();

    await page.getByRole('button', { name: '新建案件' }).click();
    await page.getByLabel('案件名称').fill('测试：解放路某店占道经营');
    // The violations offered are the catalogue's.
    const type = page.getByLabel('违法事项（可选）');
    await expect(type.getByRole('option')).toHaveText(['暂不指定', '运输建筑垃圾沿途遗撒', '擅自堆放物料', '擅自设置户外广告设施', '擅自占用城市道路', '店外经营']);
    await type.selectOption({ label: '擅自占用城市道路' });
    await page.getByRole('button', { name: '创建', exact: true }).click();

    await expect(page).toHaveURL(/#\/case\/C\d{4}-0001$/);
    await expect(page.getByRole('heading', { level: 1, name: '测试：解放路某店占道经营' })).toBeVisible();
    await expect(page.getByText('本案还没有证据')).toBeVisible();
    await expect(page.locator('.case-bar .type-chip')).toHaveText('擅自占用城市道路');
    await expect(page.getByTestId('chain-verdict')).toContainText('证据链不完整');

    // Hold the first progress reports so the progress view can be checked; the real job runs meanwhile.
    let holdProgress = true;
    let heldJob: string | null = null;
    await page.route('**/api/jobs.get', async (route: Route) => {
      const { jobId } = route.request().postDataJSON() as { jobId: string };
      if (!holdProgress) return route.continue();
      heldJob = jobId;
      await route.fulfill({
        json: {
          ok: true,
          value: {
            id: jobId,
            kind: 'import-photos',
            state: 'running',
            filesDone: 3,
            filesTotal: 7,
            bytesDone: 3 * 1024 * 1024,
            bytesTotal: 6 * 1024 * 1024,
            current: '/incoming/x/patrol-0620-1002.jpg',
            summary: null,
            error: null,
          },
        },
      });
    });

    await page.getByTestId('file-input').setInputFiles([...SAMPLE_FILES.map((f) => join(SAMPLE_CAPTURES, f)), bad]);

    const progress = page.getByTestId('import-progress');
    await expect(progress).toContainText('文件 3 / 7');
    await expect(progress).toContainText('3.0 / 6.0 MB');
    await expect(progress).toContainText('patrol-0620-1002.jpg');
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await expect(page.getByRole('button', { name: '选择文件', exact: true })).toBeDisabled();
    expect(heldJob).not.toBeNull();
    holdProgress = false;

    const result = page.getByTestId('import-result');
    await expect(result).toContainText('导入完成');
    await expect(result).toContainText('新导入 6 件');
    await expect(result).toContainText('重复 0 件');
    await expect(result).toContainText('拒收 1 件');
    const rejected = result.getByRole('table', { name: '拒收的文件' }).getByRole('row').filter({ hasText: 'bad.jpg' });
    await expect(rejected).toHaveCount(1);
    await expect(rejected).toContainText('不支持的文件类型');
    await expect(tiles(page)).toHaveCount(6);
    await expect(page.getByTestId('evidence-count')).toHaveText('证据 6 件');
    await page.screenshot({ path: join(SCREENSHOTS, 'case-import-result.png') });

    // Times and places survive the upload; the browser's own zone (New York here) changes nothing.
    await tile(page, 'phone-gps-mismatch.jpg').click();
    await expect(detail(page).getByTestId('captured-at')).toHaveText('2026年6月20日 10:05:40.511 (+08:00)');
    await expect(detail(page).getByTestId('gps-time')).toHaveText('2026年6月19日 23:05:40 (UTC)');
    await expect(detail(page).getByTestId('gps')).toContainText('28.656486° N');
    await expect(detail(page).locator('[data-warning-code="gps-time-mismatch"]')).toContainText('GPS 卫星时间与设备记录的拍摄时间不一致');
    await expect(detail(page)).toContainText('phone-gps-mismatch.jpg');

    // The same file again is a duplicate, not a second piece of evidence.
    await page.getByTestId('file-input').setInputFiles(join(SAMPLE_CAPTURES, 'cam-0612-0915.jpg'));
    await expect(result).toContainText('新导入 0 件');
    await expect(result).toContainText('重复 1 件');
    await expect(tiles(page)).toHaveCount(6);

    // English, remembered across a reload (the token stays with the tab, not in the URL).
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('tab', { name: 'Details', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose files' })).toBeVisible();
    await expect(detail(page).getByText('Captured', { exact: true })).toBeVisible();
    await expect(detail(page).getByTestId('time-basis')).toHaveText('Zone recorded by the device, +08:00');
    await expect(detail(page).locator('[data-warning-code="gps-time-mismatch"]')).toContainText(
      "The GPS satellite time disagrees with the device's capture time",
    );
    await expect(detail(page).getByTestId('captured-at')).toHaveText('20 Jun 2026 10:05:40.511 (+08:00)');
    await expect(result).toContainText('1 duplicate');

    await page.reload();
    await expect(page.getByRole('link', { name: 'Back to cases' })).toBeVisible();
    await expect(tiles(page)).toHaveCount(6);
    await tile(page, 'cam-0612-0947.jpg').click();
    await expect(detail(page).getByTestId('time-basis')).toHaveText('No zone recorded; Asia/Shanghai assumed');
    await expect(detail(page).getByTestId('captured-at')).toHaveText('12 Jun 2026 09:47:32.040 (+08:00)');
    await page.screenshot({ path: join(SCREENSHOTS, 'case-view-en.png') });
  });
});

test.describe('drag and drop, folders', () => {
  test.use({ sample: false });

  test('a file dropped on the case imports like a picked one', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: '新建案件' }).click();
    await page.getByLabel('案件名称').fill('拖放导入');
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect(page.getByText('本案还没有证据')).toBeVisible();

    const bytes = [...(await readFile(join(SAMPLE_CAPTURES, 'patrol-0620-1002.jpg')))];
    const data = await page.evaluateHandle((b) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(b)], 'patrol-0620-1002.jpg', { type: 'image/jpeg' }));
      return transfer;
    }, bytes);
    const zone = page.getByTestId('dropzone');
    await zone.dispatchEvent('dragenter', { dataTransfer: data });
    await expect(zone).toContainText('松开鼠标即可导入');
    await zone.dispatchEvent('dragover', { dataTransfer: data });
    await zone.dispatchEvent('drop', { dataTransfer: data });

    await expect(page.getByTestId('import-result')).toContainText('新导入 1 件');
    await expect(tiles(page)).toHaveCount(1);
    await tile(page, 'patrol-0620-1002.jpg').click();
    await expect(detail(page).getByTestId('captured-at')).toHaveText('2026年6月20日 10:02:11.318 (+08:00)');
    await expect(detail(page).getByTestId('gps-time')).toHaveText('2026年6月20日 02:02:11 (UTC)');
    await expect(detail(page)).toContainText('+4.2 m');
  });

  test('a picked folder imports every file in it, even two with the same name in different sub-folders', async ({ page, host }) => {
    const folder = join(host.scratch, 'DCIM');
    await mkdir(join(folder, 'cam-a'), { recursive: true });
    await mkdir(join(folder, 'cam-b'), { recursive: true });
    await copyFile(join(SAMPLE_CAPTURES, 'cam-0612-0915.jpg'), join(folder, 'cam-a', 'IMG_0001.jpg'));
    await copyFile(join(SAMPLE_CAPTURES, 'phone-gps-mismatch.jpg'), join(folder, 'cam-b', 'IMG_0001.jpg'));

    await page.goto(host.url);
    await page.getByRole('button', { name: '新建案件' }).click();
    await page.getByLabel('案件名称').fill('文件夹导入');
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect(page.getByText('本案还没有证据')).toBeVisible();

    await page.getByTestId('folder-input').setInputFiles(folder);
    await expect(page.getByTestId('import-result')).toContainText('新导入 2 件');
    await expect(page.getByTestId('import-result')).toContainText('重复 0 件');
    await expect(tiles(page)).toHaveCount(2);
    await expect(tiles(page).nth(0)).toContainText('2026年6月12日 09:15:32');
    await expect(tiles(page).nth(1)).toContainText('2026年6月20日 10:05:40');
  });
});

test('the host refuses API and media requests without the token', async ({ request, host }) => {
  const without = await request.post(`${host.origin}/api/cases.list`, { data: {} });
  expect(without.status()).toBe(403);
  expect(await without.json()).toMatchObject({ ok: false });

  const wrong = await request.post(`${host.origin}/api/cases.list`, { data: {}, headers: { 'x-casechain-token': '0'.repeat(host.token.length) } });
  expect(wrong.status()).toBe(403);

  const media = await request.get(`${host.origin}/media/original/c5a19e353e6596842640699db9fe536071d6e8024614540343e297906e7ebc5c`);
  expect(media.status()).toBe(403);

  const withToken = await request.post(`${host.origin}/api/cases.list`, { data: {}, headers: { 'x-casechain-token': host.token } });
  expect(withToken.status()).toBe(200);
  const body = (await withToken.json()) as { ok: boolean; value: { title: string }[] };
  expect(body.ok).toBe(true);
  expect(body.value.map((c) => c.title)).toContain('示例：椒江区某水果店店外经营');
});
