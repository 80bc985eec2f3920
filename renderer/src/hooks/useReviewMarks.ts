// The review mark of every capture in the gallery: read from the chain verdict where it names the capture, and
// asked of the core one by one only for the few it does not name (captures that prove something other than the
// act, or every capture of a case the catalogue cannot judge, up to a bound).

import { useEffect, useMemo, useState } from 'react';
import type { ChainVerdictDto, EvidenceItem } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { markOfReview, reviewMarksFromVerdict } from '../chain/review-marks';
import type { ReviewMark } from '../chain/review-marks';

const MAX_ASKED = 300;

export function useReviewMarks(items: readonly EvidenceItem[], verdict: ChainVerdictDto | null, settled: boolean, version: number): ReadonlyMap<string, ReviewMark> {
  const derived = useMemo(() => (verdict ? reviewMarksFromVerdict(verdict) : new Map<string, ReviewMark>()), [verdict]);
  const missing = useMemo(() => (settled ? items.filter((i) => !derived.has(i.id)).slice(0, MAX_ASKED).map((i) => i.id) : []), [items, derived, settled]);
  const missingKey = missing.join('\n');
  const [asked, setAsked] = useState<ReadonlyMap<string, ReviewMark>>(new Map());

  useEffect(() => {
    const ids = missingKey === '' ? [] : missingKey.split('\n');
    if (ids.length === 0) return;
    let live = true;
    Promise.all(ids.map(async (id) => [id, markOfReview((await call('evidence.reviewOf', { evidenceId: id })).review)] as const)).then(
      (pairs) => live && setAsked(new Map(pairs)),
      () => undefined, // a mark is a convenience: without it the tile simply shows none
    );
    return () => {
      live = false;
    };
  }, [missingKey, version]);

  return useMemo(() => new Map([...asked, ...derived]), [asked, derived]);
}
