// Records a notice served on the party: which notice, when and how it was served, its period (defaulting from the
// violation's catalogue entry), the party's written consent where it was served electronically, and the facts it
// states. The core numbers it and writes its text from a template.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Input } from '../../../electron/contract/api';
import type { NoticeDto } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import type { NoticeKind } from '../chain/fix';
import type { CatalogItem } from '../hooks/useCatalog';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { FormActions } from './FormActions';

type Method = Input<'notices.add'>['method'];
const KINDS: readonly NoticeKind[] = ['correction-order', 'facts-notice'];
const METHODS: readonly Method[] = ['direct', 'post', 'electronic', 'public'];

interface Props {
  caseId: string;
  item: CatalogItem | null;
  initialKind: NoticeKind;
  onDone: (notice: NoticeDto) => void;
  onCancel: () => void;
}

function defaultDays(item: CatalogItem | null, kind: NoticeKind): number | null {
  if (!item) return null;
  return kind === 'correction-order' ? item.correctionDays : item.statementDays;
}

export function NoticeForm({ caseId, item, initialKind, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<NoticeKind>(initialKind);
  const [served, setServed] = useState('');
  const [method, setMethod] = useState<Method>('direct');
  const [days, setDays] = useState(() => String(defaultDays(item, initialKind) ?? ''));
  const [daysEdited, setDaysEdited] = useState(false);
  const [consent, setConsent] = useState('');
  const [facts, setFacts] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fallbackDays = defaultDays(item, kind);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (served === '') return setProblem(t.servedRequired);
    if (method === 'electronic' && consent.trim() === '') return setProblem(t.consentRequired);
    setBusy(true);
    setError(null);
    try {
      const notice = await call('notices.add', {
        caseId,
        kind,
        served,
        method,
        deadlineDays: days.trim() === '' ? null : Number(days),
        consent: method === 'electronic' ? consent.trim() : null,
        facts: facts.trim() === '' ? null : facts.trim(),
      });
      onDone(notice);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="panel notice-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} data-testid="notice-form" noValidate>
      <h3 id={`${id}-h`} className="notice-form-title">
        {t.noticeFormHeading}
      </h3>
      <div className="form-grid">
        <div className="field span-2">
          <label htmlFor={`${id}-kind`}>{t.noticeKindLabel}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              const next = e.target.value as NoticeKind;
              setKind(next);
              if (!daysEdited) setDays(String(defaultDays(item, next) ?? ''));
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.noticeKinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-served`}>{t.servedLabel}</label>
          <input
            id={`${id}-served`}
            type="datetime-local"
            value={served}
            onChange={(e) => {
              setServed(e.target.value);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-method`}>{t.methodLabel}</label>
          <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t.serviceMethods[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t.deadlineDaysLabel}</label>
          <input
            id={`${id}-days`}
            type="number"
            min={0}
            max={365}
            step={1}
            value={days}
            onChange={(e) => {
              setDays(e.target.value);
              setDaysEdited(true);
            }}
          />
          {fallbackDays !== null && <span className="form-hint">{t.deadlineDaysHint(fallbackDays)}</span>}
        </div>
        {method === 'electronic' && (
          <div className="field">
            <label htmlFor={`${id}-consent`}>{t.consentLabel}</label>
            <input
              id={`${id}-consent`}
              type="text"
              maxLength={200}
              value={consent}
              placeholder={t.consentPlaceholder}
              onChange={(e) => {
                setConsent(e.target.value);
                setProblem(null);
              }}
            />
          </div>
        )}
        <div className="field span-2">
          <label htmlFor={`${id}-facts`}>{t.factsLabel}</label>
          <textarea id={`${id}-facts`} rows={3} maxLength={2000} value={facts} placeholder={t.factsPlaceholder} onChange={(e) => setFacts(e.target.value)} />
        </div>
      </div>
      {method === 'public' && <p className="form-hint">{t.publicNote}</p>}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      <FormActions busy={busy} label={t.saveNotice} busyLabel={t.savingNotice} onCancel={onCancel} />
    </form>
  );
}
