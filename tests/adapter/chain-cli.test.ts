// The evidence chain of each catalogue item, judged through the `casechain` command line only, as a handler would
// build a case: a complete case per item, then for each of the six elements a case that differs from it in exactly
// one respect and fails on exactly that element; then the service-date boundaries.
//
// Speed: the sample departments' data is imported once into a template workspace; every scenario works in a copy
// of a closed workspace folder ("fork"), and variants fork from the step they share with the complete case. The
// builds run in the background side by side from beforeAll; each test awaits the verdicts it checks. The building
// commands go through a few long-lived CLI servers running the CLI's own runCli() (../helpers/chain-cli-server.ts);
// every verdict asserted (`chain --json`, `case list --json`) and every refusal comes from a `casechain` process of
// its own. CHAIN_CLI_SPAWN=1 runs every command as its own process (about 3× slower); CHAIN_CLI_TIMINGS=1 prints
// where the time went.
//
// The verdicts depend on today's date (the CLI has no clock option): the cases are dated June–July 2026, so their
// statement periods are over from 2026-07-21 and the two-year limit (Art. 36) ends them in June 2028.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROAD_SPOT, SHOP_SPOT } from '../helpers/chain-captures';
import type { Shot } from '../helpers/chain-captures';
import { counts, stopCliServers } from '../helpers/chain-cli-async';
import { Scenario } from '../helpers/chain-scenario';
import type { ElementId, NoticeJson, NoticeSpec, Verdict } from '../helpers/chain-scenario';
import { makeTemplate } from '../helpers/chain-workspace';
import type { SampleRefs } from '../helpers/chain-workspace';
import { tempDir } from '../helpers/temp';

const ELEMENTS: ElementId[] = ['act', 'time', 'place', 'party', 'device', 'procedure'];

// KNOWN BUG, kept visible rather than hidden: a vehicle owner confirmed as party is never "corroborated"
// (electron/main/data/party-service.ts, vehicleCandidates() sets registration: null and corroborated: false even
// when the owner's 证件号码 is a USCC found, 存续, in the business registry), so the party element of a
// construction-waste-spill case is always "weak" (party-single-source) and that item can never be complete.
// When that is fixed, set this to false: the spill tests then expect the party proved like every other item.
const VEHICLE_PARTY_ALWAYS_WEAK = false;

/** A place none of the scenarios' captures is in: the north of the district only. */
const NORTH_ONLY = '28.70,121.30,28.80,121.60';

interface ItemPlan {
  code: string;
  title: string;
  spot: { lat: number; lon: number };
  party: 'shop' | 'truck';
  /** The officer who took the phone captures (制作人); absent for the fixed camera. */
  operator?: string;
  /** Captures of the act before the order (or all of them where no order is needed). */
  shots: Shot[];
  /** The order to correct and the re-capture after its deadline, for items that need one. */
  order?: { notice: Omit<NoticeSpec, 'kind'>; deadline: string; recapture: Shot };
  facts: Omit<NoticeSpec, 'kind'>;
  /** One more capture that makes only the time element fail, and the code expected. */
  badTime: { shot: Shot; code: string };
  /** How the device variant differs: a registered but uncalibrated camera's capture, or a phone's capture said to be from a fixed camera. */
  badDevice: { kind: 'shot'; shot: Shot; code: string } | { kind: 'meta'; code: string };
}

