// The rules of each element (DESIGN.md §3). Item-specific thresholds come from the catalogue item; the general
// checks (time bases, clock offsets, radius, order of events, the two-year limit) are code.

import { distanceMeters } from '../data/coordinates';
import type { ChainCapture, ChainInput, ChainNotice } from './chain-input';
import { ELEMENT_NAMES } from './catalog';
import type { ElementId } from './catalog';
import { effectiveAtMs, endOfDayAfter, formatDeadline, formatLocalMinute, localDay } from './service-dates';
import { actCaptures, disqualifiedBy, reviewPassed, trueTimeMs } from './usable-captures';
import { problem, stateOf } from './verdict';
import type { ChainProblem, ElementVerdict } from './verdict';

const TWO_YEARS_MS = 2 * 365.25 * 86_400_000;

function verdict(id: ElementId, problems: ChainProblem[], evidence: string[], hasProof: boolean): ElementVerdict {
  return { id, name: ELEMENT_NAMES[id].zh, nameEn: ELEMENT_NAMES[id].en, state: stateOf(problems, hasProof), evidence, problems };
}

/** Time, place and device are read from the captures that prove the act; without one, say so where it shows. */
function noUsableCaptures(problems: ChainProblem[], usable: readonly ChainCapture[]): void {
  if (usable.length > 0) return;
  problems.push(problem('no-usable-captures', 'blocking', '还没有审核通过的违法事实照片，无法据此证明（见“违法事实”）', 'No reviewed capture of the act yet, so nothing proves this (see "The act")', { target: 'review', ref: null }));
}

const label = (c: ChainCapture): string => `证据 ${c.seq}（${c.sourceName}）`;
const labelEn = (c: ChainCapture): string => `evidence ${c.seq} (${c.sourceName})`;

export function evaluateAct(input: ChainInput): ElementVerdict {
  const rule = input.item.rules.act;
  const problems: ChainProblem[] = [];
  for (const c of input.captures.filter((x) => x.proves.includes('act'))) {
    if (c.review === null) {
      problems.push(problem('capture-unreviewed', 'info', `${label(c)}尚未审核（行政处罚法第四十一条），审核前不能作为证据`, `${labelEn(c)} has not been reviewed (Art. 41) and cannot be used until it is`, { target: 'review', ref: c.evidenceId }));
    } else if (!reviewPassed(c)) {
      problems.push(problem('capture-review-failed', 'info', `${label(c)}审核未通过，不能作为证据${c.review.note ? `：${c.review.note}` : ''}`, `${labelEn(c)} failed review and cannot be used`, { target: 'review', ref: c.evidenceId }));
    } else if (disqualifiedBy(c).length > 0) {
      problems.push(problem('capture-disqualified', 'info', `${label(c)}存在${disqualifiedBy(c).join('、')}问题，真实性无法确认，不能作为定案依据`, `${labelEn(c)} has ${disqualifiedBy(c).join(', ')}: its authenticity cannot be established`, { target: 'evidence', ref: c.evidenceId }));
    }
  }
  const usable = actCaptures(input.captures);
  if (usable.length < rule.minCaptures) {
    problems.push(problem('act-too-few-captures', 'blocking', `需要至少 ${rule.minCaptures} 张已审核通过的违法事实照片，现有 ${usable.length} 张`, `At least ${rule.minCaptures} reviewed captures of the act are needed; there are ${usable.length}`, { target: 'review', ref: null }));
  } else if (rule.minGapMinutes > 0) {
    const span = ((trueTimeMs(usable[usable.length - 1] as ChainCapture) ?? 0) - (trueTimeMs(usable[0] as ChainCapture) ?? 0)) / 60_000;
    if (span < rule.minGapMinutes) {
      problems.push(problem('act-captures-too-close', 'blocking', `违法事实照片最早与最晚相隔 ${Math.round(span)} 分钟，不足 ${rule.minGapMinutes} 分钟，不能证明持续存在`, `The captures of the act span ${Math.round(span)} min, less than ${rule.minGapMinutes} min: they do not show it continuing`, { target: 'evidence', ref: null }));
    }
  }
  return verdict('act', problems, usable.map((c) => c.evidenceId), usable.length > 0);
}

