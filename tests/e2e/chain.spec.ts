// The evidence chain end to end: the sample workspace's second case starts incomplete (three unreviewed patrol
// captures, an order to correct served, no party, no facts notice); the handler follows the chain panel's fix
// buttons to review each capture, confirm the party, serve the facts notice after the re-capture and record that
// no statement came; the chain becomes complete, the timeline reads in order, the discretion suggestion is
// accepted, and every step is in the audit log. Also: a failed review needs a note (the UI says so and the core
// refuses it); 制作方法/制作人/证明对象 are edited; a statement period still open cannot be closed early; overriding
// the suggested discretion tier needs a reason; and the panel speaks English.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { answerAll, caseRow, caseTab as tab, chainElement as element, chainPanel } from './helpers/chain';
import { expect, SCREENSHOTS, test } from './helpers/host';

const CASE1 = 'C2026-0001';
const CASE2 = 'C2026-0002';
const CASE2_TITLE = '示例二：解放南路某便利店店外经营（证据链未完成）';
const tile = (page: Page, seq: string): Locator => page.getByTestId('gallery').getByRole('button', { name: new RegExp(`^${seq} `) });

/** A wall-clock time in Asia/Shanghai (the sample workspace's zone), as <input type="datetime-local"> takes it. */
function shanghaiLocal(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
}