const PLANS: ItemPlan[] = [
  {
    code: 'shop-outside-business',
    title: '老王水果店店外经营',
    spot: SHOP_SPOT,
    party: 'shop',
    shots: [
      { at: '2026-06-12 09:15:32', device: 'camera' },
      { at: '2026-06-12 09:52:10', device: 'camera' },
    ],
    // Re-captured one minute after the deadline (recorded 00:01:02: the camera's clock is 2 s fast).
    order: { notice: { served: '2026-06-12T10:30', method: 'direct' }, deadline: '2026-06-13 24:00', recapture: { at: '2026-06-14 00:01:02', device: 'camera' } },
    facts: { served: '2026-06-15T10:00', method: 'direct' },
    badTime: { shot: { at: '2026-06-12 09:40:02', device: 'camera', gpsSkewSeconds: 600 }, code: 'time-gps-disagrees' },
    badDevice: { kind: 'shot', shot: { at: '2026-06-12 09:30:00', device: 'expiredCamera' }, code: 'device-not-calibrated' },
  },
  {
    code: 'material-piling',
    title: '解放南路654号门前堆放物料',
    spot: SHOP_SPOT,
    party: 'shop',
    operator: '李四',
    shots: [
      { at: '2026-07-06 14:00:00', device: 'phone' },
      { at: '2026-07-06 14:45:00', device: 'phone' },
    ],
    order: { notice: { served: '2026-07-06T16:00', method: 'post' }, deadline: '2026-07-09 24:00', recapture: { at: '2026-07-10 10:00:00', device: 'phone' } },
    facts: { served: '2026-07-11T09:00', method: 'direct' },
    badTime: { shot: { at: '2026-07-06 14:20:00', device: 'phone', noOffset: true }, code: 'time-zone-assumed' },
    badDevice: { kind: 'meta', code: 'device-unregistered' },
  },
  {
    code: 'outdoor-advertising',
    title: '老王水果店门前擅自设置刀旗广告',
    spot: SHOP_SPOT,
    party: 'shop',
    operator: '王五',
    shots: [
      { at: '2026-06-22 10:00:00', device: 'phone' },
      { at: '2026-06-22 11:05:00', device: 'phone' },
    ],
    order: {
      notice: { served: '2026-06-22T15:00', method: 'electronic', consent: '送达地址确认书（同意电子送达）2026-0618' },
      deadline: '2026-06-25 24:00',
      recapture: { at: '2026-06-26 09:30:00', device: 'phone' },
    },
    facts: { served: '2026-06-27T10:00', method: 'post' },
    badTime: { shot: { at: '2026-06-22 10:30:00', device: 'phone', gpsSkewSeconds: 900 }, code: 'time-gps-disagrees' },
    badDevice: { kind: 'meta', code: 'device-unregistered' },
  },
  {
    code: 'road-occupation',
    title: '解放南路擅自占用城市道路',
    spot: SHOP_SPOT,
    party: 'shop',
    operator: '赵六',
    shots: [
      { at: '2026-06-20 08:30:00', device: 'phone' },
      { at: '2026-06-20 08:40:00', device: 'phone' },
      { at: '2026-06-20 09:10:00', device: 'phone' },
    ],
    facts: { served: '2026-06-22T10:00', method: 'direct' },
    badTime: { shot: { at: '2026-06-20 08:50:00', device: 'phone', noOffset: true }, code: 'time-zone-assumed' },
    badDevice: { kind: 'meta', code: 'device-unregistered' },
  },
  {
    code: 'construction-waste-spill',
    title: '市府大道渣土车辆遗撒',
    spot: ROAD_SPOT,
    party: 'truck',
    operator: '孙七',
    shots: [
      { at: '2026-06-10 10:15:00', device: 'phone' },
      { at: '2026-06-10 10:15:40', device: 'phone', where: { lat: ROAD_SPOT.lat, lon: ROAD_SPOT.lon + 0.0008 } },
    ],
    facts: { served: '2026-06-15T10:00', method: 'direct' },
    badTime: { shot: { at: '2026-06-10 10:16:10', device: 'phone', noOffset: true }, code: 'time-zone-assumed' },
    badDevice: { kind: 'meta', code: 'device-unregistered' },
  },
];

interface Outcome {
  verdict: Verdict;
  /** Time this scenario's commands took, queueing included, counting the steps it shares with others. */
  ms: number;
}

type VariantKey = ElementId | 'act-too-few' | 'place-spread';

interface ItemResults {
  complete: Outcome & { listedComplete: boolean; notices: NoticeJson[]; recaptureId: string | null };
  variants: Partial<Record<VariantKey, Outcome>>;
}

let tmp: ReturnType<typeof tempDir>;
let template: string;
let refs: Promise<SampleRefs>;
const results = new Map<string, Promise<ItemResults>>();
let boundaries: Promise<BoundaryResults>;

const outcome = async (s: Scenario): Promise<Outcome> => {
  const verdict = await s.chain();
  return { verdict, ms: s.spentMs };
};

/** Forks of the shop-outside-business case before its order and right after it, for the boundary tests. */
interface Stages {
  reviewed: Scenario;
  ordered: Scenario;
}

/**
 * Everything before the facts notice: the captures imported, the plate read, each capture reviewed and passed;
 * with an order, the order served and the re-capture after its deadline (imported on its own, so its number is
 * known).
 */