export function evaluateTime(input: ChainInput): ElementVerdict {
  const usable = actCaptures(input.captures);
  const problems: ChainProblem[] = [];
  noUsableCaptures(problems, usable);
  for (const c of usable) {
    if (c.timeBasis === 'assumed-zone') {
      // A registered fixed camera whose clock offset was measured keeps local (Beijing) time by its registration:
      // the zone is then known from the registry, not merely assumed.
      const vouched = c.method === 'fixed-camera' && c.camera !== null && c.camera.clockOffsetSeconds !== null;
      problems.push(
        vouched
          ? problem('time-zone-from-registry', 'info', `${label(c)}未记录时区；该固定监控已登记并测定时钟偏差，按 ${input.zone} 计时，案卷中注明`, `${labelEn(c)} recorded no zone; the registered camera keeps ${input.zone} time`, null)
          : problem('time-zone-assumed', 'weak', `${label(c)}未记录时区，按 ${input.zone} 推定，案卷中须注明`, `${labelEn(c)} recorded no zone; ${input.zone} was assumed and the file must say so`, { target: 'evidence', ref: c.evidenceId }),
      );
    }
    if (c.warnings.includes('gps-time-mismatch')) {
      problems.push(problem('time-gps-disagrees', 'weak', `${label(c)}的 GPS 时间与拍摄时间不一致，设备时钟可能有偏差`, `The GPS time of ${labelEn(c)} disagrees with its capture time`, { target: 'evidence', ref: c.evidenceId }));
    }
    if (c.method === 'fixed-camera' && c.camera !== null && c.camera.clockOffsetSeconds === null) {
      problems.push(problem('time-clock-offset-unknown', 'weak', `固定监控 ${c.camera.deviceId} 的时钟偏差未测定，${label(c)}的时间无法校正`, `The clock offset of camera ${c.camera.deviceId} was never measured; ${labelEn(c)}'s time cannot be corrected`, { target: 'camera-registry', ref: c.camera.ref }));
    }
  }
  const last = usable[usable.length - 1];
  const lastMs = last ? trueTimeMs(last) : null;
  if (lastMs !== null && input.nowMs - lastMs > TWO_YEARS_MS) {
    problems.push(problem('time-limitation-expired', 'blocking', `违法行为最后一次被记录于 ${formatLocalMinute(lastMs, input.zone)}，已超过两年（行政处罚法第三十六条），不再给予行政处罚`, `The act was last recorded over two years ago (Art. 36): no penalty may be given`, null));
  }
  if (usable.some((c) => (trueTimeMs(c) ?? 0) > input.nowMs)) {
    problems.push(problem('time-in-future', 'blocking', '有照片的拍摄时间晚于现在，设备时钟错误', 'A capture is dated in the future: the device clock is wrong', { target: 'evidence', ref: null }));
  }
  return verdict('time', problems, usable.map((c) => c.evidenceId), usable.length > 0);
}

