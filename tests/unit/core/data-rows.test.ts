import { describe, expect, it } from 'vitest';
import { missingRequired, suggestMapping } from '../../../electron/core/data/dataset-kinds';
import { boundsOf, containsPoint, readGeometry } from '../../../electron/core/data/polygon';
import type { MultiPolygon } from '../../../electron/core/data/polygon';
import { validateRow } from '../../../electron/core/data/validate-row';
import { uscc } from '../../helpers/usccs';

const ctx = { nowMs: Date.parse('2026-11-26T00:00:00Z'), toWgs84: (lon: number, lat: number): [number, number] => [lon, lat], jurisdiction: { minLat: 28.55, maxLat: 28.8, minLon: 121.3, maxLon: 121.6 } };

describe('column mapping presets', () => {
  it('maps the usual Chinese headers, ignoring spaces, BOM and brackets', () => {
    const m = suggestMapping('merchant', ['\uFEFF商户编号', '店招名称', '地址', '经度', '纬度', '联系电话（手机）', '所属网格']);
    expect(m).toMatchObject({ merchantId: '\uFEFF商户编号', signName: '店招名称', lon: '经度', lat: '纬度', gridCode: '所属网格', uscc: null });
    expect(missingRequired('merchant', m)).toEqual([]);
  });
  it('prefers a saved mapping and names what is still missing', () => {
    const m = suggestMapping('business', ['代码', '字号'], { uscc: '代码', name: null });
    expect(m['uscc']).toBe('代码');
    expect(missingRequired('business', m).map((f) => f.key)).toEqual(['name']);
  });
});

describe('row validation', () => {
  const mapping = suggestMapping('business', ['统一社会信用代码', '名称', '成立日期', '经度', '纬度', '登记状态']);
  const row = (over: Record<string, string>): Record<string, string> => ({ 统一社会信用代码: uscc(1), 名称: '老王水果店', 成立日期: '2015/3/2', 经度: '121.4208', 纬度: '28.6565', 登记状态: '存续', ...over });

  it('normalises a good row', () => {
    const r = validateRow('business', mapping, row({}), ctx);
    expect(r.problems).toEqual([]);
    expect(r.record).toMatchObject({ key: uscc(1), name: '老王水果店', uscc: uscc(1), lat: 28.6565, lon: 121.4208, fields: { establishedOn: '2015-03-02', status: '存续' } });
  });
  it('rejects a row whose required field is missing or invalid', () => {
    expect(validateRow('business', mapping, row({ 名称: '  ' }), ctx).problems).toEqual([{ field: 'name', severity: 'reject', reason: expect.stringMatching(/名称为空/) }]);
    expect(validateRow('business', mapping, row({ 统一社会信用代码: '123' }), ctx).record).toBeNull();
  });
  it('keeps a row whose optional field is bad, reporting it as a warning', () => {
    const r = validateRow('business', mapping, row({ 成立日期: '2019-02-30' }), ctx);
    expect(r.record?.fields['establishedOn']).toBeNull();
    expect(r.problems).toEqual([{ field: 'establishedOn', severity: 'warning', reason: expect.stringMatching(/不是真实日期/) }]);
  });
  it('drops coordinates outside the jurisdiction with a warning naming swapped axes or a wrong CRS', () => {
    expect(validateRow('business', mapping, row({ 经度: '28.6565', 纬度: '121.4208' }), ctx).problems[0]?.reason).toMatch(/颠倒/);
    expect(validateRow('business', mapping, row({ 经度: '116.40', 纬度: '39.90' }), ctx).problems[0]?.reason).toMatch(/坐标系/);
    expect(validateRow('business', mapping, row({ 经度: '121.4208', 纬度: '' }), ctx).problems[0]?.reason).toMatch(/不完整/);
  });
  it('accepts spreadsheet day numbers and Chinese dates', () => {
    expect(validateRow('business', mapping, row({ 成立日期: '42064' }), ctx).record?.fields['establishedOn']).toBe('2015-03-01');
    expect(validateRow('business', mapping, row({ 成立日期: '2015年3月2日' }), ctx).record?.fields['establishedOn']).toBe('2015-03-02');
  });
  it('checks grid levels and phones', () => {
    const gm = suggestMapping('grid', ['网格编码', '名称', '层级', '联系电话']);
    expect(validateRow('grid', gm, { 网格编码: 'G1', 名称: '某街', 层级: '小区', 联系电话: '13812345678' }, ctx).record).toBeNull();
    const ok = validateRow('grid', gm, { 网格编码: 'G1', 名称: '某街', 层级: '街', 联系电话: '1381234567' }, ctx);
    expect(ok.record?.fields['phone']).toBeNull();
    expect(ok.problems[0]).toMatchObject({ field: 'phone', severity: 'warning' });
  });
});

describe('polygons', () => {
  const ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  const hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];
  it('contains points inside, not in holes or outside', () => {
    const shape = (readGeometry({ type: 'Polygon', coordinates: [ring, hole] }) as { ok: true; value: MultiPolygon }).value;
    expect(containsPoint(shape, 2, 2)).toBe(true);
    expect(containsPoint(shape, 5, 5)).toBe(false);
    expect(containsPoint(shape, 11, 5)).toBe(false);
    expect(boundsOf(shape)).toEqual({ minLat: 0, maxLat: 10, minLon: 0, maxLon: 10 });
  });
  it('refuses open rings, self-intersections and other geometry types', () => {
    expect(readGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toMatchObject({ ok: false, reason: expect.stringMatching(/未闭合/) });
    expect(readGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] })).toMatchObject({ ok: false, reason: expect.stringMatching(/自相交/) });
    expect(readGeometry({ type: 'Point', coordinates: [0, 0] })).toMatchObject({ ok: false });
  });
});
