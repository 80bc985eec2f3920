// The evidence panel on the complete sample case: the gallery sorted by capture time and filtered by review
// state, warnings and device (the keyboard follows the order shown); and the large viewer — the upright phone
// photo (EXIF orientation 6) shown portrait, fitted, at 100 % and zoomed in, stepped through in the gallery's
// order with the metadata beside it, and left for the capture's review form.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { caseRow } from './helpers/chain';
import { expect, SCREENSHOTS, test } from './helpers/host';

const CASE1 = 'C2026-0001';

const gallery = (page: Page): Locator => page.getByTestId('gallery');
const toolbar = (page: Page): Locator => page.getByTestId('gallery-toolbar');
const viewer = (page: Page): Locator => page.getByTestId('evidence-viewer');
const tileOrder = (page: Page): Promise<string[]> =>
  gallery(page)
    .locator('[data-evidence-id]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-evidence-id') ?? '').replace(/^C\d{4}-\d{4}-/, '')));
const box = async (locator: Locator): Promise<{ width: number; height: number }> => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return { width: Math.round(b.width), height: Math.round(b.height) };
};

test('the gallery sorts and filters; the large viewer zooms, keeps the orientation, steps in order and shows the metadata', async ({ page, host }) => {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.goto(host.url);
  await caseRow(page, CASE1).getByRole('link').click();
  await expect(toolbar(page).getByTestId('gallery-shown')).toHaveText('显示 6 / 6 件');
  expect(await tileOrder(page)).toEqual(['E001', 'E002', 'E003', 'E004', 'E005', 'E006']);

  // Newest first; the capture without a time stays last.
  await toolbar(page).getByLabel('排序').selectOption({ label: '按拍摄时间（晚→早）' });
  await expect.poll(() => tileOrder(page)).toEqual(['E006', 'E005', 'E004', 'E002', 'E001', 'E003']);
  // The keyboard follows the order shown.
  await gallery(page).getByRole('button', { name: /^E006 / }).click();
  await page.keyboard.press('j');
  await expect(gallery(page).getByRole('button', { name: /^E005 / })).toHaveAttribute('aria-pressed', 'true');

  // The failed reviews, then of those the ones with a serious warning.
  await toolbar(page).getByLabel('审核').selectOption({ label: '审核未通过' });
  await expect.poll(() => tileOrder(page)).toEqual(['E006', 'E005', 'E003']);
  await expect(toolbar(page).getByTestId('gallery-shown')).toHaveText('显示 3 / 6 件');
  await toolbar(page).getByLabel('警示').selectOption({ label: '有严重警示' });
  await expect.poll(() => tileOrder(page)).toEqual(['E005', 'E003']);
  await toolbar(page).getByLabel('警示').selectOption({ label: 'GPS 时间不一致' });
  await expect.poll(() => tileOrder(page)).toEqual(['E006']);
  await toolbar(page).getByLabel('审核').selectOption({ label: '已审核' });
  await expect(page.getByTestId('gallery-no-match')).toContainText('没有符合筛选条件的证据');
  await page.getByTestId('gallery-no-match').getByRole('button', { name: '清除筛选' }).click();
  await expect(toolbar(page).getByTestId('gallery-shown')).toHaveText('显示 6 / 6 件');

  // One device: the fixed camera, by its serial, with the count its option gives.
  const device = toolbar(page).getByLabel('设备');
  const camera = (await device.locator('option').allTextContents()).find((o) => o.includes('AACHF12345')) ?? '';
  expect(camera).toMatch(/（(\d+)）$/);
  await device.selectOption({ label: camera });
  const count = Number(/（(\d+)）$/.exec(camera)?.[1]);
  await expect(gallery(page).locator('[data-evidence-id]')).toHaveCount(count);
  await expect(toolbar(page).getByTestId('gallery-shown')).toHaveText(`显示 ${count} / 6 件`);
  await toolbar(page).getByRole('button', { name: '清除筛选' }).click();
  await toolbar(page).getByLabel('排序').selectOption({ label: '按证据编号' });
  await page.screenshot({ path: join(SCREENSHOTS, 'gallery-filters.png') });

  // The upright phone photo (1600 × 1200 stored, orientation 6) in the viewer: portrait, fitted.
  await gallery(page).getByRole('button', { name: /^E004 / }).click();
  await page.getByTestId('view-large').click();
  await expect(viewer(page)).toBeVisible();
  await expect(viewer(page).getByRole('heading', { name: 'E004 · patrol-0620-1002.jpg' })).toBeVisible();
  const image = viewer(page).getByTestId('viewer-image');
  await expect(image).toBeVisible();
  await expect(viewer(page).getByTestId('viewer-zoom')).toHaveText(/^\d+%$/);
  const fitted = await box(image);
  expect(fitted.height).toBeGreaterThan(fitted.width);
  const stage = await box(viewer(page).getByTestId('viewer-stage'));
  expect(fitted.height).toBeLessThanOrEqual(stage.height);
  const meta = viewer(page).getByTestId('viewer-meta');
  await expect(meta.getByTestId('captured-at')).toHaveText('2026年6月20日 10:02:11.318 (+08:00)');
  await expect(meta).toContainText('6 · 顺时针旋转 90°');
  await expect(meta.getByTestId('viewer-review')).toHaveText('已审核');
  await page.screenshot({ path: join(SCREENSHOTS, 'viewer.png') });

  // 100 %: the picture at its own pixels, upright, and the stage scrolls to reach all of it.
  await viewer(page).getByRole('button', { name: '原始大小' }).click();
  await expect(viewer(page).getByTestId('viewer-zoom')).toHaveText('100%');
  expect(await box(image)).toEqual({ width: 1200, height: 1600 });
  const scrolls = await viewer(page).getByTestId('viewer-stage').evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(scrolls).toBe(true);
  await page.keyboard.press('+');
  await expect(viewer(page).getByTestId('viewer-zoom')).toHaveText('150%');
  await viewer(page).getByRole('button', { name: '放大' }).click();
  await expect(viewer(page).getByTestId('viewer-zoom')).toHaveText('200%');
  await page.keyboard.press('0');
  await expect(viewer(page).getByRole('button', { name: '适应窗口' })).toHaveAttribute('aria-pressed', 'true');
  expect(await box(image)).toEqual(fitted);

  // → steps to the next capture in the gallery's order, opened fitted; the edited copy shows its warnings.
  await page.keyboard.press('ArrowRight');
  await expect(viewer(page).getByRole('heading', { name: 'E005 · patrol-0620-1003-edited.jpg' })).toBeVisible();
  await expect(meta.locator('[data-warning-code="edited-software"]')).toBeVisible();
  await expect(meta.getByTestId('viewer-review')).toHaveText('审核未通过');
  await expect(gallery(page).getByRole('button', { name: /^E005 / })).toHaveAttribute('aria-pressed', 'true');

  // Straight to its review form.
  await meta.getByRole('button', { name: '打开审核表' }).click();
  await expect(viewer(page)).toHaveCount(0);
  await expect(page.getByTestId('review-section')).toBeVisible();
  await expect(page.getByTestId('detail-pane')).toContainText('patrol-0620-1003-edited.jpg');

  // V opens the viewer on the selected capture, Escape closes it; a double-click on a tile opens it too.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('v');
  await expect(viewer(page).getByRole('heading', { name: /^E005 / })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer(page)).toHaveCount(0);
  await gallery(page).getByRole('button', { name: /^E001 / }).dblclick();
  await expect(viewer(page).getByRole('heading', { name: 'E001 · cam-0612-0915.jpg' })).toBeVisible();
  await expect(viewer(page).getByRole('button', { name: '上一件' })).toBeDisabled();
});

