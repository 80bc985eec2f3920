// Each capture's Art. 41 review state for the gallery, read from the chain verdict the case screen already holds
// (one call, however many captures): the act element names every capture that proves it — unreviewed, failed,
// reviewed but disqualified by its warnings, or usable. A capture that proves something else is not named there;
// its state stays unknown here and is asked for one by one.

import type { ChainVerdictDto } from '../../../electron/contract/dto';

export type ReviewMark = 'none' | 'passed' | 'failed';

const BY_CODE: Record<string, ReviewMark> = {
  'capture-unreviewed': 'none',
  'capture-review-failed': 'failed',
  'capture-disqualified': 'passed',
};

export function reviewMarksFromVerdict(verdict: ChainVerdictDto): Map<string, ReviewMark> {
  const marks = new Map<string, ReviewMark>();
  const act = verdict.elements.find((e) => e.id === 'act');
  if (!act) return marks;
  for (const id of act.evidence) marks.set(id, 'passed');
  for (const p of act.problems) {
    const mark = BY_CODE[p.code];
    if (mark && p.fix?.ref) marks.set(p.fix.ref, mark);
  }
  return marks;
}

export function markOfReview(review: { authentic: boolean; clear: boolean; complete: boolean; accurate: boolean } | null): ReviewMark {
  if (!review) return 'none';
  return review.authentic && review.clear && review.complete && review.accurate ? 'passed' : 'failed';
}
