// A capture's Art. 41 review in the detail pane: the current review (its answers, note, who and when), or the
// form when there is none, when the handler asks to review again, or when the chain panel sent them here.

import { useEffect, useRef, useState } from 'react';
import { markOfReview } from '../chain/review-marks';
import { formatInstantInZone } from '../format/date-time';
import { useI18n } from '../i18n';
import { REVIEW_QUESTIONS, ReviewForm } from './ReviewForm';
import type { Review } from './ReviewForm';

interface Props {
  caseId: string;
  evidenceId: string;
  zone: string;
  /** The current review; undefined while it loads. */
  review: Review | null | undefined;
  /** Bumped by the chain panel's "review" fix: open the form, scroll to it and focus it. */
  focusNonce: number;
  onReviewed: () => void;
  onBackToChain: () => void;
}

export function ReviewSection({ caseId, evidenceId, zone, review, focusNonce, onReviewed, onBackToChain }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  const [saved, setSaved] = useState<Review | null>(null);
  const [reviewing, setReviewing] = useState(false);
  // The focus request last dealt with (the form was closed after it), so a request opens the form only once.
  const [closedNonce, setClosedNonce] = useState(0);

  const current = saved ?? review;
  const requested = focusNonce > 0 && focusNonce !== closedNonce;
  const showForm = current !== undefined && (current === null || reviewing || requested);

  useEffect(() => {
    if (focusNonce === 0) return;
    const frame = requestAnimationFrame(() => {
      ref.current?.scrollIntoView({ block: 'start' });
      ref.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusNonce]);

  const close = (): void => {
    setReviewing(false);
    setClosedNonce(focusNonce);
  };

  return (
    <section className="detail-section review-section" aria-label={t.reviewHeading} ref={ref} data-testid="review-section">
      <h3>{t.reviewHeading}</h3>
      {current === undefined && <p className="muted small">{t.loading}</p>}
      {current === null && !showForm && <p className="muted small">{t.reviewNone}</p>}
      {current && !showForm && (
        <div className={`review-current review-${markOfReview(current)}`} data-testid="current-review">
          <div className="review-current-head">
            <strong className="review-result">{t.reviewResult(markOfReview(current) === 'passed')}</strong>
            <span className="review-by">{t.reviewBy(current.reviewer, formatInstantInZone(current.reviewedAt, zone, t.dateStyle))}</span>
          </div>
          <ul className="review-answers">
            {REVIEW_QUESTIONS.map((q) => (
              <li key={q} className={current[q] ? 'answer-yes' : 'answer-no'}>
                <span aria-hidden="true">{current[q] ? '✓' : '✕'}</span> {t.reviewQuestions[q]}
                <span className="visually-hidden">{current[q] ? t.yes : t.no}</span>
              </li>
            ))}
          </ul>
          {current.note && <p className="review-note-text">{current.note}</p>}
          <div className="review-current-actions">
            {saved && (
              <span className="review-saved" role="status">
                {t.reviewSaved}
              </span>
            )}
            {saved && (
              <button type="button" className="btn btn-small" onClick={onBackToChain}>
                ← {t.backToChain}
              </button>
            )}
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setReviewing(true)}>
              {t.reviewAgain}
            </button>
          </div>
        </div>
      )}
      {current === null && showForm && <p className="muted small review-none-line">{t.reviewNone}</p>}
      {showForm && (
        <ReviewForm
          caseId={caseId}
          evidenceId={evidenceId}
          previous={current ?? null}
          autoFocus={requested}
          onCancel={current ? close : null}
          onDone={(r) => {
            setSaved(r);
            close();
            onReviewed();
          }}
        />
      )}
    </section>
  );
}