async function base(plan: ItemPlan, r: SampleRefs, keepStages: boolean): Promise<{ s: Scenario; order: NoticeJson | null; recaptureId: string | null; stages: Stages | null }> {
  const s = await Scenario.open(template, tmp.path, `${plan.code}-base`, plan.code, plan.title);
  const phone = plan.operator ? { operator: plan.operator } : {};
  const seqs = await s.importShots('act', plan.shots, plan.spot);
  if (plan.party === 'truck') await s.plate(seqs[0] as number, r.truck.plate);
  for (const seq of seqs) await s.review(seq, phone);
  if (!plan.order) return { s, order: null, recaptureId: null, stages: null };
  const reviewed = keepStages ? s.fork(`${plan.code}-reviewed`) : null;
  const order = await s.notice({ ...plan.order.notice, kind: 'correction-order' });
  const ordered = keepStages ? s.fork(`${plan.code}-ordered`) : null;
  const [seq] = await s.importShots('recapture', [plan.order.recapture], plan.spot);
  await s.review(seq as number, plan.order.recapture.device === 'phone' ? phone : {});
  return { s, order, recaptureId: s.evidenceId(seq as number), stages: reviewed && ordered ? { reviewed, ordered } : null };
}

async function buildItem(plan: ItemPlan, onStages?: (stages: Stages) => void): Promise<ItemResults> {
  const r = await refs;
  const partyRef = plan.party === 'shop' ? r.shop : r.truck.ref;
  const { s: b, order, recaptureId, stages } = await base(plan, r, onStages !== undefined);
  if (stages && onStages) onStages(stages);

  // procedure: everything but the facts notice.
  const noFacts = b.fork(`${plan.code}-procedure`);
  const procedure = (async () => {
    await noFacts.confirmParty(partyRef);
    return outcome(noFacts);
  })();

  // party: everything but the party's confirmation; then the complete case is that plus the confirmation.
  const noParty = b.fork(`${plan.code}-party`);
  const facts = await noParty.factsNoticeWithoutStatement(plan.facts);
  const party = await outcome(noParty);
  const c = noParty.fork(`${plan.code}-complete`);
  await c.confirmParty(partyRef);
  const verdict = await c.chain();
  const listed = await c.listed();
  const complete = { verdict, ms: c.spentMs, listedComplete: listed.complete, notices: order ? [order, facts] : [facts], recaptureId };

  // The act captures in time order, from the complete case's timeline (import order is not capture order).
  const byTime = verdict.timeline.filter((t) => t.kind === 'capture').map((t) => t.ref as string);
  const variants: ItemResults['variants'] = {};
  const jobs: Promise<void>[] = [procedure.then((o) => void (variants.procedure = o))];
  const variant = (key: VariantKey, step: (s: Scenario) => Promise<void>): void => {
    const s = c.fork(`${plan.code}-${key}`);
    jobs.push(step(s).then(async () => void (variants[key] = await outcome(s))));
  };
  const phone = plan.operator ? { operator: plan.operator } : {};

  variant('time', async (s) => {
    const [seq] = await s.importShots('time', [plan.badTime.shot], plan.spot);
    await s.review(seq as number, plan.badTime.shot.device === 'phone' ? phone : {});
  });
  variant('place', async (s) => {
    // The bureau's area is changed after the data was imported and the party confirmed: every capture is outside.
    await s.ok(['init', '--jurisdiction', NORTH_ONLY]);
  });
  variant('device', async (s) => {
    if (plan.badDevice.kind === 'meta') {
      await s.ok(['evidence', 'meta', '--case', s.caseId, '--item', '1', '--method', 'fixed-camera']);
    } else {
      const [seq] = await s.importShots('device', [plan.badDevice.shot], plan.spot);
      await s.review(seq as number);
    }
  });
  const fail = { pass: false, note: '画面模糊，无法辨认' };
  variant('act', async (s) => {
    if (plan.code === 'road-occupation') {
      // The last of the three captures fails review: the two left are 10 minutes apart, the item asks for 30.
      await s.review(byTime[2] as string, fail);
    } else {
      // Items with an order: fail the captures before the order (see the test for why act cannot be alone).
      // Spill: fail every capture, as one usable capture is all the item asks for.
      for (const id of plan.order ? byTime.slice(0, plan.shots.length) : byTime) await s.review(id, fail);
    }
  });
  if (plan.code === 'road-occupation') {
    // Two of the three captures fail review: one fewer than the item's minimum of two, one still usable.
    variant('act-too-few', async (s) => {
      for (const id of byTime.slice(1)) await s.review(id, fail);
    });
  }
  if (plan.code === 'shop-outside-business') {
    variant('place-spread', async (s) => {
      const far = { lat: SHOP_SPOT.lat + 0.0027, lon: SHOP_SPOT.lon }; // ~300 m north, same street
      const [seq] = await s.importShots('far', [{ at: '2026-06-12 09:35:00', device: 'phone', where: far }], SHOP_SPOT);
      await s.review(seq as number, { operator: '李四' });
    });
  }
  await Promise.all(jobs);
  return { complete, variants: { ...variants, party } };
}

