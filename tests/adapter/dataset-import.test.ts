// Importing department exports: encodings, formats, CRS conversion, row validation with exact reports, versions.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { importDataset } from '../../electron/main/data/dataset-import';
import { LocateService } from '../../electron/main/data/locate-service';
import { RecordService } from '../../electron/main/data/record-service';
import { Workspace } from '../../electron/main/workspace/workspace';
import { tempDir } from '../helpers/temp';
import { residentId, uscc } from '../helpers/usccs';

let tmp: ReturnType<typeof tempDir>;
let ws: Workspace;
const JURISDICTION = { minLat: 28.55, maxLat: 28.8, minLon: 121.3, maxLon: 121.6 };
const base = { crs: 'wgs84' as const, encoding: 'auto' as const, department: '台州市椒江区市场监督管理局', exportedOn: '2026-05-31' };

beforeEach(async () => {
  tmp = tempDir();
  ws = await Workspace.open(join(tmp.path, 'ws'));
  ws.updateSettings({ operator: '张三', jurisdiction: JURISDICTION });
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

const HEADER = '统一社会信用代码,名称,类型,法定代表人/经营者,住所/经营场所,登记状态,成立日期,经度,纬度';
function businessCsv(): string {
  const good = (n: number, name: string): string => `${uscc(n)},${name},个体工商户,王建国,台州市椒江区解放南路${n}号,存续,2015-03-02,121.4208,28.6565`;
  const bad = uscc(9);
  return [
    HEADER,
    good(1, '老王水果店'),
    good(2, '椒江便利店'),
    `${bad.slice(0, 17)}${bad[17] === '0' ? '1' : '0'},错校验码店,个体工商户,李四,解放南路9号,存续,2016-01-01,,`,
    `${uscc(3)},,个体工商户,赵六,解放南路3号,存续,2016-01-01,,`,
    good(1, '重复的老王水果店'),
    `${uscc(4)},日期错店,个体工商户,钱七,解放南路4号,存续,2019-02-30,,`,
    `${uscc(5)},坐标颠倒店,个体工商户,孙八,解放南路5号,存续,2019-02-01,28.6565,121.4208`,
    `${uscc(6)},"带逗号,的店",个体工商户,周九,"解放南路6号",在业,20190201,,`,
  ].join('\r\n');
}

describe('dataset import', () => {
  it('imports exactly the good rows of a GBK file and reports exactly the bad ones', async () => {
    const file = join(tmp.path, 'business.csv');
    writeFileSync(file, iconv.encode(businessCsv(), 'gbk'));
    const s = await importDataset(ws, file, { ...base, kind: 'business' });
    expect(s.encoding).toBe('gb18030');
    expect(s.rows).toBe(8);
    // Row 7's impossible date and row 8's swapped coordinates are optional fields: the business is kept, the
    // value left out, and the row reported.
    expect(s.imported).toBe(5);
    expect(s.rejected.map((r) => [r.row, r.field])).toEqual([
      [4, 'uscc'],
      [5, 'name'],
      [6, 'uscc'],
    ]);
    expect(s.warnings.map((r) => [r.row, r.field])).toEqual([
      [7, 'establishedOn'],
      [8, 'lat'],
    ]);
    expect(s.rejected[0]?.reason).toMatch(/校验/);
    expect(s.rejected[2]?.reason).toMatch(/第 2 行重复/);
    expect(s.warnings[1]?.reason).toMatch(/颠倒/);
    const names = new RecordService(ws).search('', 'business', 10).map((r) => r.name);
    expect(names).toEqual(['老王水果店', '椒江便利店', '日期错店', '坐标颠倒店', '带逗号,的店']);
    expect(new RecordService(ws).search('水果店', null, 10)[0]?.fields['establishedOn']).toBe('2015-03-02');
  });

  it('reads UTF-8, UTF-8 with BOM and GB18030 alike, and refuses to garble', async () => {
    for (const [name, bytes] of [
      ['utf8.csv', Buffer.from(businessCsv(), 'utf8')],
      ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(businessCsv(), 'utf8')])],
      ['gb18030.csv', iconv.encode(businessCsv(), 'gb18030')],
    ] as const) {
      const file = join(tmp.path, name);
      writeFileSync(file, bytes);
      const s = await importDataset(ws, file, { ...base, kind: 'business', department: name });
      expect(s.imported, name).toBe(5);
    }
    const gbk = join(tmp.path, 'forced.csv');
    writeFileSync(gbk, iconv.encode(businessCsv(), 'gbk'));
    await expect(importDataset(ws, gbk, { ...base, kind: 'business', encoding: 'utf8' })).rejects.toThrow(/不是有效的 UTF-8/);
  });

  it('names the missing required columns', async () => {
    const file = join(tmp.path, 'odd.csv');
    writeFileSync(file, '代码,字号\r\n1,2\r\n');
    await expect(importDataset(ws, file, { ...base, kind: 'business' })).rejects.toThrow(/统一社会信用代码.*名称/);
  });

  it('converts GCJ-02 and BD-09 to WGS-84, and flags a probably wrong CRS', async () => {
    const truth = [121.4208, 28.6565] as [number, number];
    const gcj = gcoord.transform(truth, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const bd = gcoord.transform(truth, gcoord.WGS84, gcoord.BD09) as [number, number];
    const rows = (p: [number, number]): string =>
      ['商户编号,店招名称,地址,经度,纬度', `M1,老王水果店,解放南路12号,${p[0]},${p[1]}`, 'M2,远处的店,某地,116.40,39.90'].join('\n');
    for (const [crs, p] of [['gcj02', gcj], ['bd09', bd]] as const) {
      const file = join(tmp.path, `${crs}.csv`);
      writeFileSync(file, rows(p));
      const s = await importDataset(ws, file, { ...base, crs, kind: 'merchant', department: crs });
      expect(s.imported).toBe(2);
      expect(s.warnings[0]?.reason).toMatch(/坐标系/);
      const [r] = new RecordService(ws).search('M1', 'merchant', 1);
      expect(r?.lat).toBeCloseTo(truth[1], 5);
      expect(r?.lon).toBeCloseTo(truth[0], 5);
    }
  });

  it('reads XLSX and JSON, validates plates and ID numbers, and masks personal data in lists', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('车辆');
    sheet.addRow(['号牌号码', '号牌种类', '所有人', '证件号码', '住所']);
    sheet.addRow(['浙J·12345', '小型汽车', '王建国', residentId('19700101', 12), '椒江区']);
    sheet.addRow(['浙JD12345', '小型新能源汽车', '李四', residentId('19800202', 13), '椒江区']);
    sheet.addRow(['浙I12345', '小型汽车', '坏号牌', residentId('19800202', 14), '椒江区']);
    sheet.addRow(['浙J54321', '小型汽车', '某公司', uscc(7), '椒江区']);
    const file = join(tmp.path, 'vehicles.xlsx');
    await wb.xlsx.writeFile(file);
    const s = await importDataset(ws, file, { ...base, kind: 'vehicle' });
    expect(s.imported).toBe(3);
    expect(s.rejected.map((r) => [r.row, r.field])).toEqual([[4, 'plate']]);
    const [car] = new RecordService(ws).search('浙J12345', 'vehicle', 1);
    expect(car?.key).toBe('浙J12345');
    expect(car?.fields['idNumber']).toMatch(/^331002\*{8}\d{3}[\dX]$/);
    const opened = new RecordService(ws).open(car?.ref as string);
    expect(opened.fields['idNumber']).toBe(residentId('19700101', 12));
    expect(ws.audit.list(`record:${car?.ref}`).map((e) => e.action)).toEqual(['record.open']);

    const json = join(tmp.path, 'merchants.json');
    writeFileSync(json, JSON.stringify([{ 商户编号: 'M9', 店招名称: 'JSON 店', 经度: 121.42, 纬度: 28.65, 联系电话: '13812345678' }]));
    const j = await importDataset(ws, json, { ...base, kind: 'merchant' });
    expect(j.imported).toBe(1);
    expect(new RecordService(ws).search('JSON', 'merchant', 1)[0]?.fields['phone']).toBe('138****5678');
  });

  it('imports grid polygons from GeoJSON and finds the grid chain of a point', async () => {
    const square = (lon: number, lat: number, d: number): number[][][] => [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]];
    const feature = (code: string, level: string, parent: string | null, d: number) => ({
      type: 'Feature',
      properties: { 网格编码: code, 名称: `${level}${code}`, 层级: level, 上级编码: parent, 网格长: `${code}长` },
      geometry: { type: 'Polygon', coordinates: square(121.4208, 28.6565, d) },
    });
    const bowtie = { type: 'Feature', properties: { 网格编码: 'X', 名称: '自交', 层级: '街' }, geometry: { type: 'Polygon', coordinates: [[[121.40, 28.60], [121.41, 28.61], [121.41, 28.60], [121.40, 28.61], [121.40, 28.60]]] } };
    const file = join(tmp.path, 'grids.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [feature('A', '建成区', null, 0.05), feature('B', '街道', 'A', 0.02), feature('C', '片区', 'B', 0.005), feature('D', '街', 'C', 0.0005), bowtie] }));
    const s = await importDataset(ws, file, { ...base, kind: 'grid' });
    expect(s.imported).toBe(4);
    expect(s.rejected).toEqual([{ row: 5, field: 'geometry', reason: expect.stringMatching(/自相交/) }]);
    const chain = new LocateService(ws).gridChain(28.6565, 121.4208);
    expect(chain.map((g) => g.code)).toEqual(['D', 'C', 'B', 'A']);
    expect(new LocateService(ws).gridChain(28.6565 + 0.01, 121.4208).map((g) => g.code)).toEqual(['B', 'A']);
  });

  it('keeps old versions for records already used, and looks up only the current one', async () => {
    const file = join(tmp.path, 'b.csv');
    writeFileSync(file, iconv.encode(businessCsv(), 'gbk'));
    const v1 = await importDataset(ws, file, { ...base, kind: 'business' });
    writeFileSync(file, iconv.encode(businessCsv().replace('老王水果店', '老王鲜果店'), 'gbk'));
    const v2 = await importDataset(ws, file, { ...base, kind: 'business', exportedOn: '2026-06-30' });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v2.dataset).toBe(v1.dataset);
    const names = new RecordService(ws).search('', 'business', 10).map((r) => r.name);
    expect(names).toContain('老王鲜果店');
    expect(names).not.toContain('老王水果店');
    const versions = new RecordService(ws).versions();
    expect(versions.map((v) => [v.version, v.current])).toEqual([[2, true], [1, false]]);
    expect(ws.audit.list(`dataset:${v1.dataset}`)).toHaveLength(2);
    const csv = new RecordService(ws).problemsCsv(v2.versionId);
    expect(csv.startsWith('\uFEFF行号,字段,级别,原因,原始数据')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(1 + 5);
  });
});
