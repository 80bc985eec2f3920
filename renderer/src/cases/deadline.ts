// How far off a case's next deadline is, in whole days, for the case list's "due in n days" and the strip of
// cases due soon. A deadline is the end of its day ("… 24:00"), so one that falls later today is 0 days away.

import type { CaseSummary } from '../../../electron/contract/dto';

const DAY_MS = 86_400_000;
/** Cases whose next deadline is at most this many days away are listed in the "due soon" strip. */
export const DUE_SOON_DAYS = 7;
/** At most this many days away, the deadline is shown as urgent. */
export const URGENT_DAYS = 3;

export function daysLeft(atMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((atMs - nowMs) / DAY_MS) - 1);
}

export function isUrgent(atMs: number, nowMs: number): boolean {
  return daysLeft(atMs, nowMs) <= URGENT_DAYS;
}

/** Cases with a deadline still ahead and at most DUE_SOON_DAYS away, soonest first. */
export function dueSoon(cases: readonly CaseSummary[], nowMs: number): CaseSummary[] {
  return cases
    .filter((c) => c.nextDeadline !== null && c.nextDeadline.atMs > nowMs && daysLeft(c.nextDeadline.atMs, nowMs) <= DUE_SOON_DAYS)
    .sort((a, b) => (a.nextDeadline?.atMs ?? 0) - (b.nextDeadline?.atMs ?? 0));
}