interface BoundaryResults {
  before: Outcome;
  publicEarly: Outcome & { order: NoticeJson };
  publicLate: Outcome;
  noStatementTooSoon: { status: number | null; stderr: string; verdict: Verdict; deadline: string };
  electronicWithoutConsent: { status: number | null; stderr: string; noticesAfter: number };
}

/** Local "YYYY-MM-DDTHH:MM" in UTC+8 of an instant. */
function beijingMinute(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
}

/**
 * Variants of the shop-outside-business case (order within 1 day, served 2026-06-12 10:30, so the deadline is
 * 2026-06-13 24:00; statement period 3 days). Its complete case re-captures at 00:01 on 2026-06-14, one minute
 * after the deadline; these fork from it before the re-capture, or before the order.
 */
async function buildBoundaries(stages: Promise<Stages>): Promise<BoundaryResults> {
  const r = await refs;
  const { reviewed, ordered } = await stages;
  const plan = PLANS[0] as ItemPlan;

  // The camera re-captures one minute before the deadline (recorded 23:59:02, its clock is 2 s fast).
  const before = async (): Promise<Outcome> => {
    const f = ordered.fork('boundary-before');
    const [seq] = await f.importShots('recheck', [{ at: '2026-06-13 23:59:02', device: 'camera' }], plan.spot);
    await f.review(seq as number);
    await f.confirmParty(r.shop);
    await f.factsNoticeWithoutStatement(plan.facts);
    return outcome(f);
  };

  // Public notice: published 2026-06-12 10:30, effective 30 days later, so the 1-day limit ends 2026-07-13 24:00;
  // a re-capture on 2026-06-14 00:01 (which beats the deadline of direct service) proves nothing yet.
  const publicNotice = async (): Promise<{ early: BoundaryResults['publicEarly']; late: Outcome }> => {
    const f = reviewed.fork('boundary-public');
    await f.confirmParty(r.shop);
    const order = await f.notice({ kind: 'correction-order', served: '2026-06-12T10:30', method: 'public' });
    const [early] = await f.importShots('early', [{ at: '2026-06-14 00:01:02', device: 'camera' }], plan.spot);
    await f.review(early as number);
    const earlyOutcome = { ...(await outcome(f)), order };
    const [late] = await f.importShots('late', [{ at: '2026-07-14 00:01:02', device: 'camera' }], plan.spot);
    await f.review(late as number);
    await f.factsNoticeWithoutStatement({ served: '2026-07-15T10:00', method: 'direct' });
    return { early: earlyOutcome, late: await outcome(f) };
  };

  // Refusals: no "no statement" while the period runs; no electronic service without written consent.
  const refusals = async (): Promise<Pick<BoundaryResults, 'noStatementTooSoon' | 'electronicWithoutConsent'>> => {
    const f = ordered.fork('boundary-refusals');
    const served = beijingMinute(Date.now() - 86_400_000); // yesterday: the 3-day period is still running
    const facts = await f.notice({ kind: 'facts-notice', served, method: 'direct' });
    const refused = await f.run(['notice', 'no-statement', '--notice', facts.id], { spawn: true });
    const electronic = await f.run(f.noticeArgs({ kind: 'facts-notice', served: '2026-06-16T10:00', method: 'electronic' }), { spawn: true });
    const verdict = await f.chain();
    const noticesAfter = verdict.timeline.filter((t) => t.kind === 'notice-served').length;
    return {
      noStatementTooSoon: { status: refused.status, stderr: refused.stderr, verdict, deadline: facts.deadline },
      electronicWithoutConsent: { status: electronic.status, stderr: electronic.stderr, noticesAfter },
    };
  };

  const [b, pub, ref] = await Promise.all([before(), publicNotice(), refusals()]);
  return { before: b, publicEarly: pub.early, publicLate: pub.late, ...ref };
}

