// The data import wizard, as the specs drive it with the sample departments' exports: choose the file, then
// describe it as the sample's import manifest (datasets.json) does.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SAMPLE_DATA } from './host';

/** The import manifest of the sample data (what seeding would import): file, kind, CRS, department, date. */
export interface ManifestEntry {
  file: string;
  kind: 'business' | 'merchant' | 'vehicle' | 'grid' | 'camera';
  crs: 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09';
  department: string;
  exportedOn: string;
}

const KIND_LABELS: Record<ManifestEntry['kind'], string> = {
  business: '市场主体登记',
  merchant: '临街商户',
  vehicle: '机动车登记',
  grid: '网格',
  camera: '监控点位/设备',
};
const CRS_LABELS: Record<ManifestEntry['crs'], string> = {
  wgs84: 'WGS-84（GPS）',
  cgcs2000: 'CGCS2000（国家大地坐标系）',
  gcj02: 'GCJ-02（高德 / 腾讯）',
  bd09: 'BD-09（百度）',
};

export const wizard = (page: Page): Locator => page.getByTestId('import-wizard');

export async function sampleManifest(): Promise<ManifestEntry[]> {
  return JSON.parse(await readFile(join(SAMPLE_DATA, 'datasets.json'), 'utf8')) as ManifestEntry[];
}

export async function chooseFile(page: Page, path: string, name: string): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).click();
  await expect(wizard(page)).toBeVisible();
  await wizard(page).getByTestId('data-file-input').setInputFiles(path);
  await expect(wizard(page).getByTestId('chosen-file')).toContainText(name);
  await expect(wizard(page).getByRole('button', { name: '下一步：预览' })).toBeEnabled();
}

export async function describeFile(page: Page, d: ManifestEntry): Promise<void> {
  const w = wizard(page);
  await w.getByLabel('数据类别').selectOption({ label: KIND_LABELS[d.kind] });
  await w.getByLabel('文件编码').selectOption({ label: '自动识别' });
  if (await w.getByLabel('坐标系').isEnabled()) await w.getByLabel('坐标系').selectOption({ label: CRS_LABELS[d.crs] });
  await w.getByLabel('来源部门').fill(d.department);
  await w.getByLabel('导出日期').fill(d.exportedOn);
}
