// The case list and the case screen's keyboard shortcuts, on the sample workspace: C2026-0001 is complete,
// C2026-0002 is still being handled and its order to correct ran out long ago. Search and the status and
// violation filters narrow the list; a facts notice served today puts C2026-0002 in the "due soon" strip; on the
// case screen ←/→/J/K move between captures, R opens the Art. 41 review form, Shift+R reviews the selected capture
// (after a confirmation), C opens the chain tab and ? lists the shortcuts.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { CaseSummary } from '../../electron/contract/dto';
import { expect, SCREENSHOTS, test } from './helpers/host';

const CASE1 = 'C2026-0001';
const CASE2 = 'C2026-0002';

const rows = (page: Page): Locator => page.getByTestId('case-row');
const caseRow = (page: Page, id: string): Locator => rows(page).filter({ hasText: id });
const tile = (page: Page, seq: string): Locator => page.getByTestId('gallery').getByRole('button', { name: new RegExp(`^${seq} `) });
const tab = (page: Page, name: string): Locator => page.getByRole('tab', { name, exact: true });

/** A wall-clock time in Asia/Shanghai (the sample workspace's zone), as the notices API takes it. */
function shanghaiLocal(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
}

test.describe('case list', () => {
  test('search and filters narrow the list; a deadline within a week shows in the due-soon strip', async ({ page, host, request }) => {
    const api = async <T>(method: string, data: unknown): Promise<T> => {
      const response = await request.post(`${host.origin}/api/${method}`, { headers: { 'x-casechain-token': host.token }, data });
      const body = (await response.json()) as { ok: boolean; value: T };
      expect(body.ok, JSON.stringify(body)).toBe(true);
      return body.value;
    };
    const listed = await api<CaseSummary[]>('cases.list', {});
    const party1 = listed.find((c) => c.id === CASE1)?.partyName;
    expect(party1).toBeTruthy();

    await page.goto(host.url);
    await expect(rows(page)).toHaveCount(2);
    await expect(caseRow(page, CASE1).getByTestId('status-badge')).toHaveText('证据链完整');
    await expect(caseRow(page, CASE2).getByTestId('status-badge')).toHaveText('办理中');
    await expect(caseRow(page, CASE2).getByTestId('chain-badge')).toHaveText('证据链不完整');
    await expect(caseRow(page, CASE1).getByTestId('case-party')).toHaveText(party1 ?? '');
    await expect(caseRow(page, CASE2).getByTestId('case-party')).toHaveText('未确认');
    // Completeness at a glance: six elements, each with its state.
    const glance1 = caseRow(page, CASE1).getByTestId('elements-glance');
    await expect(glance1).toHaveAttribute('data-proved', '6');
    await expect(glance1).toContainText('要件 6/6');
    const glance2 = caseRow(page, CASE2).getByTestId('elements-glance');
    await expect(glance2.locator('[data-element]')).toHaveCount(6);
    // The same states the case's chain panel reads.
    const verdict2 = await api<{ elements: { id: string; state: string }[] }>('chain.get', { caseId: CASE2 });
    expect(verdict2.elements.find((e) => e.id === 'party')?.state).toBe('missing');
    for (const e of verdict2.elements) await expect(glance2.locator(`[data-element="${e.id}"]`)).toHaveAttribute('data-state', e.state);
    await expect(glance2).toHaveAttribute('data-proved', String(verdict2.elements.filter((e) => e.state === 'proved').length));
    await expect(glance2).toHaveAttribute('aria-label', /^证据链要件已证明 [0-5]\/6（违法事实：.*主体：未证明.*）$/);
    // C2026-0002's order to correct ran out in July 2026: nothing is due soon.
    await expect(caseRow(page, CASE2).getByTestId('deadline')).toHaveCount(0);
    await expect(page.getByTestId('due-soon')).toHaveCount(0);

    // Search: by case number, by a word of the title, by the party's name.
    const search = page.getByRole('searchbox', { name: '搜索案件' });
    await search.fill('0002');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE2);
    await expect(page.getByTestId('cases-count')).toHaveText('显示 1 件，共 2 件');
    await search.fill('解放南路');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE2);
    await search.fill(party1 ?? '');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE1);
    await search.fill('没有这个案件');
    await expect(rows(page)).toHaveCount(0);
    await expect(page.getByTestId('cases-no-match')).toContainText('没有符合条件的案件');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(search).toHaveValue('');
    await expect(rows(page)).toHaveCount(2);

    // Filters: status and violation.
    const status = page.getByRole('combobox', { name: '按状态筛选' });
    await status.selectOption({ label: '证据链完整' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE1);
    await status.selectOption({ label: '办理中' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE2);
    await status.selectOption({ label: '已导出' });
    await expect(rows(page)).toHaveCount(0);
    await status.selectOption({ label: '全部状态' });
    const violation = page.getByRole('combobox', { name: '按违法事项筛选' });
    await violation.selectOption({ label: '店外经营' });
    await expect(rows(page)).toHaveCount(2);
    await status.selectOption({ label: '办理中' });
    await search.fill('示例');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE2);

    // A facts notice served today on C2026-0002: its statement period ends in three days.
    await api('notices.add', { caseId: CASE2, kind: 'facts-notice', served: shanghaiLocal(Date.now()), method: 'direct', deadlineDays: 3 });
    await page.reload();
    const strip = page.getByTestId('due-soon');
    await expect(strip).toContainText('即将到期');
    await expect(strip.getByTestId('due-soon-item')).toHaveCount(1);
    await expect(strip.getByTestId('due-soon-item')).toContainText(CASE2);
    await expect(strip.getByTestId('due-soon-item')).toContainText('陈述申辩期限 · 3 天后到期');
    const deadline = caseRow(page, CASE2).getByTestId('deadline');
    await expect(deadline).toContainText('3 天后到期');
    await expect(deadline).toHaveAttribute('data-urgent', 'true');
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'case-list-due.png') });

    // The same list in English: statuses, the party not yet confirmed, deadlines, search and filters.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Cases', exact: true })).toBeVisible();
    await expect(page.getByTestId('due-soon')).toContainText('Due soon (within 7 days)');
    await expect(strip.getByTestId('due-soon-item')).toContainText('Statement period · Due in 3 days');
    await expect(caseRow(page, CASE2).getByTestId('case-party')).toHaveText('Not confirmed');
    await expect(caseRow(page, CASE1).getByTestId('status-badge')).toHaveText('Chain complete');
    await expect(caseRow(page, CASE2).getByTestId('status-badge')).toHaveText('In progress');
    await expect(caseRow(page, CASE2).getByTestId('chain-badge')).toHaveText('Chain incomplete');
    await expect(caseRow(page, CASE1)).toContainText('Business conducted outside the shop');
    const searchEn = page.getByRole('searchbox', { name: 'Search cases' });
    await searchEn.fill('0002');
    await expect(page.getByTestId('cases-count')).toHaveText('Showing 1 of 2');
    await searchEn.fill('no such case');
    await expect(page.getByTestId('cases-no-match')).toContainText('No case matches.');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Chain complete' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(CASE1);
    await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'All statuses' });
    await page.screenshot({ path: join(SCREENSHOTS, 'case-list-en.png') });
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { name: '案件列表' })).toBeVisible();

    await strip.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('解放南路');
  });
});