/** Marks a promise's rejection as handled now; the test that awaits it still sees the error. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

const started = Date.now();
beforeAll(() => {
  tmp = tempDir('casechain-chain-cli-');
  template = join(tmp.path, 'template');
  refs = quiet(makeTemplate(template));
  let stagesReady: (s: Stages) => void = () => undefined;
  let stagesFailed: (e: unknown) => void = () => undefined;
  const stages = new Promise<Stages>((resolve, reject) => {
    stagesReady = resolve;
    stagesFailed = reject;
  });
  for (const plan of PLANS) {
    const shop = plan.code === 'shop-outside-business';
    const built = buildItem(plan, shop ? stagesReady : undefined);
    if (shop) built.catch(stagesFailed);
    results.set(plan.code, quiet(built));
  }
  boundaries = quiet(buildBoundaries(stages));
});
afterAll(async () => {
  await Promise.allSettled([...results.values(), boundaries]);
  await stopCliServers();
  if (process.env['CHAIN_CLI_TIMINGS']) {
    const lines = [`chain-cli: ${((Date.now() - started) / 1000).toFixed(1)} s wall, ${counts.commands} commands (${counts.spawned} as processes of their own)`];
    for (const [code, p] of results) {
      const r = await p.catch(() => null);
      if (!r) continue;
      const v = Object.entries(r.variants).map(([k, o]) => `${k} ${(o.ms / 1000).toFixed(1)}`);
      lines.push(`  ${code}: complete ${(r.complete.ms / 1000).toFixed(1)} s; ${v.join(', ')}`);
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  }
  tmp.cleanup();
});

const state = (v: Verdict, id: ElementId): string => v.elements.find((e) => e.id === id)?.state ?? 'absent';
const codes = (v: Verdict, id: ElementId): string[] => v.elements.find((e) => e.id === id)?.problems.map((p) => p.code) ?? [];
const summary = (v: Verdict): string => JSON.stringify(v.elements.map((e) => [e.id, e.state, e.problems.map((p) => `${p.code}:${p.severity}`)]));

/** The party element of a complete case of this item, as the code stands (see VEHICLE_PARTY_ALWAYS_WEAK). */
function expectPartyAsComplete(plan: ItemPlan, v: Verdict): void {
  if (plan.party === 'truck' && VEHICLE_PARTY_ALWAYS_WEAK) {
    expect([state(v, 'party'), codes(v, 'party')], summary(v)).toEqual(['weak', ['party-single-source']]);
  } else {
    expect(state(v, 'party'), summary(v)).toBe('proved');
  }
}

/** Exactly the `failing` elements are not proved, each in the state and with the problem codes given. */
function expectOnly(plan: ItemPlan, v: Verdict, failing: Partial<Record<ElementId, { state: 'weak' | 'missing'; codes: string[] }>>): void {
  expect(v.complete, summary(v)).toBe(false);
  for (const id of ELEMENTS) {
    const want = failing[id];
    if (want) {
      expect(state(v, id), `${id}: ${summary(v)}`).toBe(want.state);
      expect(codes(v, id), `${id}: ${summary(v)}`).toEqual(expect.arrayContaining(want.codes));
    } else if (id === 'party') {
      expectPartyAsComplete(plan, v);
    } else {
      expect(state(v, id), `${id}: ${summary(v)}`).toBe('proved');
    }
  }
}

const LONG = 240_000;