export function evaluatePlace(input: ChainInput): ElementVerdict {
  const rule = input.item.rules.place;
  const usable = actCaptures(input.captures);
  const problems: ChainProblem[] = [];
  noUsableCaptures(problems, usable);
  const located = usable.filter((c) => c.position !== null);
  for (const c of usable.filter((x) => x.position === null)) {
    problems.push(problem('place-no-position', 'blocking', `${label(c)}没有 GPS 位置，也不是已登记点位的固定监控拍摄`, `${labelEn(c)} has no GPS position and is not from a registered fixed camera`, { target: 'camera-registry', ref: null }));
  }
  const j = input.jurisdiction;
  for (const c of located) {
    const p = c.position as { lat: number; lon: number };
    if (j && (p.lat < j.minLat || p.lat > j.maxLat || p.lon < j.minLon || p.lon > j.maxLon)) {
      problems.push(problem('place-outside-jurisdiction', 'blocking', `${label(c)}的拍摄位置不在本局辖区内`, `${labelEn(c)} was taken outside the jurisdiction`, { target: 'evidence', ref: c.evidenceId }));
    }
  }
  let spread = 0;
  for (const a of located) for (const b of located) spread = Math.max(spread, distanceMeters(a.position as { lat: number; lon: number }, b.position as { lat: number; lon: number }));
  if (spread > rule.maxSpreadMeters) {
    problems.push(problem('place-captures-spread', 'weak', `各照片拍摄位置相距最远 ${Math.round(spread)} 米，超过 ${rule.maxSpreadMeters} 米，可能不是同一地点`, `The captures are up to ${Math.round(spread)} m apart, more than ${rule.maxSpreadMeters} m: maybe not one place`, { target: 'evidence', ref: null }));
  }
  const premises = input.party?.premises ?? null;
  if (premises && located.length > 0) {
    const nearest = Math.min(...located.map((c) => distanceMeters(c.position as { lat: number; lon: number }, premises)));
    if (nearest > rule.maxDistanceToPremisesMeters) {
      problems.push(problem('place-far-from-premises', 'weak', `当事人经营场所距最近的拍摄点 ${Math.round(nearest)} 米，超过 ${rule.maxDistanceToPremisesMeters} 米`, `The party's premises are ${Math.round(nearest)} m from the nearest capture, more than ${rule.maxDistanceToPremisesMeters} m`, { target: 'party', ref: input.party?.ref ?? null }));
    }
  }
  const evidence = located.map((c) => c.evidenceId);
  if (input.party) evidence.push(input.party.ref);
  return verdict('place', problems, evidence, located.length > 0);
}

export function evaluateParty(input: ChainInput): ElementVerdict {
  const party = input.party;
  const problems: ChainProblem[] = [];
  if (!party) {
    problems.push(problem('party-not-confirmed', 'blocking', '尚未确认当事人：请在“当事人”中依据部门数据确认', 'No party confirmed yet: confirm one from the department data', { target: 'party', ref: null }));
    return verdict('party', problems, [], false);
  }
  if (!input.item.rules.party.kinds.includes(party.kind as 'merchant' | 'business' | 'vehicle')) {
    problems.push(problem('party-wrong-kind', 'blocking', `本违法事项的当事人应来自${input.item.rules.party.kinds.join('/')}数据，所确认的是 ${party.kind}`, `This item's party must come from ${input.item.rules.party.kinds.join('/')} data, not ${party.kind}`, { target: 'party', ref: party.ref }));
  }
  const reg = party.registration;
  if (reg && reg.active === false) {
    problems.push(problem('party-registration-inactive', 'blocking', `当事人登记状态为“${reg.status ?? '未知'}”，违法行为发生时不在经营登记中`, `The party's registration is "${reg.status ?? 'unknown'}": not active when the act was recorded`, { target: 'party', ref: party.ref }));
  }
  if (reg && reg.active === null && party.kind !== 'vehicle') {
    problems.push(problem('party-registration-unknown', 'weak', '无法从市场主体登记确认当事人在违法行为发生时的登记状态', "The business registry does not show the party's status when the act was recorded", { target: 'party', ref: party.ref }));
  }
  // A vehicle's owner is proved by the vehicle registry itself; a second source exists only for organisations.
  if (!party.corroborated && !(party.kind === 'vehicle' && party.registration === null)) {
    problems.push(problem('party-single-source', 'weak', '当事人仅有一个数据来源印证，宜取得第二来源（如市场主体登记）', 'The party rests on one source; a second (e.g. the business registry) is advisable', { target: 'party', ref: party.ref }));
  }
  return verdict('party', problems, [party.ref], true);
}