test('the side panel is widened by dragging or the keyboard, keeps its width, and returns to the default', async ({ page, host }) => {
  await page.goto(host.url);
  await caseRow(page, CASE1).getByRole('link').click();
  await page.getByRole('tab', { name: '地图', exact: true }).click();
  const side = page.locator('.case-side');
  const splitter = page.getByRole('separator', { name: '调整右侧面板宽度' });
  const initial = (await box(side)).width;
  await expect(splitter).toHaveAttribute('aria-valuenow', String(initial));

  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await box(side)).width).toBe(initial + 80);
  // The arrows resized the panel; they did not step through the captures.
  await expect(page.getByRole('tab', { name: '地图', exact: true })).toHaveAttribute('aria-selected', 'true');

  const handle = await splitter.boundingBox();
  if (!handle) throw new Error('no splitter');
  await page.mouse.move(handle.x + handle.width / 2, 400);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 100, 400, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await box(side)).width).toBe(initial + 180);
  // Never so wide that the gallery loses its last column.
  await page.keyboard.press('Home');
  await expect.poll(async () => (await box(side)).width).toBe(1366 - 440);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await box(side)).width).toBe(1366 - 480);

  await page.reload();
  await expect.poll(async () => (await box(side)).width).toBe(1366 - 480);
  await splitter.dblclick();
  await expect.poll(async () => (await box(side)).width).not.toBe(1366 - 480);
  await page.getByRole('tab', { name: '地图', exact: true }).click();
  await expect.poll(async () => (await box(side)).width).toBe(initial);
});

test('a second panel opens beside the first: the map beside the chain, tabs swap, fixes land where the panel is open', async ({ page, host }) => {
  await page.goto(host.url);
  await caseRow(page, CASE1).getByRole('link').click();
  const first = page.getByTestId('side-panel');
  await expect(first.getByRole('tab', { name: '证据链', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('side-by-side-open').click();
  const second = page.getByTestId('second-panel');
  await expect(second.getByRole('tab', { name: '地图', exact: true })).toHaveAttribute('aria-selected', 'true');
  // Both at once, and the gallery still beside them.
  await expect(first.getByTestId('chain-panel')).toBeVisible();
  await expect(second.getByTestId('map-svg')).toBeVisible();
  await expect(gallery(page).locator('[data-evidence-id]').first()).toBeInViewport();
  await page.screenshot({ path: join(SCREENSHOTS, 'side-by-side.png') });

  // A capture clicked on the map is selected in the gallery; the map stays, the chain stays.
  await second.getByTestId('map-capture').first().click();
  await expect(gallery(page).locator('[aria-pressed="true"]')).toHaveCount(1);
  await expect(first.getByTestId('chain-panel')).toBeVisible();

  // Choosing in the first panel the tab the second shows swaps them.
  await first.getByRole('tab', { name: '地图', exact: true }).click();
  await expect(first.getByTestId('map-svg')).toBeVisible();
  await expect(second.getByRole('tab', { name: '证据链', exact: true })).toHaveAttribute('aria-selected', 'true');
  // A tile opens its details in the first panel, leaving the chain open in the second.
  await gallery(page).getByRole('button', { name: /^E002 / }).click();
  await expect(first.getByTestId('detail-pane')).toContainText('cam-0612-0947.jpg');
  await expect(second.getByTestId('chain-panel')).toBeVisible();
  // C (open the chain) finds it already open beside the details.
  await page.keyboard.press('c');
  await expect(first.getByTestId('detail-pane')).toBeVisible();

  await page.getByTestId('side-by-side-close').click();
  await expect(second).toHaveCount(0);
  await expect(first.getByTestId('detail-pane')).toBeVisible();
});