test.describe('case screen shortcuts', () => {
  test('arrows and J/K move, R opens the review form, Shift+R reviews after a confirmation, C opens the chain, ? lists the keys', async ({ page, host }) => {
    await page.goto(`${host.url}#/case/${CASE2}`);
    await expect(tab(page, '证据链')).toHaveAttribute('aria-selected', 'true');
    await expect(tile(page, 'E001')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(tile(page, 'E001')).toHaveAttribute('aria-pressed', 'true');
    await expect(tab(page, '证据详情')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('j');
    await expect(tile(page, 'E002')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tile(page, 'E003')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('k');
    await expect(tile(page, 'E002')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tile(page, 'E001')).toHaveAttribute('aria-pressed', 'true');

    // R: the review form of the selected capture, its first answer focused; keys typed there are not shortcuts.
    await page.keyboard.press('c');
    await expect(tab(page, '证据链')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('r');
    await expect(tab(page, '证据详情')).toHaveAttribute('aria-selected', 'true');
    const form = page.getByTestId('review-section').getByTestId('review-form');
    await expect(form).toBeVisible();
    await expect(form.getByRole('radio').first()).toBeFocused();
    await form.locator('textarea').press('c');
    await expect(tab(page, '证据详情')).toHaveAttribute('aria-selected', 'true');
    await expect(form.locator('textarea')).toHaveValue('c');
    await form.locator('textarea').fill('');
    await form.locator('textarea').blur();

    // Shift+R: asks first; cancelling changes nothing, confirming records all four yes.
    await expect(tile(page, 'E001').getByTestId('review-mark')).toHaveAttribute('data-review', 'none');
    await page.keyboard.press('Shift+R');
    const confirm = page.getByTestId('quick-review');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('E001');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(tile(page, 'E001').getByTestId('review-mark')).toHaveAttribute('data-review', 'none');
    await page.keyboard.press('Shift+R');
    await confirm.getByRole('button', { name: '确认审核' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(tile(page, 'E001').getByTestId('review-mark')).toHaveAttribute('data-review', 'passed');
    await expect(tile(page, 'E001').getByTestId('review-mark')).toHaveText(/已审核/);
    await expect(page.getByTestId('gallery').getByTestId('review-mark').filter({ hasText: '未审核' })).toHaveCount(2);

    // C: the chain tab; ?: the list of shortcuts, in both languages.
    await page.keyboard.press('c');
    await expect(tab(page, '证据链')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await expect(help).toBeVisible();
    await expect(help.getByRole('heading', { name: '键盘快捷键' })).toBeVisible();
    for (const text of ['上一张证据', '下一张证据', '第四十一条审核表', '四项均“是”', '“证据链”标签页']) await expect(help).toContainText(text);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'shortcut-help.png') });
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await page.getByRole('button', { name: /快捷键/ }).click();
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: '关闭' }).click();
  });
});
