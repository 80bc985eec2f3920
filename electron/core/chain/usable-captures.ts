// Which captures may count as evidence: only those reviewed under 行政处罚法 Art. 41 with all four qualities
// confirmed, and without a sign that the file was edited or its clock never set (material whose authenticity
// cannot be established cannot decide a case: 行政诉讼证据规定 Art. 57/71).

import type { WarningCode } from '../evidence/warnings';
import type { ChainCapture } from './chain-input';

export const DISQUALIFYING_WARNINGS: readonly WarningCode[] = ['time-missing', 'clock-not-set', 'edited-software', 'edited-xmp-history', 'metadata-unreadable'];

export function reviewPassed(c: ChainCapture): boolean {
  return c.review !== null && c.review.authentic && c.review.clear && c.review.complete && c.review.accurate;
}

export function disqualifiedBy(c: ChainCapture): WarningCode[] {
  return c.warnings.filter((w) => DISQUALIFYING_WARNINGS.includes(w));
}

/** The true capture instant: the recorded time less the registered camera's known clock offset. */
export function trueTimeMs(c: ChainCapture): number | null {
  if (c.capturedAtMs === null) return null;
  return c.capturedAtMs - (c.camera?.clockOffsetSeconds ?? 0) * 1000;
}

/** Reviewed, undisqualified captures offered to prove the act, in time order. */
export function actCaptures(captures: readonly ChainCapture[]): ChainCapture[] {
  return captures
    .filter((c) => c.proves.includes('act') && reviewPassed(c) && disqualifiedBy(c).length === 0 && c.capturedAtMs !== null)
    .sort((a, b) => (trueTimeMs(a) ?? 0) - (trueTimeMs(b) ?? 0));
}
