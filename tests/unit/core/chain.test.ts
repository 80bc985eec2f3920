// The chain rules, each at its boundary. The fixture is a complete case; each test changes one thing.
import { describe, expect, it } from 'vitest';
import { evaluateChain } from '../../../electron/core/chain/evaluate-chain';
import type { ChainInput } from '../../../electron/core/chain/chain-input';
import { effectiveAtMs, endOfDayAfter, formatDeadline } from '../../../electron/core/chain/service-dates';
import { capture, completeInput, notice } from './chain-fixture';

const element = (input: ChainInput, id: string) => evaluateChain(input).elements.find((e) => e.id === id);
const codes = (input: ChainInput, id: string): string[] => element(input, id)?.problems.map((p) => p.code) ?? [];

describe('a complete case', () => {
  it('proves every element, with its evidence', () => {
    const v = evaluateChain(completeInput());
    expect(v.elements.map((e) => [e.id, e.state])).toEqual([['act', 'proved'], ['time', 'proved'], ['place', 'proved'], ['party', 'proved'], ['device', 'proved'], ['procedure', 'proved']]);
    expect(v.complete).toBe(true);
    expect(v.elements[0]?.evidence).toEqual(['C1-E001', 'C1-E002', 'C1-E003']);
  });
  it('lists the events in order with their basis', () => {
    const kinds = evaluateChain(completeInput()).timeline.map((e) => `${e.kind}@${e.at}`);
    expect(kinds.indexOf('deadline@2026-06-15 24:00')).toBeGreaterThan(kinds.indexOf('notice-served@2026-06-12 14:00'));
    expect(kinds.indexOf('capture@2026-06-20 10:02')).toBeGreaterThan(kinds.indexOf('deadline@2026-06-15 24:00'));
  });
});

