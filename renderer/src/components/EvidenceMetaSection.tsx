// What an evidence item is, as 最高法 行政诉讼证据规定 Art. 12 asks the file to say: how it was made (制作方法), by
// whom (制作人) and what it proves (证明对象, the chain's elements). Shown with an edit form; every change is
// audit-logged by the core.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Output } from '../../../electron/contract/api';
import { call } from '../bridge/call';
import { ELEMENT_ORDER } from '../chain/fix';
import type { ElementId } from '../chain/fix';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { FormActions } from './FormActions';

type Meta = Output<'evidence.setMeta'>;
type Method = NonNullable<Meta['method']>;
const METHODS: readonly Method[] = ['fixed-camera', 'mobile-capture', 'data-export'];

interface Props {
  caseId: string;
  evidenceId: string;
  meta: Meta | undefined;
  onChanged: () => void;
}

export function EvidenceMetaSection({ caseId, evidenceId, meta, onChanged }: Props) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<Meta | null>(null);
  const [editing, setEditing] = useState(false);
  const current = saved ?? meta;

  return (
    <section className="detail-section" aria-label={t.metaHeading} data-testid="meta-section">
      <div className="section-head">
        <h3>{t.metaHeading}</h3>
        {current && !editing && (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setEditing(true)}>
            {t.metaEdit}
          </button>
        )}
      </div>
      {!current && <p className="muted small">{t.loading}</p>}
      {current && !editing && (
        <dl className="facts">
          <div className="fact">
            <dt>{t.metaMethod}</dt>
            <dd data-testid="meta-method">{current.method ? t.metaMethods[current.method] : <span className="muted">{t.metaMethodUnset}</span>}</dd>
          </div>
          <div className="fact">
            <dt>{t.metaOperator}</dt>
            <dd data-testid="meta-operator">{current.operator ?? <span className="muted">{t.metaMethodUnset}</span>}</dd>
          </div>
          <div className="fact">
            <dt>{t.metaProves}</dt>
            <dd className="proves-list" data-testid="meta-proves">
              {current.proves.length === 0 ? <span className="muted">—</span> : current.proves.map((p) => <span key={p} className="element-chip">{t.elementNames[p]}</span>)}
            </dd>
          </div>
          {(current.method === null || current.operator === null) && <p className="meta-note">{t.metaInferred}</p>}
        </dl>
      )}
      {current && editing && (
        <MetaForm
          caseId={caseId}
          evidenceId={evidenceId}
          meta={current}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            setSaved(next);
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function MetaForm({ caseId, evidenceId, meta, onCancel, onSaved }: { caseId: string; evidenceId: string; meta: Meta; onCancel: () => void; onSaved: (m: Meta) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [method, setMethod] = useState<Method | ''>(meta.method ?? '');
  const [operator, setOperator] = useState(meta.operator ?? '');
  const [proves, setProves] = useState<ElementId[]>(meta.proves);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const toggle = (e: ElementId): void => setProves((p) => (p.includes(e) ? p.filter((x) => x !== e) : ELEMENT_ORDER.filter((x) => x === e || p.includes(x))));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('evidence.setMeta', { caseId, evidenceId, ...(method ? { method } : {}), ...(operator.trim() !== '' ? { operator: operator.trim() } : {}), proves }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="meta-form" onSubmit={(e) => void submit(e)} data-testid="meta-form">
      <div className="field">
        <label htmlFor={`${id}-method`}>{t.metaMethod}</label>
        <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value as Method | '')}>
          {method === '' && <option value="">{t.metaMethodUnset}</option>}
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t.metaMethods[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-operator`}>{t.metaOperator}</label>
        <input id={`${id}-operator`} type="text" maxLength={100} value={operator} placeholder={t.metaOperatorPlaceholder} onChange={(e) => setOperator(e.target.value)} />
      </div>
      <fieldset className="field proves-field">
        <legend>{t.metaProves}</legend>
        <div className="checks">
          {ELEMENT_ORDER.map((e) => (
            <label key={e} className="check">
              <input type="checkbox" checked={proves.includes(e)} onChange={() => toggle(e)} />
              {t.elementNames[e]}
            </label>
          ))}
        </div>
      </fieldset>
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      <FormActions busy={busy} label={t.metaSave} busyLabel={t.metaSaving} onCancel={onCancel} />
    </form>
  );
}
