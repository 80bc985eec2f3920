// Opens a case: a title and, optionally, its violation from the catalogue (which decides what its evidence chain
// must prove). The new case is opened at once.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseSummary } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useCatalog } from '../hooks/useCatalog';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { useViolationName } from './ViolationName';

interface Props {
  onCreated: (created: CaseSummary) => void;
  onCancel: () => void;
}

export function NewCaseForm({ onCreated, onCancel }: Props) {
  const { t } = useI18n();
  const catalog = useCatalog();
  const violationName = useViolationName();
  const [title, setTitle] = useState('');
  const [type, setType] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const titleId = useId();
  const typeId = useId();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (title.trim() === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await call('cases.create', { title: title.trim(), type: type === '' ? null : type }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="panel new-case" aria-labelledby={`${titleId}-h`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${titleId}-h`} className="panel-title">
        {t.newCaseHeading}
      </h2>
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={titleId}>{t.caseTitleLabel}</label>
          <input
            id={titleId}
            type="text"
            required
            maxLength={200}
            autoFocus
            value={title}
            placeholder={t.caseTitlePlaceholder}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={typeId}>{t.caseTypeLabel}</label>
          <select id={typeId} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t.caseTypeNone}</option>
            {(catalog.items ?? []).map((item) => (
              <option key={item.code} value={item.code}>
                {violationName(item, item.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || title.trim() === ''}>
            {busy ? t.creating : t.create}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </div>
      <p className="form-hint">{t.caseTypeHint}</p>
      {catalog.error !== null && <ErrorBanner error={catalog.error} />}
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
    </form>
  );
}
