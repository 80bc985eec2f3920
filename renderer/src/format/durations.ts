// Spans of time in the words a handler uses: the gap between two events, the days left before a deadline or
// since it passed. Whole units only; the exact times are shown beside them.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Span {
  days: number;
  hours: number;
  minutes: number;
}

export function splitSpan(ms: number): Span {
  const abs = Math.abs(ms);
  return { days: Math.floor(abs / DAY), hours: Math.floor((abs % DAY) / HOUR), minutes: Math.floor((abs % HOUR) / MINUTE) };
}

/** Where a deadline stands: days (or, within a day, hours) left, or whole days since it passed. */
export type DeadlineState = { state: 'open'; days: number; hours: number } | { state: 'passed'; days: number };

export function deadlineState(deadlineMs: number, nowMs: number): DeadlineState {
  const left = deadlineMs - nowMs;
  if (left > 0) return { state: 'open', days: Math.floor(left / DAY), hours: Math.ceil((left % DAY) / HOUR) };
  return { state: 'passed', days: Math.floor(-left / DAY) };
}