test.describe('evidence chain', () => {
  test('completes the sample case through the chain panel: review, party, facts notice, no statement, discretion', async ({ page, host }) => {
    test.setTimeout(120_000);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.goto(host.url);

    // The list says which chain is complete, and names the violation from the catalogue.
    await expect(caseRow(page, CASE1).getByTestId('status-badge')).toHaveText('证据链完整');
    await expect(caseRow(page, CASE2).getByTestId('status-badge')).toHaveText('办理中');
    await expect(caseRow(page, CASE2).getByTestId('chain-badge')).toHaveText('证据链不完整');
    await expect(caseRow(page, CASE2)).toContainText('店外经营');
    await caseRow(page, CASE2).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: CASE2_TITLE })).toBeVisible();

    // The chain panel is what the handler sees first, and it names what is missing.
    await expect(tab(page, '证据链')).toHaveAttribute('aria-selected', 'true');
    const verdict = chainPanel(page).getByTestId('chain-verdict');
    await expect(verdict).toContainText('证据链不完整');
    await expect(verdict).toHaveAttribute('data-complete', 'false');
    await expect(verdict).toContainText('违法事项：店外经营');
    await expect(chainPanel(page).getByTestId('chain-element')).toHaveCount(6);
    await expect(element(page, 'party')).toHaveAttribute('data-state', 'missing');
    await expect(element(page, 'party')).toContainText('尚未确认当事人');
    await expect(element(page, 'procedure')).toContainText('尚未送达违法事实告知书');
    const unreviewed = element(page, 'act').locator('[data-code="capture-unreviewed"]');
    await expect(unreviewed).toHaveCount(3);
    await expect(unreviewed.first()).toContainText('尚未审核');
    await expect(unreviewed.first()).toHaveAttribute('data-severity', 'info');
    await expect(page.getByTestId('review-mark').filter({ hasText: '未审核' })).toHaveCount(3);
    // The order to correct is on the timeline already, with its deadline.
    const timeline = chainPanel(page).getByTestId('timeline');
    await expect(timeline).toContainText('责改〔2026〕0002号');
    await expect(timeline.locator('[data-kind="deadline"]')).toContainText('2026年7月6日 24:00');
    // Tall enough to show the whole checklist (the panel itself scrolls at 1366×768).
    await page.setViewportSize({ width: 1366, height: 1250 });
    await page.screenshot({ path: join(SCREENSHOTS, 'chain-incomplete.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Review each capture from its fix button: the capture is selected and its review form opened.
    for (const seq of ['E001', 'E002', 'E003']) {
      await tab(page, '证据链').click();
      await element(page, 'act').getByRole('button', { name: `审核 ${seq}` }).click();
      await expect(tab(page, '证据详情')).toHaveAttribute('aria-selected', 'true');
      await expect(tile(page, seq)).toHaveAttribute('aria-pressed', 'true');
      const review = page.getByTestId('review-section');
      await expect(review.getByTestId('review-form')).toBeVisible();
      await answerAll(review, {});
      if (seq === 'E003') {
        await review.getByLabel(/审核意见/).fill('复查照片：整改期限届满后商品仍摆放在店外');
        await page.screenshot({ path: join(SCREENSHOTS, 'review.png') });
      }
      await review.getByRole('button', { name: '提交审核' }).click();
      const current = review.getByTestId('current-review');
      await expect(current).toContainText('审核通过');
      await expect(current).toContainText('示例办案人员');
      await expect(tile(page, seq).getByTestId('review-mark')).toHaveText(/已审核/);
      await review.getByRole('button', { name: /返回证据链/ }).click();
    }
    await expect(element(page, 'act')).toHaveAttribute('data-state', 'proved');
    await expect(element(page, 'act')).toContainText('E001、E002、E003');
    await expect(element(page, 'act').locator('[data-code="capture-unreviewed"]')).toHaveCount(0);

    // The party: the fix leads to the party tab, where the shop the captures point at is first.
    await element(page, 'party').getByRole('button', { name: '确认当事人' }).click();
    await expect(tab(page, '当事人')).toHaveAttribute('aria-selected', 'true');
    const first = page.getByTestId('party-panel').getByTestId('candidate').first();
    await expect(first).toContainText('好邻居便利店');
    await first.getByRole('button', { name: '确认为当事人' }).click();
    await expect(page.getByTestId('confirmed-party-name')).toHaveText('好邻居便利店');
    await tab(page, '证据链').click();
    await expect(element(page, 'party')).toHaveAttribute('data-state', 'proved');
    await expect(element(page, 'party')).toContainText('当事人 好邻居便利店');

    // The facts notice, served in person after the re-capture of 07-08 09:31.
    await element(page, 'procedure').getByRole('button', { name: '登记违法事实告知书' }).click();
    await expect(tab(page, '文书')).toHaveAttribute('aria-selected', 'true');
    const form = page.getByTestId('notice-form');
    await expect(form.getByLabel('文书种类')).toHaveValue('facts-notice');
    await expect(form.getByLabel('期限（天）')).toHaveValue('3');
    await form.getByLabel('送达时间').fill('2026-07-09T10:00');
    await expect(form.getByLabel('送达方式')).toHaveValue('direct');
    await form.getByLabel(/违法事实/).fill('于2026年7月3日、7月8日在解放南路660号店门外摆放货物经营，经责令限期改正逾期未改正');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await expect(form).toHaveCount(0);
    const notices = page.getByTestId('notice');
    await expect(notices).toHaveCount(2);
    const facts = notices.filter({ hasText: '违法事实告知书' });
    await expect(facts).toContainText('告知〔2026〕');
    await expect(facts.getByTestId('notice-served')).toHaveText('2026年7月9日 10:00 · 直接送达');
    await expect(facts.getByTestId('notice-deadline')).toContainText('2026年7月12日 24:00');
    await expect(facts.getByTestId('deadline-chip')).toHaveText(/^已届满 \d+ 天$/);
    await expect(facts.getByTestId('notice-statement')).toContainText('期限已届满，尚未记录结果');
    const order = notices.filter({ hasText: '责令限期改正通知书' });
    await expect(order.getByTestId('notice-deadline')).toContainText('2026年7月6日 24:00');
    await expect(facts.getByRole('button', { name: '记录未收到陈述申辩' })).toBeEnabled();
    await page.screenshot({ path: join(SCREENSHOTS, 'notices.png') });

    // The chain now asks for the statement period's outcome; its fix leads back to that notice.
    await tab(page, '证据链').click();
    await expect(element(page, 'procedure').locator('[data-code="statement-absence-unrecorded"]')).toContainText('2026-07-12 24:00');
    await element(page, 'procedure').getByRole('button', { name: '记录陈述申辩情况' }).click();
    await expect(page.locator('[data-testid="notice"].is-highlighted')).toContainText('违法事实告知书');
    await facts.getByRole('button', { name: '记录未收到陈述申辩' }).click();
    await expect(facts.getByTestId('notice-statement')).toContainText('期限内未收到陈述申辩');
    await expect(facts.getByRole('button', { name: '记录未收到陈述申辩' })).toHaveCount(0);

    // Complete: every element proved, the timeline in order, the discretion suggestion with its reasons.
    await tab(page, '证据链').click();
    await expect(verdict).toHaveAttribute('data-complete', 'true');
    await expect(verdict).toContainText('证据链完整');
    for (const id of ['act', 'time', 'place', 'party', 'device', 'procedure']) await expect(element(page, id)).toHaveAttribute('data-state', 'proved');
    await expect(page.locator('.case-bar').getByTestId('chain-badge')).toHaveText('证据链完整');

    const kinds = await timeline.getByTestId('timeline-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.slice(0, 7)).toEqual(['capture', 'capture', 'notice-served', 'deadline', 'capture', 'notice-served', 'deadline']);
    expect(kinds.filter((k) => k === 'review')).toHaveLength(3);
    expect(kinds.at(-1)).toBe('no-statement');
    const events = timeline.getByTestId('timeline-event');
    await expect(events.nth(0)).toContainText('2026年7月3日 10:02');
    await expect(events.nth(3)).toContainText('整改期限届满');
    await expect(events.nth(4)).toContainText('2026年7月8日 09:31');
    await expect(events.nth(5)).toContainText('违法事实告知书');
    await expect(events.nth(6)).toContainText('2026年7月12日 24:00');
    await expect(events.nth(0)).toContainText('设备记录时区');
    await expect(timeline.locator('.tl-gap').first()).toContainText('相隔 46 分钟');

    const discretion = chainPanel(page).getByTestId('discretion');
    await expect(discretion.getByTestId('discretion-suggestion')).toContainText('较轻');
    await expect(discretion.getByTestId('discretion-suggestion')).toContainText('罚款 100–300 元');
    await expect(discretion).toContainText('逾期未改正（复查照片证明）');
    await expect(discretion).toContainText('当事人 12 个月内无同类违法记录（首次）');
    await discretion.getByLabel('罚款金额（元）').fill('400');
    await discretion.getByRole('button', { name: '采纳建议' }).click();
    await expect(discretion.getByRole('alert')).toContainText('金额须在 100–300 元之间');
    await discretion.getByLabel('罚款金额（元）').fill('200');
    await discretion.getByRole('button', { name: '采纳建议' }).click();
    const decision = discretion.getByTestId('discretion-decision');
    await expect(decision).toContainText('已采纳建议');
    await expect(decision).toContainText('较轻 · 罚款 200 元');
    await expect(decision).toContainText('示例办案人员');

    // The whole panel, for the README (taller than the window; the panel itself scrolls at 1366×768).
    const overflow = await page.locator('.side-scroll').evaluate((el) => el.scrollHeight - el.clientHeight);
    await page.setViewportSize({ width: 1366, height: Math.min(2400, 768 + overflow) });
    await page.locator('.side-scroll').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'chain-complete.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Every step is in the audit log.
    await tab(page, '审计记录').click();
    const audit = page.getByTestId('audit-panel');
    await expect(audit.locator('tr[data-action="evidence.review"]')).toHaveCount(3);
    await expect(audit.locator('tr[data-action="evidence.review"]').first()).toContainText('审核证据');
    await expect(audit.locator('tr[data-action="party.confirm"]')).toHaveCount(1);
    // The order to correct (seeded) and the facts notice served here.
    await expect(audit.locator('tr[data-action="notice.add"]')).toHaveCount(2);
    await expect(audit.locator('tr[data-action="notice.no-statement"]')).toHaveCount(1);
    await expect(audit.locator('tr[data-action="discretion.accept"]')).toHaveCount(1);
    await expect(audit.locator('tr[data-action="discretion.accept"]')).toContainText('采纳裁量建议');

    await page.getByRole('link', { name: '返回案件列表' }).click();
    await expect(caseRow(page, CASE2).getByTestId('status-badge')).toHaveText('证据链完整');
    await expect(caseRow(page, CASE1).getByTestId('status-badge')).toHaveText('证据链完整');
  });

  test('a failed review without a note is refused, with one it is recorded as failed; the evidence description is edited', async ({ page, host, request }) => {
    await page.goto(host.url);
    await caseRow(page, CASE2).getByRole('link').click();
    await tile(page, 'E002').click();
    const review = page.getByTestId('review-section');
    await expect(review).toContainText('尚未审核');
    await answerAll(review, { 清晰: '否' });
    await expect(review.getByLabel(/审核意见/)).toHaveValue('');
    await review.getByRole('button', { name: '提交审核' }).click();
    await expect(review.getByTestId('review-problem')).toHaveText('审核不通过须写明理由：请填写审核意见。');
    await expect(review.getByLabel(/审核意见/)).toHaveAttribute('aria-invalid', 'true');
    await expect(review.getByTestId('current-review')).toHaveCount(0);

    // The core refuses it too, whoever calls.
    const refused = await request.post(`${host.origin}/api/evidence.review`, {
      headers: { 'x-casechain-token': host.token },
      data: { caseId: CASE2, evidenceId: `${CASE2}-E002`, authentic: true, clear: false, complete: true, accurate: true },
    });
    const body = (await refused.json()) as { ok: boolean; error?: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error?.code).toBe('invalid-input');
    expect(body.error?.message).toContain('审核不通过须写明理由');

    await review.getByLabel(/审核意见/).fill('画面被遮挡，无法辨认店招');
    await review.getByRole('button', { name: '提交审核' }).click();
    const current = review.getByTestId('current-review');
    await expect(current).toContainText('审核未通过');
    await expect(current).toContainText('画面被遮挡，无法辨认店招');
    await expect(current.locator('.answer-no')).toHaveText(/清晰/);
    await expect(tile(page, 'E002').getByTestId('review-mark')).toHaveText(/审核未通过/);

    // How the capture was made, by whom, and what it proves (行政诉讼证据规定 Art. 12).
    const meta = page.getByTestId('meta-section');
    await expect(meta.getByTestId('meta-method')).toHaveText('未记录');
    await expect(meta.getByTestId('meta-proves')).toHaveText('违法事实时间地点');
    await meta.getByRole('button', { name: '编辑' }).click();
    await meta.getByLabel('制作方法').selectOption({ label: '移动抓拍' });
    await meta.getByLabel('制作人').fill('张巡查');
    await meta.getByRole('checkbox', { name: '地点' }).uncheck();
    await meta.getByRole('button', { name: '保存' }).click();
    await expect(meta.getByTestId('meta-method')).toHaveText('移动抓拍');
    await expect(meta.getByTestId('meta-operator')).toHaveText('张巡查');
    await expect(meta.getByTestId('meta-proves')).toHaveText('违法事实时间');

    await tab(page, '证据链').click();
    await expect(element(page, 'act').locator('[data-code="capture-review-failed"]')).toContainText('审核未通过');
    await tab(page, '审计记录').click();
    await expect(page.getByTestId('audit-panel').locator('tr[data-action="evidence.review"]')).toHaveCount(1);
    await expect(page.getByTestId('audit-panel').locator('tr[data-action="evidence.meta"]')).toContainText('修改证据说明');
  });

  test('a statement period still open cannot be closed early; overriding the discretion tier needs a reason; English', async ({ page, host }) => {
    await page.goto(host.url);
    await caseRow(page, CASE1).getByRole('link').click();
    await expect(chainPanel(page).getByTestId('chain-verdict')).toContainText('证据链完整');

    // A facts notice served yesterday: its period runs for days yet.
    await tab(page, '文书').click();
    await page.getByRole('button', { name: /登记送达文书/ }).click();
    const form = page.getByTestId('notice-form');
    await form.getByLabel('文书种类').selectOption('facts-notice');
    await form.getByLabel('送达时间').fill(shanghaiLocal(Date.now() - 86_400_000));
    await form.getByLabel('送达方式').selectOption('electronic');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await expect(form.getByRole('alert')).toHaveText('电子送达须有当事人书面同意。');
    await form.getByLabel('当事人书面同意').fill('电子送达确认书 2026-001');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await expect(form).toHaveCount(0);
    const open = page.getByTestId('notice').last();
    await expect(open).toContainText('电子送达');
    await expect(open.getByTestId('deadline-chip')).toHaveText(/^还剩 \d+ 天$/);
    await expect(open.getByTestId('notice-statement')).toContainText('期限未届满');
    await expect(open.getByRole('button', { name: '记录未收到陈述申辩' })).toBeDisabled();

    // Overriding the suggested tier needs a reason.
    await tab(page, '证据链').click();
    const discretion = chainPanel(page).getByTestId('discretion');
    await expect(discretion.getByTestId('discretion-suggestion')).toContainText('较轻');
    await discretion.getByRole('button', { name: '调整档次' }).click();
    await discretion.getByLabel('裁量档次').selectOption('general');
    await expect(discretion.getByLabel('罚款金额（元）')).toHaveValue('300');
    await discretion.getByRole('button', { name: '保存裁量决定' }).click();
    await expect(discretion.getByRole('alert')).toHaveText('请写明调整理由。');
    await discretion.getByLabel('调整理由').fill('当事人在责令改正期间曾阻碍执法人员检查');
    await discretion.getByRole('button', { name: '保存裁量决定' }).click();
    const decision = discretion.getByTestId('discretion-decision');
    await expect(decision).toContainText('已调整档次');
    await expect(decision).toContainText('一般 · 罚款 300 元');
    await expect(decision).toContainText('当事人在责令改正期间曾阻碍执法人员检查');
    await tab(page, '审计记录').click();
    await expect(page.getByTestId('audit-panel').locator('tr[data-action="discretion.override"]')).toHaveCount(1);
    await tab(page, '文书').click();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(tab(page, 'Notices')).toHaveAttribute('aria-selected', 'true');
    await expect(open.getByTestId('deadline-chip')).toHaveText(/^\d+ days? left$/);
    await expect(open.getByRole('button', { name: 'Record: no statement received' })).toBeDisabled();
    await tab(page, 'Chain').click();
    await expect(chainPanel(page).getByTestId('chain-verdict')).toContainText('Evidence chain complete');
    await expect(element(page, 'act')).toContainText('The act');
    await expect(element(page, 'act').locator('[data-code="capture-review-failed"]').first()).toContainText('failed review');
    await expect(chainPanel(page).getByTestId('timeline')).toContainText('Served: Order to correct');
    await expect(chainPanel(page).getByTestId('timeline')).toContainText('zone recorded by the device');
    await expect(chainPanel(page).getByTestId('discretion-suggestion')).toContainText('Lighter');
  });
});
