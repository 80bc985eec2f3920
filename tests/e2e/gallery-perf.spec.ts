// The gallery with 5,000 captures: the workspace is filled with the CLI before the host starts (5,000 small,
// distinct camera JPEGs), then the case is opened and its gallery scrolled from top to bottom in steps. After the
// first load no task may block the main thread for more than 200 ms (long tasks are collected with a
// PerformanceObserver injected before the page loads), and only the tiles in view (plus a few rows) are ever in
// the DOM. Sorting and filtering all of them stays inside the same budget.

import type { Page } from '@playwright/test';
import { writeCaptures } from '../helpers/captures';
import { cli } from './helpers/cli';
import { expect, test } from './helpers/host';
import type { Prepare } from './helpers/host';

const COUNT = 5_000;
const MAX_LONG_TASK_MS = 200;
const MAX_TILES = 120;
const STEPS = 60;

let caseId = '';
const timings: Record<string, number> = {};

const prepare: Prepare = {
  run: async ({ workspace, scratch }) => {
  let started = Date.now();
  const dir = `${scratch}/captures`;
  writeCaptures(dir, COUNT);
  timings['write files'] = Date.now() - started;
  started = Date.now();
  await cli(workspace, ['init']);
  caseId = (JSON.parse(await cli(workspace, ['case', 'new', '--title', '性能', '--json'])) as { id: string }).id;
  const result = JSON.parse(await cli(workspace, ['import', 'photos', '--case', caseId, dir, '--json'])) as { imported: number };
  expect(result.imported).toBe(COUNT);
  timings['import'] = Date.now() - started;
  },
};

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

const tileCount = (page: Page): Promise<number> => page.getByTestId('gallery').locator('[data-evidence-id]').count();

test.describe.configure({ timeout: 150_000 });
test.use({ sample: false, prepare });

test('a gallery of 5,000 captures scrolls to the end with no long task over 200 ms and few tiles in the DOM', async ({ page, host }) => {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  let started = Date.now();
  await page.goto(`${host.url}#/case/${caseId}`);
  await expect(page.getByTestId('evidence-count')).toContainText('5000');
  const gallery = page.getByTestId('gallery');
  await expect(gallery.locator('[data-evidence-id]').first()).toBeVisible();
  // The first load is done when the review marks have come in (the gallery's last request).
  await expect(gallery.getByTestId('review-mark').first()).toBeVisible();
  await page.waitForTimeout(500);
  timings['open case'] = Date.now() - started;

  const loadedAt = await page.evaluate(() => performance.now());
  expect(await tileCount(page)).toBeLessThanOrEqual(MAX_TILES);

  started = Date.now();
  let most = 0;
  for (let step = 1; step <= STEPS; step++) {
    await gallery.evaluate((el, fraction) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * fraction;
    }, step / STEPS);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(30);
    most = Math.max(most, await tileCount(page));
  }
  // A few wheel turns at the bottom, as a handler would scroll.
  await gallery.hover();
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, -800);
    await page.waitForTimeout(50);
  }
  await gallery.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  // At the bottom, with the last row of tiles rendered and in view.
  await expect
    .poll(() => gallery.evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) <= 1 && el.scrollHeight > el.clientHeight * 100))
    .toBe(true);
  await expect(gallery.locator('.gallery-row').last().locator('[data-evidence-id]').last()).toBeInViewport();
  timings['scroll'] = Date.now() - started;
  most = Math.max(most, await tileCount(page));

  // Re-sorting and filtering all 5,000 is inside the same long-task budget.
  started = Date.now();
  const toolbar = page.getByTestId('gallery-toolbar');
  await toolbar.getByLabel('排序').selectOption({ label: '按拍摄时间（晚→早）' });
  await expect(gallery.locator('[data-evidence-id]').first()).toBeVisible();
  await toolbar.getByLabel('审核').selectOption({ label: '未审核' });
  await expect(toolbar.getByTestId('gallery-shown')).toHaveText(`显示 ${COUNT} / ${COUNT} 件`);
  await toolbar.getByLabel('审核').selectOption({ label: '已审核' });
  await expect(page.getByTestId('gallery-no-match')).toBeVisible();
  await toolbar.getByLabel('审核').selectOption({ label: '全部' });
  await expect(gallery.locator('[data-evidence-id]').first()).toBeVisible();
  timings['sort and filter'] = Date.now() - started;
  most = Math.max(most, await tileCount(page));

  const longTasks = await page.evaluate((since) => window.__longTasks.filter((t) => t.start >= since), loadedAt);
  const worst = Math.max(0, ...longTasks.map((t) => t.duration));
  console.log(`gallery-perf: ${JSON.stringify(timings)} ms; ${longTasks.length} long tasks after load, worst ${Math.round(worst)} ms; at most ${most} tiles in the DOM`);
  expect(worst, `long tasks after load: ${JSON.stringify(longTasks)}`).toBeLessThanOrEqual(MAX_LONG_TASK_MS);
  expect(most).toBeLessThanOrEqual(MAX_TILES);
});
