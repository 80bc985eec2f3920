// The Art. 41 review of one capture: four yes/no answers (真实、清晰、完整、准确) and a note, required when any
// answer is no. The core refuses a failed review without a note as well; saying so here, before the call, keeps
// the handler's answers on screen.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Output } from '../../../electron/contract/api';
import { call } from '../bridge/call';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { FormActions } from './FormActions';

export const REVIEW_QUESTIONS = ['authentic', 'clear', 'complete', 'accurate'] as const;
export type ReviewQuestion = (typeof REVIEW_QUESTIONS)[number];
export type Review = Output<'evidence.review'>;

type Answers = Record<ReviewQuestion, boolean | null>;
const UNANSWERED: Answers = { authentic: null, clear: null, complete: null, accurate: null };

interface Props {
  caseId: string;
  evidenceId: string;
  /** Where the form starts: the answers of the review it replaces, or none. */
  previous: Review | null;
  /** Focus the first answer when the form opens (it was opened from the chain panel). */
  autoFocus: boolean;
  onDone: (review: Review) => void;
  onCancel: (() => void) | null;
}

export function ReviewForm({ caseId, evidenceId, previous, autoFocus, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [answers, setAnswers] = useState<Answers>(() => (previous ? { ...previous } : UNANSWERED));
  const [note, setNote] = useState(previous?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const failed = REVIEW_QUESTIONS.some((q) => answers[q] === false);
  const answer = (q: ReviewQuestion, value: boolean): void => {
    setAnswers((a) => ({ ...a, [q]: value }));
    setProblem(null);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (REVIEW_QUESTIONS.some((q) => answers[q] === null)) return setProblem(t.reviewUnanswered);
    if (failed && note.trim() === '') return setProblem(t.reviewNoteMissing);
    setBusy(true);
    setError(null);
    try {
      const review = await call('evidence.review', {
        caseId,
        evidenceId,
        authentic: answers.authentic === true,
        clear: answers.clear === true,
        complete: answers.complete === true,
        accurate: answers.accurate === true,
        note: note.trim() === '' ? null : note.trim(),
      });
      onDone(review);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="review-form" onSubmit={(e) => void submit(e)} data-testid="review-form" noValidate>
      <div className="review-questions">
        {REVIEW_QUESTIONS.map((q, i) => (
          <div key={q} className="review-q" role="radiogroup" aria-labelledby={`${id}-${q}`} aria-describedby={`${id}-${q}-hint`}>
            <span className="review-q-text">
              <span id={`${id}-${q}`} className="review-q-label">
                {t.reviewQuestions[q]}
              </span>
              <span id={`${id}-${q}-hint`} className="review-q-hint" title={t.reviewHints[q]}>
                {t.reviewHints[q]}
              </span>
            </span>
            <span className="seg">
              <label className={answers[q] === true ? 'seg-opt is-yes' : 'seg-opt'}>
                <input type="radio" name={`${id}-${q}`} checked={answers[q] === true} autoFocus={autoFocus && i === 0} onChange={() => answer(q, true)} />
                {t.yes}
              </label>
              <label className={answers[q] === false ? 'seg-opt is-no' : 'seg-opt'}>
                <input type="radio" name={`${id}-${q}`} checked={answers[q] === false} onChange={() => answer(q, false)} />
                {t.no}
              </label>
            </span>
          </div>
        ))}
      </div>
      <button type="button" className="btn btn-small btn-quiet review-all-yes" onClick={() => setAnswers({ authentic: true, clear: true, complete: true, accurate: true })}>
        {t.reviewAllYes}
      </button>
      <div className="field review-note">
        <label htmlFor={`${id}-note`}>
          {t.reviewNote}
          <span className={failed ? 'text-serious' : 'muted'}>{t.reviewNoteRequired}</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={note}
          placeholder={t.reviewNotePlaceholder}
          aria-invalid={problem === t.reviewNoteMissing}
          onChange={(e) => {
            setNote(e.target.value);
            setProblem(null);
          }}
        />
      </div>
      {problem && (
        <p className="form-problem" role="alert" data-testid="review-problem">
          {problem}
        </p>
      )}
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      <FormActions busy={busy} label={t.reviewSubmit} busyLabel={t.reviewSubmitting} onCancel={onCancel} />
    </form>
  );
}
