// A complete 店外经营 chain as plain data; tests remove or change one thing and watch the verdict.
import type { CatalogItem } from '../../../electron/core/chain/catalog';
import type { ChainCapture, ChainInput, ChainNotice } from '../../../electron/core/chain/chain-input';

export const ITEM: CatalogItem = {
  code: 'shop-outside-business',
  name: '店外经营',
  nameEn: 'Business outside the shop',
  illegalBasis: [{ law: '浙江省城市市容和环境卫生管理条例', article: '第十七条', text: '（要旨）' }],
  penaltyBasis: [{ law: '浙江省城市市容和环境卫生管理条例', article: '第十七条', text: '（要旨）' }],
  penalty: { kind: 'fine', minYuan: 100, maxYuan: 1000, text: '处一百元以上一千元以下罚款' },
  correctionOrderRequired: true,
  correctionDays: 3,
  tiers: [
    { id: 'exempt', name: '首违不罚', conditions: { firstViolation: true, corrected: true }, minYuan: 0, maxYuan: 0, basis: '行政处罚法第三十三条' },
    { id: 'light', name: '较轻', conditions: { firstViolation: true }, minYuan: 100, maxYuan: 300, basis: '示例' },
    { id: 'serious', name: '较重', conditions: { repeat: true }, minYuan: 600, maxYuan: 1000, basis: '示例' },
  ],
  rules: {
    act: { minCaptures: 2, minGapMinutes: 30, description: '' },
    place: { maxSpreadMeters: 100, maxDistanceToPremisesMeters: 50 },
    party: { kinds: ['merchant', 'business'] },
    procedure: { recaptureAfterDeadline: true, factsNotice: true, statementDays: 3 },
  },
};

const at = (iso: string): number => Date.parse(iso);
const review = { authentic: true, clear: true, complete: true, accurate: true, note: null, reviewer: '张三', reviewedAt: '2026-06-25T01:00:00.000Z' };
const camera = {
  ref: 'R1',
  deviceId: 'CAM-1',
  name: '解放南路口',
  legalReviewOn: '2023-06-01',
  techReviewOn: '2023-06-05',
  publishedOn: '2023-07-18',
  publishedWhere: '椒江区政府网站',
  calibratedFrom: '2025-09-01',
  calibratedTo: '2026-08-31',
  clockOffsetSeconds: 2,
};

export function capture(seq: number, iso: string, over: Partial<ChainCapture> = {}): ChainCapture {
  return {
    evidenceId: `C1-E00${seq}`,
    seq,
    sourceName: `cap-${seq}.jpg`,
    capturedAt: iso,
    capturedAtMs: at(iso),
    timeBasis: 'exif-offset',
    gpsTime: null,
    warnings: [],
    position: { lat: 28.65646, lon: 121.42077, basis: 'camera-registry' },
    method: 'fixed-camera',
    operator: null,
    deviceLabel: 'Hikvision CAM-1',
    camera,
    review,
    proves: ['act', 'time', 'place'],
    ...over,
  };
}

export function notice(kind: ChainNotice['kind'], servedIso: string, over: Partial<ChainNotice> = {}): ChainNotice {
  return { id: kind, kind, number: `${kind}-1`, servedAtMs: at(servedIso), method: 'direct', consentRecorded: true, deadlineDays: 3, statementReceivedAtMs: null, noStatementRecordedAtMs: at('2026-06-25T02:00:00Z'), ...over };
}

/** Captured 06-12 09:15 and 09:47; ordered to correct 06-12 14:00 (deadline 06-15 24:00); re-captured 06-20; told 06-21. */
export function completeInput(): ChainInput {
  return {
    caseId: 'C1',
    item: ITEM,
    captures: [
      capture(1, '2026-06-12T09:15:32+08:00'),
      capture(2, '2026-06-12T09:47:05+08:00'),
      capture(3, '2026-06-20T10:02:11+08:00', { method: 'mobile-capture', camera: null, operator: '李巡查', position: { lat: 28.65649, lon: 121.42085, basis: 'gps' } }),
    ],
    party: { ref: 'R9', kind: 'merchant', name: '老王水果店', corroborated: true, premises: { lat: 28.65648, lon: 121.42088 }, registration: { status: '存续', establishedOn: '2015-03-02', active: true } },
    notices: [notice('correction-order', '2026-06-12T14:00:00+08:00'), notice('facts-notice', '2026-06-21T09:00:00+08:00')],
    priorCaseIds: [],
    nowMs: at('2026-07-01T00:00:00+08:00'),
    zone: 'Asia/Shanghai',
    jurisdiction: { minLat: 28.55, maxLat: 28.8, minLon: 121.3, maxLon: 121.6 },
  };
}