for (const plan of PLANS) {
  const item = (): Promise<ItemResults> => results.get(plan.code) as Promise<ItemResults>;
  const spill = plan.code === 'construction-waste-spill';

  describe(`chain of ${plan.code} through the CLI`, () => {
    it(
      spill && VEHICLE_PARTY_ALWAYS_WEAK
        ? 'a case built to the rules has every element proved except the vehicle owner (known bug: never corroborated)'
        : 'a case built to the rules is complete, and case list says so',
      async () => {
        const { complete } = await item();
        const v = complete.verdict;
        for (const id of ELEMENTS.filter((e) => e !== 'party')) expect(state(v, id), `${id}: ${summary(v)}`).toBe('proved');
        expectPartyAsComplete(plan, v);
        const whole = !(spill && VEHICLE_PARTY_ALWAYS_WEAK);
        expect(v.complete, summary(v)).toBe(whole);
        expect(complete.listedComplete).toBe(whole);
        // No blocking or weak problem anywhere; a complete chain may still carry notes (info).
        if (whole) expect(v.elements.flatMap((e) => e.problems).filter((p) => p.severity !== 'info')).toEqual([]);
        // The procedure rests on the notices served, and (with an order) on the re-capture after the deadline.
        const procedure = v.elements.find((e) => e.id === 'procedure');
        expect(procedure?.evidence).toEqual(expect.arrayContaining(complete.notices.map((n) => n.id)));
        if (plan.order) {
          expect(complete.notices.find((n) => n.kind === 'correction-order')?.deadline).toBe(plan.order.deadline);
          expect(procedure?.evidence).toContain(complete.recaptureId);
          expect(v.timeline.some((t) => t.kind === 'deadline' && t.at === plan.order?.deadline)).toBe(true);
        }
        expect(v.timeline.filter((t) => t.kind === 'no-statement').map((t) => t.ref)).toEqual(complete.notices.filter((n) => n.kind === 'facts-notice').map((n) => n.id));
      },
      LONG,
    );

    it(
      'party: the same case without `party confirm` fails on the party alone',
      async () => {
        const v = (await item()).variants.party?.verdict as Verdict;
        expectOnly(plan, v, { party: { state: 'missing', codes: ['party-not-confirmed'] } });
      },
      LONG,
    );

    it(
      'procedure: the same case without the facts notice fails on the procedure alone',
      async () => {
        const v = (await item()).variants.procedure?.verdict as Verdict;
        expectOnly(plan, v, { procedure: { state: 'missing', codes: ['facts-notice-missing'] } });
        expect(codes(v, 'procedure')).toEqual(['facts-notice-missing']);
      },
      LONG,
    );

    it(
      `time: one more capture with ${plan.badTime.code} makes the time weak and nothing else`,
      async () => {
        const v = (await item()).variants.time?.verdict as Verdict;
        expectOnly(plan, v, { time: { state: 'weak', codes: [plan.badTime.code] } });
        expect(codes(v, 'time')).toEqual([plan.badTime.code]);
      },
      LONG,
    );

    it(
      'place: the jurisdiction moved after import and confirmation leaves every capture outside it',
      async () => {
        const v = (await item()).variants.place?.verdict as Verdict;
        expectOnly(plan, v, { place: { state: 'missing', codes: ['place-outside-jurisdiction'] } });
        expect(new Set(codes(v, 'place'))).toEqual(new Set(['place-outside-jurisdiction']));
      },
      LONG,
    );

    it(
      `device: ${plan.badDevice.kind === 'meta' ? 'a phone capture declared a fixed-camera capture' : 'one more capture from a camera out of calibration'} fails on the device alone`,
      async () => {
        const v = (await item()).variants.device?.verdict as Verdict;
        expectOnly(plan, v, { device: { state: 'missing', codes: [plan.badDevice.code] } });
        expect(codes(v, 'device')).toEqual([plan.badDevice.code]);
      },
      LONG,
    );

    if (plan.code === 'road-occupation') {
      it(
        'act: the last of three captures failing review leaves two 10 minutes apart (the item asks for 30): only the act fails',
        async () => {
          const v = (await item()).variants.act?.verdict as Verdict;
          expectOnly(plan, v, { act: { state: 'missing', codes: ['act-captures-too-close'] } });
          expect(codes(v, 'act')).toEqual(['capture-review-failed', 'act-captures-too-close']);
        },
        LONG,
      );
      it(
        'act: two of three captures failing review leave one, one fewer than the minimum: only the act fails',
        async () => {
          const v = (await item()).variants['act-too-few']?.verdict as Verdict;
          expectOnly(plan, v, { act: { state: 'missing', codes: ['act-too-few-captures'] } });
          expect(codes(v, 'act')).toEqual(['capture-review-failed', 'capture-review-failed', 'act-too-few-captures']);
        },
        LONG,
      );
    } else if (plan.order) {
      // With an order the act cannot fail alone: the procedure needs a usable capture before the order and one
      // after the deadline, i.e. two usable captures at least a day apart, which already satisfies minCaptures 2
      // and minGapMinutes 30. Any act failure is also a procedure failure; that pair is what is checked.
      it(
        'act: with the captures before the order failing review, the act and (necessarily) the procedure fail, nothing else',
        async () => {
          const v = (await item()).variants.act?.verdict as Verdict;
          expectOnly(plan, v, {
            act: { state: 'missing', codes: ['act-too-few-captures', 'capture-review-failed'] },
            procedure: { state: 'missing', codes: ['correction-order-before-act'] },
          });
        },
        LONG,
      );
    } else {
      // minCaptures 1: the act fails only with no usable capture, and time, place and device are read from the
      // act's captures, so they fail with it (no-usable-captures). Party and procedure are unaffected.
      it(
        'act: with every capture failing review, the act fails and so do the elements read from its captures',
        async () => {
          const v = (await item()).variants.act?.verdict as Verdict;
          expectOnly(plan, v, {
            act: { state: 'missing', codes: ['act-too-few-captures', 'capture-review-failed'] },
            time: { state: 'missing', codes: ['no-usable-captures'] },
            place: { state: 'missing', codes: ['no-usable-captures'] },
            device: { state: 'missing', codes: ['no-usable-captures'] },
          });
        },
        LONG,
      );
    }

    if (plan.code === 'shop-outside-business') {
      it(
        'place: one more capture 300 m away spreads the captures too far, and only the place is weak',
        async () => {
          const v = (await item()).variants['place-spread']?.verdict as Verdict;
          expectOnly(plan, v, { place: { state: 'weak', codes: ['place-captures-spread'] } });
          expect(codes(v, 'place')).toEqual(['place-captures-spread']);
        },
        LONG,
      );
    }
  });
}

