// The gallery's sort and filters: by evidence number or capture time (timeless captures last), by device, by
// warnings and by review state.
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../../../renderer/src/chain/review-marks';
import { applyView, DEFAULT_VIEW, deviceKey, deviceOptions, isFiltered, warningCodesIn } from '../../../renderer/src/evidence/gallery-view';

type Item = Pick<EvidenceItem, 'id' | 'seq' | 'capturedAt' | 'device' | 'warnings'>;

const hik = { make: 'Hikvision', model: 'DS-2CD3T47EWD-L', serial: 'AACHF12345' };
const phone = { make: 'HUAWEI', model: 'ELS-AN00', serial: null };
const none = { make: null, model: null, serial: null };

const items: Item[] = [
  { id: 'E001', seq: 1, capturedAt: '2026-06-12T01:15:32.250Z', device: hik, warnings: [] },
  { id: 'E002', seq: 2, capturedAt: '2026-06-12T01:47:32.040Z', device: hik, warnings: ['time-zone-assumed'] },
  { id: 'E003', seq: 3, capturedAt: null, device: none, warnings: ['clock-not-set'] },
  { id: 'E004', seq: 4, capturedAt: '2026-06-20T02:02:11Z', device: phone, warnings: [] },
  { id: 'E005', seq: 5, capturedAt: '2026-06-20T02:03:05Z', device: phone, warnings: ['edited-software', 'edited-modify-date'] },
  { id: 'E006', seq: 6, capturedAt: '2026-06-12T01:15:32.250Z', device: phone, warnings: ['gps-time-mismatch'] },
];
const reviews = new Map<string, ReviewMark>([
  ['E001', 'passed'],
  ['E002', 'passed'],
  ['E003', 'failed'],
  ['E004', 'passed'],
  ['E005', 'failed'],
]);
const ids = (list: readonly Item[]): string[] => list.map((i) => i.id);

describe('applyView', () => {
  it('keeps evidence order by default and does not change the input', () => {
    const reversed = [...items].reverse();
    expect(ids(applyView(reversed, reviews, DEFAULT_VIEW))).toEqual(['E001', 'E002', 'E003', 'E004', 'E005', 'E006']);
    expect(reversed[0]?.id).toBe('E006');
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
  });

  it('sorts by capture time either way, ties by evidence number, captures without a time last', () => {
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, sort: 'time-asc' }))).toEqual(['E001', 'E006', 'E002', 'E004', 'E005', 'E003']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, sort: 'time-desc' }))).toEqual(['E005', 'E004', 'E002', 'E001', 'E006', 'E003']);
  });

  it('filters by device: a serial where there is one, else make and model', () => {
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, device: deviceKey({ device: hik }) }))).toEqual(['E001', 'E002']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, device: 'model:HUAWEI ELS-AN00' }))).toEqual(['E004', 'E005', 'E006']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, device: '' }))).toEqual(['E003']);
  });

  it('filters by warnings: any, none, a severity, one code', () => {
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, warning: 'any' }))).toEqual(['E002', 'E003', 'E005', 'E006']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, warning: 'none' }))).toEqual(['E001', 'E004']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, warning: 'serious' }))).toEqual(['E003', 'E005']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, warning: 'gps-time-mismatch' }))).toEqual(['E006']);
  });

  it('filters by review state, an unknown state counting as not reviewed, and combines filters', () => {
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, review: 'none' }))).toEqual(['E006']);
    expect(ids(applyView(items, reviews, { ...DEFAULT_VIEW, review: 'failed' }))).toEqual(['E003', 'E005']);
    const both = { ...DEFAULT_VIEW, review: 'passed' as const, device: 'model:HUAWEI ELS-AN00', sort: 'time-desc' as const };
    expect(ids(applyView(items, reviews, both))).toEqual(['E004']);
    expect(isFiltered(both)).toBe(true);
  });
});

describe('filter choices', () => {
  it('lists devices most used first, naming the serial', () => {
    expect(deviceOptions(items)).toEqual([
      { key: 'model:HUAWEI ELS-AN00', label: 'HUAWEI ELS-AN00', count: 3 },
      { key: 'serial:AACHF12345', label: 'Hikvision DS-2CD3T47EWD-L · AACHF12345', count: 2 },
      { key: '', label: '', count: 1 },
    ]);
  });

  it('lists the warnings present, most severe first', () => {
    expect(warningCodesIn(items)).toEqual(['clock-not-set', 'edited-software', 'edited-modify-date', 'gps-time-mismatch', 'time-zone-assumed']);
  });
});
