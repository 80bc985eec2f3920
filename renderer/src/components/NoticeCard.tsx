// One notice as served: its kind and number, when and how it was served, when it took effect, its period and
// where the deadline stands (days left, or how long ago it passed), and for a facts notice what came of the
// party's right to state and defend — with the buttons to record a statement, or (once the period is over)
// that none came.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { NoticeDto } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { formatInstantInZone } from '../format/date-time';
import { deadlineState } from '../format/durations';
import { formatLocalText } from '../format/local-text';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { FormActions } from './FormActions';

interface Props {
  notice: NoticeDto;
  zone: string;
  nowMs: number;
  highlighted: boolean;
  onChanged: () => void;
}

export function NoticeCard({ notice: n, zone, nowMs, highlighted, onChanged }: Props) {
  const { t } = useI18n();
  const [recording, setRecording] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const deadline = deadlineState(n.deadlineMs, nowMs);
  const at = (ms: number): string => formatInstantInZone(new Date(ms).toISOString(), zone, t.dateStyle);
  const isFacts = n.kind === 'facts-notice';
  const settled = n.statementReceivedAtMs !== null || n.noStatementRecordedAtMs !== null;
  const statement =
    n.statementReceivedAtMs !== null
      ? { cls: 'st-received', text: t.statementReceived(at(n.statementReceivedAtMs)) }
      : n.noStatementRecordedAtMs !== null
        ? { cls: 'st-none', text: t.statementNoneRecorded }
        : deadline.state === 'open'
          ? { cls: 'st-open', text: t.statementOpen }
          : { cls: 'st-awaiting', text: t.statementAwaiting };

  const recordNone = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await call('notices.noStatement', { noticeId: n.id });
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={highlighted ? 'notice is-highlighted' : 'notice'} data-testid="notice" data-kind={n.kind} data-notice-id={n.id}>
      <div className="notice-head">
        <span className={`notice-kind kind-${n.kind}`}>{t.noticeKinds[n.kind]}</span>
        <strong className="notice-number">{n.number}</strong>
        <span className={deadline.state === 'open' ? 'deadline-chip is-open' : 'deadline-chip is-passed'} data-testid="deadline-chip">
          {deadline.state === 'open' ? t.deadlineLeft(deadline.days, deadline.hours) : t.deadlinePassed(deadline.days)}
        </span>
      </div>
      <dl className="facts notice-facts">
        <div className="fact">
          <dt>{t.noticeServed}</dt>
          <dd data-testid="notice-served">
            {formatLocalText(n.servedAt, t.dateStyle)} · {t.serviceMethods[n.method]}
          </dd>
        </div>
        {n.effectiveAtMs !== n.servedAtMs && (
          <div className="fact">
            <dt>{t.noticeEffective}</dt>
            <dd>{at(n.effectiveAtMs)}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t.noticeDeadline}</dt>
          <dd data-testid="notice-deadline">
            {t.noticeDeadlineDays(n.deadlineDays)} → <strong>{formatLocalText(n.deadline, t.dateStyle)}</strong>
          </dd>
        </div>
        {n.method === 'electronic' && (
          <div className="fact">
            <dt>{t.noticeConsent}</dt>
            <dd className={n.consentRecorded ? '' : 'text-serious'}>{n.consent ?? t.noticeNoConsent}</dd>
          </div>
        )}
        {isFacts && (
          <div className="fact">
            <dt>{t.noticeStatement}</dt>
            <dd className={`statement ${statement.cls}`} data-testid="notice-statement">
              {statement.text}
              {n.statementNote && <span className="statement-note">{n.statementNote}</span>}
            </dd>
          </div>
        )}
      </dl>
      <details className="notice-content">
        <summary>{t.noticeContent}</summary>
        <p>{n.content}</p>
      </details>
      {isFacts && !settled && !recording && (
        <div className="notice-actions">
          <button type="button" className="btn btn-small" onClick={() => setRecording(true)}>
            {t.recordStatement}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy || deadline.state === 'open'}
            title={deadline.state === 'open' ? t.noStatementTooEarly(formatLocalText(n.deadline, t.dateStyle)) : undefined}
            onClick={() => void recordNone()}
          >
            {t.recordNoStatement}
          </button>
        </div>
      )}
      {recording && (
        <StatementForm
          noticeId={n.id}
          onCancel={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            onChanged();
          }}
        />
      )}
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
    </li>
  );
}

function StatementForm({ noticeId, onDone, onCancel }: { noticeId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [received, setReceived] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || received === '') return;
    setBusy(true);
    setError(null);
    try {
      await call('notices.statement', { noticeId, received, note: note.trim() === '' ? null : note.trim() });
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="statement-form" onSubmit={(e) => void submit(e)} data-testid="statement-form">
      <div className="field">
        <label htmlFor={`${id}-at`}>{t.statementReceivedLabel}</label>
        <input id={`${id}-at`} type="datetime-local" value={received} onChange={(e) => setReceived(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t.statementNoteLabel}</label>
        <textarea id={`${id}-note`} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      <FormActions busy={busy} disabled={received === ''} label={t.statementSave} onCancel={onCancel} />
    </form>
  );
}