describe('service dates and refusals through the CLI (shop-outside-business: 1-day order, 3-day statement period)', () => {
  it(
    'a re-capture one minute before the deadline does not show the order ignored; one minute after does',
    async () => {
      const { before } = await boundaries;
      expectOnly(PLANS[0] as ItemPlan, before.verdict, { procedure: { state: 'missing', codes: ['recapture-missing'] } });
      const problems = before.verdict.elements.find((e) => e.id === 'procedure')?.problems ?? [];
      expect(problems.map((p) => p.code)).toEqual(['recapture-missing']);
      // The camera recorded 23:59:02; corrected for its clock (2 s fast) that is 23:59:00.
      expect(problems[0]?.message).toBe('复查照片拍摄于 2026-06-13 23:59，早于整改期限 2026-06-13 24:00，不能证明逾期未改正');

      // One minute after: the complete shop-outside-business case.
      const after = (await results.get('shop-outside-business'))?.complete as ItemResults['complete'];
      expect(after.verdict.complete, summary(after.verdict)).toBe(true);
      expect(after.verdict.elements.find((e) => e.id === 'procedure')?.evidence).toContain(after.recaptureId);
      const events = after.verdict.timeline.map((t) => [t.kind, t.at, t.ref]);
      expect(events).toContainEqual(['deadline', '2026-06-13 24:00', null]);
      expect(events).toContainEqual(['capture', '2026-06-14 00:01', after.recaptureId]);
    },
    LONG,
  );

  it(
    'an order served by public notice takes effect 30 days after publication, and its deadline moves with it',
    async () => {
      const { publicEarly, publicLate } = await boundaries;
      const order = publicEarly.order;
      expect(order.method).toBe('public');
      expect(order.effectiveAtMs - order.servedAtMs).toBe(30 * 86_400_000);
      expect(order.deadline).toBe('2026-07-13 24:00');
      const problems = publicEarly.verdict.elements.find((e) => e.id === 'procedure')?.problems ?? [];
      expect(problems.find((p) => p.code === 'recapture-missing')?.message).toBe('复查照片拍摄于 2026-06-14 00:01，早于整改期限 2026-07-13 24:00，不能证明逾期未改正');
      expect(publicLate.verdict.complete, summary(publicLate.verdict)).toBe(true);
    },
    LONG,
  );

  it(
    '`notice no-statement` is refused while the statement period runs, and the chain says the period is open',
    async () => {
      const { noStatementTooSoon: r } = await boundaries;
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`陈述申辩期限至 ${r.deadline} 尚未届满`);
      const procedure = r.verdict.elements.find((e) => e.id === 'procedure');
      expect(procedure?.state).toBe('missing');
      expect(procedure?.problems.map((p) => p.code)).toContain('statement-period-open');
    },
    LONG,
  );

  it(
    'electronic service without --consent is refused and nothing is recorded',
    async () => {
      const { electronicWithoutConsent: r } = await boundaries;
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/电子送达须有当事人书面同意/);
      expect(r.noticesAfter).toBe(2); // the order and the facts notice served before, not the refused one
    },
    LONG,
  );
});