export function evaluateDevice(input: ChainInput): ElementVerdict {
  const usable = actCaptures(input.captures);
  const problems: ChainProblem[] = [];
  noUsableCaptures(problems, usable);
  for (const c of usable) {
    const day = localDay(trueTimeMs(c) ?? 0, input.zone);
    if (c.method === 'mobile-capture') {
      if (!c.operator) {
        problems.push(problem('device-operator-missing', 'blocking', `${label(c)}为移动拍摄，未记录拍摄人员（制作人）`, `${labelEn(c)} is a mobile capture with no operator recorded`, { target: 'evidence', ref: c.evidenceId }));
      }
      continue;
    }
    if (c.method !== 'fixed-camera') continue;
    const cam = c.camera;
    if (!cam) {
      problems.push(problem('device-unregistered', 'blocking', `${label(c)}来自未登记的监控设备（${c.deviceLabel ?? '设备不明'}），无法证明设备经过审核、公布`, `${labelEn(c)} comes from an unregistered device (${c.deviceLabel ?? 'unknown'})`, { target: 'camera-registry', ref: null }));
      continue;
    }
    const before = (date: string | null, zh: string, en: string, code: string): void => {
      if (date === null || date > day) {
        problems.push(problem(code, 'blocking', `监控设备 ${cam.deviceId} 在拍摄日 ${day} ${date === null ? `没有${zh}记录` : `尚未${zh}（${zh}日期 ${date}）`}`, `Camera ${cam.deviceId} had no ${en} by the capture day ${day}`, { target: 'camera-registry', ref: cam.ref }));
      }
    };
    before(cam.legalReviewOn, '法制审核', 'legal review', 'device-not-legally-reviewed');
    before(cam.techReviewOn, '技术审核', 'technical review', 'device-not-technically-reviewed');
    before(cam.publishedOn, '公布设置地点', 'published location', 'device-not-published');
    if (cam.calibratedFrom === null || cam.calibratedTo === null || day < cam.calibratedFrom || day > cam.calibratedTo) {
      const span = cam.calibratedFrom && cam.calibratedTo ? `${cam.calibratedFrom} 至 ${cam.calibratedTo}` : '无检定记录';
      const spanEn = cam.calibratedFrom && cam.calibratedTo ? `${cam.calibratedFrom} to ${cam.calibratedTo}` : 'no calibration record';
      problems.push(problem('device-not-calibrated', 'blocking', `监控设备 ${cam.deviceId} 在拍摄日 ${day} 不在检定有效期内（${span}）`, `Camera ${cam.deviceId} was not within its calibration period on ${day} (${spanEn})`, { target: 'camera-registry', ref: cam.ref }));
    }
  }
  const evidence = usable.map((c) => c.camera?.ref ?? c.evidenceId);
  return verdict('device', problems, [...new Set(evidence)], usable.length > 0);
}

export interface ProcedureFacts {
  correctionDeadlineMs: number | null;
  recaptureAfterDeadline: ChainCapture | null;
  statementDeadlineMs: number | null;
}

