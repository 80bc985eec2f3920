// The offline map of the complete sample case: grids, the captures with positions, the confirmed party's premises
// labelled 当事人 and a scale bar; clicking a capture selects it in the gallery, shows its distance to the party's
// premises, and opens it in the detail pane. Also in English.

import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './helpers/host';

const CASE1 = 'C2026-0001';
const caseRow = (page: Page, id: string): Locator => page.getByTestId('case-row').filter({ hasText: id });
const tab = (page: Page, name: string): Locator => page.getByRole('tab', { name, exact: true });
const tile = (page: Page, seq: string): Locator => page.getByTestId('gallery').getByRole('button', { name: new RegExp(`^${seq} `) });

test.describe('map', () => {
  test('draws the case offline and measures a capture to the party', async ({ page, host }) => {
    await page.goto(host.url);
    await caseRow(page, CASE1).getByRole('link').click();
    await tab(page, '地图').click();
    await expect(tab(page, '地图')).toHaveAttribute('aria-selected', 'true');

    const svg = page.getByTestId('map-svg');
    await expect(svg).toBeVisible();
    expect(await svg.getByTestId('map-grid').count()).toBeGreaterThanOrEqual(4);
    const captures = svg.getByTestId('map-capture');
    await expect(captures).toHaveCount(6);
    const party = svg.getByTestId('map-party');
    await expect(party.first()).toContainText('当事人');
    await expect(svg.getByTestId('map-scale')).toContainText(/^\d+ (米|公里)$/);
    await expect(page.getByTestId('map-readout')).toContainText('点击编号圆点');

    // Hover names the capture and its time.
    const first = svg.locator('[data-testid="map-capture"][data-evidence="C2026-0001-E001"]');
    await first.hover();
    await expect(page.getByTestId('map-hover')).toContainText('E001 · 2026年');

    // Click: selected in the gallery, the distance shown; then opened in the detail pane.
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(tile(page, 'E001')).toHaveAttribute('aria-pressed', 'true');
    const distance = page.getByTestId('map-distance');
    await expect(distance).toHaveText(/^距当事人经营场所 \d+ 米$/);
    const metres = Number(/(\d+)/.exec((await distance.textContent()) ?? '')?.[1]);
    expect(metres).toBeLessThan(60);
    await page.screenshot({ path: join(SCREENSHOTS, 'map.png') });

    await page.getByTestId('map-readout').getByRole('button', { name: '查看证据详情' }).click();
    await expect(tab(page, '证据详情')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.side-scroll')).toContainText('E001');

    await page.getByRole('button', { name: 'English' }).click();
    await tab(page, 'Map').click();
    await expect(page.getByTestId('map-distance')).toHaveText(/^\d+ m from the party’s premises$/);
    await expect(page.getByTestId('map-svg').getByTestId('map-party').first()).toContainText('Party');
  });
});
