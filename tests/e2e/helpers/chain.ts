// The case screen's chain panel and tabs, and the four review questions, as several specs drive them.

import type { Locator, Page } from '@playwright/test';

const QUESTIONS = ['真实', '清晰', '完整', '准确'];

export const chainPanel = (page: Page): Locator => page.getByTestId('chain-panel');
export const chainElement = (page: Page, id: string): Locator => chainPanel(page).locator(`[data-testid="chain-element"][data-element="${id}"]`);
export const caseTab = (page: Page, name: string): Locator => page.getByRole('tab', { name, exact: true });
export const caseRow = (page: Page, text: string): Locator => page.getByTestId('case-row').filter({ hasText: text });

/** Answers the review's four questions: 是 unless `answers` says 否. */
export async function answerAll(review: Locator, answers: Record<string, '是' | '否'>): Promise<void> {
  for (const q of QUESTIONS) await review.getByRole('radiogroup', { name: q }).getByRole('radio', { name: answers[q] ?? '是' }).check();
}