export function evaluateProcedure(input: ChainInput): { verdict: ElementVerdict; facts: ProcedureFacts } {
  const rule = input.item.rules.procedure;
  const problems: ChainProblem[] = [];
  const evidence: string[] = [];
  const usable = actCaptures(input.captures);
  const first = usable[0];
  const facts: ProcedureFacts = { correctionDeadlineMs: null, recaptureAfterDeadline: null, statementDeadlineMs: null };
  const served = (n: ChainNotice): boolean => n.method !== 'electronic' || n.consentRecorded;
  for (const n of input.notices.filter((x) => !served(x))) {
    problems.push(problem('notice-electronic-without-consent', 'blocking', `文书 ${n.number} 以电子方式送达，但没有当事人书面同意，送达无效`, `Notice ${n.number} was served electronically without the party's written consent`, { target: 'notice', ref: n.id }));
  }

  if (input.item.correctionOrderRequired) {
    const order = input.notices.filter((n) => n.kind === 'correction-order' && served(n)).sort((a, b) => a.servedAtMs - b.servedAtMs)[0];
    if (!order) {
      problems.push(problem('correction-order-missing', 'blocking', '本违法事项须先责令限期改正，尚未送达责令限期改正通知书', 'This item requires an order to correct first; none has been served', { target: 'notice', ref: 'correction-order' }));
    } else {
      evidence.push(order.id);
      const effective = effectiveAtMs(order.servedAtMs, order.method, input.zone);
      const deadline = endOfDayAfter(effective, order.deadlineDays, input.zone);
      facts.correctionDeadlineMs = deadline;
      if (first && order.servedAtMs < (trueTimeMs(first) ?? 0)) {
        problems.push(problem('correction-order-before-act', 'blocking', `责令限期改正通知书送达于 ${formatLocalMinute(order.servedAtMs, input.zone)}，早于首张违法事实照片，顺序不对`, 'The order to correct was served before the act was first recorded', { target: 'notice', ref: order.id }));
      }
      if (rule.recaptureAfterDeadline) {
        const after = usable.filter((c) => (trueTimeMs(c) ?? 0) >= deadline);
        if (after.length > 0) {
          facts.recaptureAfterDeadline = after[0] as ChainCapture;
          evidence.push((after[0] as ChainCapture).evidenceId);
        } else {
          const latest = usable[usable.length - 1];
          const latestMs = latest ? trueTimeMs(latest) : null;
          const message =
            latest && latestMs !== null && latestMs > order.servedAtMs
              ? `复查照片拍摄于 ${formatLocalMinute(latestMs, input.zone)}，早于整改期限 ${formatDeadline(deadline, input.zone)}，不能证明逾期未改正`
              : `整改期限 ${formatDeadline(deadline, input.zone)} 后没有复查照片，不能证明逾期未改正`;
          const messageEn =
            latest && latestMs !== null && latestMs > order.servedAtMs
              ? `The re-capture at ${formatLocalMinute(latestMs, input.zone)} is before the correction deadline ${formatDeadline(deadline, input.zone)}: it does not show the order was ignored`
              : `No re-capture after the correction deadline ${formatDeadline(deadline, input.zone)}: nothing shows the order was ignored`;
          problems.push(problem('recapture-missing', 'blocking', message, messageEn, { target: 'evidence', ref: null }));
        }
      }
    }
  }

  if (rule.factsNotice) {
    const notice = input.notices.filter((n) => n.kind === 'facts-notice' && served(n)).sort((a, b) => a.servedAtMs - b.servedAtMs)[0];
    if (!notice) {
      problems.push(problem('facts-notice-missing', 'blocking', '尚未送达违法事实告知书（告知陈述、申辩权利）', 'The notice of facts and of the right to state and defend has not been served', { target: 'notice', ref: 'facts-notice' }));
    } else {
      evidence.push(notice.id);
      const effective = effectiveAtMs(notice.servedAtMs, notice.method, input.zone);
      const deadline = endOfDayAfter(effective, notice.deadlineDays || rule.statementDays, input.zone);
      facts.statementDeadlineMs = deadline;
      if (facts.recaptureAfterDeadline && notice.servedAtMs < (trueTimeMs(facts.recaptureAfterDeadline) ?? 0)) {
        problems.push(problem('facts-notice-too-early', 'blocking', '违法事实告知书送达早于证明逾期未改正的复查照片，告知的事实不完整', 'The facts notice was served before the re-capture that shows the order was ignored', { target: 'notice', ref: notice.id }));
      }
      if (notice.statementReceivedAtMs !== null) {
        problems.push(problem('statement-received', 'info', `已于 ${formatLocalMinute(notice.statementReceivedAtMs, input.zone)} 收到当事人陈述申辩，须在案卷中记录并答复`, 'A statement was received and must be recorded and answered in the file', { target: 'statement', ref: notice.id }));
      } else if (input.nowMs < deadline) {
        problems.push(problem('statement-period-open', 'blocking', `陈述申辩期限至 ${formatDeadline(deadline, input.zone)}，尚未届满`, `The period to state and defend runs until ${formatDeadline(deadline, input.zone)}`, { target: 'statement', ref: notice.id }));
      } else if (notice.noStatementRecordedAtMs === null) {
        problems.push(problem('statement-absence-unrecorded', 'weak', `陈述申辩期限已于 ${formatDeadline(deadline, input.zone)} 届满，请记录未收到陈述申辩`, `The period ended ${formatDeadline(deadline, input.zone)}: record that no statement came`, { target: 'statement', ref: notice.id }));
      }
    }
  }
  const needed = input.item.correctionOrderRequired || rule.factsNotice;
  return { verdict: verdict('procedure', problems, evidence, !needed || evidence.length > 0), facts };
}
