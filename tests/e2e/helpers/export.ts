// The export dialog and the reviewer's screen, as several specs drive them: a test certificate made in the
// dialog, an export with a passphrase, and one verification check by its id.

import type { Locator, Page } from '@playwright/test';
import { expect } from './host';

export const SIGNER = '张三（测试）';
export const ORG = '台州市椒江区综合行政执法局';
export const PASSPHRASE = 'zhengl1an-test';

export const exportDialog = (page: Page): Locator => page.getByTestId('export-dialog');
export const verifyCheck = (page: Page, id: string): Locator => page.locator(`[data-testid="verify-check"][data-check="${id}"]`);

/** Creates the workspace's test certificate in the open export dialog, after a mistyped confirmation is refused. */
export async function createTestCertificate(page: Page): Promise<void> {
  const d = exportDialog(page);
  await expect(d).toContainText('本工作区还没有签名证书');
  await d.getByRole('tab', { name: '创建测试证书' }).click();
  await expect(d.getByRole('note')).toContainText('不具法律效力');
  await d.getByLabel('签名人姓名').fill(SIGNER);
  await d.getByLabel('单位', { exact: true }).fill(ORG);
  await d.getByLabel('设置密码（至少 4 位）').fill(PASSPHRASE);
  await d.getByLabel('再次输入密码').fill(`${PASSPHRASE}x`);
  await d.getByRole('button', { name: '创建测试证书' }).click();
  await expect(d.getByRole('alert')).toContainText('两次输入的密码不一致');
  await d.getByLabel('再次输入密码').fill(PASSPHRASE);
  await d.getByRole('button', { name: '创建测试证书' }).click();
  const certificate = d.getByTestId('certificate');
  await expect(certificate).toContainText(SIGNER);
  await expect(certificate).toContainText(ORG);
  await expect(certificate.getByTestId('test-certificate')).toHaveText('测试证书 · 不具法律效力');
}

export async function exportWith(page: Page, passphrase: string): Promise<void> {
  await exportDialog(page).getByLabel('证书密码').fill(passphrase);
  await exportDialog(page).getByTestId('export-start').click();
}

/**
 * A copy of `pdf` with one bit flipped inside the embedded bytes of `original` (a JPEG the PDF holds byte for
 * byte), found by a 64-byte probe from the middle of the original that must occur exactly once.
 */
export function flipByteInside(pdf: Buffer, original: Buffer): Buffer {
  const probe = original.subarray(Math.floor(original.length / 2), Math.floor(original.length / 2) + 64);
  const at = pdf.indexOf(probe);
  expect(at).toBeGreaterThan(0);
  expect(pdf.indexOf(probe, at + 1)).toBe(-1);
  const changed = Buffer.from(pdf);
  changed[at + 32] = (changed[at + 32] ?? 0) ^ 0x01;
  return changed;
}