describe('service dates', () => {
  it('ends a 3-day limit at 24:00 of the third day, in the bureau zone', () => {
    const served = Date.parse('2020-06-02T10:00:00+08:00');
    expect(formatDeadline(endOfDayAfter(served, 3, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2020-06-05 24:00');
    expect(endOfDayAfter(served, 3, 'Asia/Shanghai')).toBe(Date.parse('2020-06-06T00:00:00+08:00'));
  });
  it('makes a public notice effective 30 days after publication', () => {
    const published = Date.parse('2026-06-01T09:00:00+08:00');
    expect(effectiveAtMs(published, 'public', 'Asia/Shanghai')).toBe(Date.parse('2026-07-01T09:00:00+08:00'));
  });
});

describe('act', () => {
  it('counts only reviewed captures, and needs two at least 30 minutes apart', () => {
    const input = completeInput();
    input.captures = [capture(1, '2026-06-12T09:15:32+08:00'), capture(2, '2026-06-12T09:40:00+08:00'), capture(3, '2026-06-20T10:02:11+08:00', { review: null })];
    expect(codes(input, 'act')).toEqual(expect.arrayContaining(['capture-unreviewed', 'act-captures-too-close']));
    expect(element(input, 'act')?.state).toBe('missing');
  });
  it('refuses a capture that failed review or shows editing', () => {
    const input = completeInput();
    input.captures[1] = capture(2, '2026-06-12T09:47:05+08:00', { warnings: ['edited-software'] });
    input.captures[0] = capture(1, '2026-06-12T09:15:32+08:00', { review: { authentic: false, clear: true, complete: true, accurate: true, note: '非原始文件', reviewer: 'x', reviewedAt: '2026-06-25T00:00:00Z' } });
    expect(codes(input, 'act')).toEqual(['capture-review-failed', 'capture-disqualified', 'act-too-few-captures']);
  });
});

describe('time', () => {
  it('treats an assumed zone as weak, unless a registered camera with a measured clock vouches for it', () => {
    const mobile = completeInput();
    mobile.captures[2] = capture(3, '2026-06-20T10:02:11+08:00', { method: 'mobile-capture', camera: null, operator: '李巡查', timeBasis: 'assumed-zone' });
    expect(element(mobile, 'time')?.state).toBe('weak');
    expect(codes(mobile, 'time')).toContain('time-zone-assumed');
    const fixed = completeInput();
    fixed.captures[1] = capture(2, '2026-06-12T09:47:05+08:00', { timeBasis: 'assumed-zone' });
    expect(element(fixed, 'time')?.state).toBe('proved');
    expect(codes(fixed, 'time')).toEqual(['time-zone-from-registry']);
  });
  it('corrects a camera time by its clock offset, and flags an unmeasured offset', () => {
    const input = completeInput();
    const cam = { ...(input.captures[0]?.camera as NonNullable<ChainInput['captures'][number]['camera']>), clockOffsetSeconds: null };
    input.captures[0] = capture(1, '2026-06-12T09:15:32+08:00', { camera: cam });
    expect(codes(input, 'time')).toContain('time-clock-offset-unknown');
  });
  it('ends the case two years after the act was last recorded', () => {
    const input = completeInput();
    input.nowMs = Date.parse('2028-06-21T00:00:00+08:00');
    expect(codes(input, 'time')).toContain('time-limitation-expired');
  });
});

describe('procedure: the re-capture around the deadline', () => {
  const withRecapture = (iso: string): ChainInput => {
    const input = completeInput();
    input.captures[2] = capture(3, iso, { method: 'mobile-capture', camera: null, operator: '李巡查' });
    input.notices = [notice('correction-order', '2026-06-12T14:00:00+08:00'), notice('facts-notice', '2026-06-21T09:00:00+08:00')];
    return input;
  };
  it('one minute before 24:00 does not show the order was ignored', () => {
    const input = withRecapture('2026-06-15T23:59:00+08:00');
    const p = element(input, 'procedure')?.problems.find((x) => x.code === 'recapture-missing');
    expect(p?.message).toBe('复查照片拍摄于 2026-06-15 23:59，早于整改期限 2026-06-15 24:00，不能证明逾期未改正');
  });
  it('one minute after does', () => {
    expect(element(withRecapture('2026-06-16T00:01:00+08:00'), 'procedure')?.state).toBe('proved');
  });
  it('uses the camera-corrected time: a camera 2 s fast at 00:00:01 was really before the deadline', () => {
    const input = completeInput();
    input.captures[2] = capture(3, '2026-06-16T00:00:01+08:00');
    expect(codes(input, 'procedure')).toContain('recapture-missing');
  });
});

describe('procedure: notices', () => {
  it('needs the order to correct first, then the facts notice after the re-capture', () => {
    const noOrder = completeInput();
    noOrder.notices = noOrder.notices.filter((n) => n.kind !== 'correction-order');
    expect(codes(noOrder, 'procedure')).toContain('correction-order-missing');
    const early = completeInput();
    early.notices[1] = notice('facts-notice', '2026-06-19T09:00:00+08:00');
    expect(codes(early, 'procedure')).toContain('facts-notice-too-early');
  });
  it('refuses electronic service without written consent', () => {
    const input = completeInput();
    input.notices[0] = notice('correction-order', '2026-06-12T14:00:00+08:00', { method: 'electronic', consentRecorded: false });
    expect(codes(input, 'procedure')).toContain('notice-electronic-without-consent');
  });
  it('a public notice takes effect on day 30: a re-capture on day 29 or 31 plus the limit', () => {
    // Published 05-01 09:00 → effective 05-31 09:00 → 3-day limit ends 06-03 24:00.
    const build = (recaptureIso: string): ChainInput => {
      const input = completeInput();
      input.captures = [capture(1, '2026-04-30T09:15:32+08:00'), capture(2, '2026-04-30T09:50:00+08:00'), capture(3, recaptureIso, { method: 'mobile-capture', camera: null, operator: '李巡查' })];
      input.notices = [notice('correction-order', '2026-05-01T09:00:00+08:00', { method: 'public' }), notice('facts-notice', '2026-06-21T09:00:00+08:00')];
      return input;
    };
    expect(codes(build('2026-05-30T10:00:00+08:00'), 'procedure')).toContain('recapture-missing');
    expect(codes(build('2026-06-01T10:00:00+08:00'), 'procedure')).toContain('recapture-missing');
    expect(element(build('2026-06-04T10:00:00+08:00'), 'procedure')?.state).toBe('proved');
  });
  it('waits for the statement period, then asks for the absence to be recorded', () => {
    const open = completeInput();
    open.nowMs = Date.parse('2026-06-24T12:00:00+08:00');
    open.notices[1] = notice('facts-notice', '2026-06-21T09:00:00+08:00', { noStatementRecordedAtMs: null });
    expect(codes(open, 'procedure')).toContain('statement-period-open');
    const over = completeInput();
    over.notices[1] = notice('facts-notice', '2026-06-21T09:00:00+08:00', { noStatementRecordedAtMs: null });
    expect(element(over, 'procedure')?.state).toBe('weak');
    expect(codes(over, 'procedure')).toContain('statement-absence-unrecorded');
  });
});

describe('device', () => {
  it('refuses a camera whose calibration expired the day before the capture', () => {
    const input = completeInput();
    const cam = { ...(input.captures[0]?.camera as NonNullable<ChainInput['captures'][number]['camera']>), calibratedTo: '2026-06-11' };
    input.captures[0] = capture(1, '2026-06-12T09:15:32+08:00', { camera: cam });
    expect(codes(input, 'device')).toEqual(['device-not-calibrated']);
    cam.calibratedTo = '2026-06-12';
    expect(codes(input, 'device')).toEqual([]);
  });
  it('needs the camera reviewed and published by the capture day, and a mobile capture its operator', () => {
    const input = completeInput();
    const cam = { ...(input.captures[0]?.camera as NonNullable<ChainInput['captures'][number]['camera']>), publishedOn: '2026-06-13', legalReviewOn: null };
    input.captures[0] = capture(1, '2026-06-12T09:15:32+08:00', { camera: cam });
    input.captures[2] = capture(3, '2026-06-20T10:02:11+08:00', { method: 'mobile-capture', camera: null, operator: null });
    expect(codes(input, 'device')).toEqual(['device-not-legally-reviewed', 'device-not-published', 'device-operator-missing']);
  });
});

describe('party and place', () => {
  it('needs a confirmed party, registered and active, ideally from two sources', () => {
    const none = completeInput();
    none.party = null;
    expect(element(none, 'party')?.state).toBe('missing');
    const single = completeInput();
    single.party = { ...(single.party as NonNullable<ChainInput['party']>), corroborated: false };
    expect(element(single, 'party')?.state).toBe('weak');
    const cancelled = completeInput();
    cancelled.party = { ...(cancelled.party as NonNullable<ChainInput['party']>), registration: { status: '注销', establishedOn: '2015-03-02', active: false } };
    expect(codes(cancelled, 'party')).toContain('party-registration-inactive');
  });
  it('needs positions inside the jurisdiction, close together and near the premises', () => {
    const far = completeInput();
    far.party = { ...(far.party as NonNullable<ChainInput['party']>), premises: { lat: 28.6575, lon: 121.4208 } };
    expect(codes(far, 'place')).toContain('place-far-from-premises');
    const none = completeInput();
    none.captures = none.captures.map((c) => ({ ...c, position: null }));
    expect(element(none, 'place')?.state).toBe('missing');
  });
});

describe('discretion', () => {
  it('suggests the first-violation tier with its facts, and the repeat tier for a repeat', () => {
    const first = evaluateChain(completeInput()).discretion;
    expect(first.tier?.id).toBe('light');
    expect(first.facts).toMatchObject({ firstViolation: true, corrected: false });
    expect(first.exemptEligible).toBe(false);
    const repeat = completeInput();
    repeat.priorCaseIds = ['C2026-0003'];
    expect(evaluateChain(repeat).discretion.tier?.id).toBe('serious');
  });
});
