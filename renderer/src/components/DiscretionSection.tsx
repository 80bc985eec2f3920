// 裁量: the tier the catalogue's benchmarks suggest for this case, with its range, the facts that decided it and
// its basis; the handler's decision (who, when), or the form to accept the suggestion with an amount, or to choose
// another tier with a reason.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ChainVerdictDto } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { formatInstantInZone } from '../format/date-time';
import type { CatalogItem } from '../hooks/useCatalog';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';

type Suggestion = ChainVerdictDto['discretion'];
type Tier = CatalogItem['tiers'][number];

interface Props {
  caseId: string;
  zone: string;
  suggestion: Suggestion;
  tiers: readonly Tier[];
  complete: boolean;
  version: number;
  onChanged: () => void;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function DiscretionSection({ caseId, zone, suggestion, tiers, complete, version, onChanged }: Props) {
  const { t, language } = useI18n();
  const decision = useLoad(() => call('discretion.get', { caseId }), [caseId, version]);
  const [deciding, setDeciding] = useState(false);
  const tierName = (tier: Tier | null | undefined, id: string | null): string => (tier ? (language === 'en' ? (t.tierNames[tier.id] ?? tier.name) : tier.name) : (id ?? '—'));
  const tier = suggestion.tier;
  const current = decision.data.value ?? null;
  const reasons = language === 'en' ? suggestion.reasonsEn.map(sentence) : suggestion.reasons;

  return (
    <div className="discretion" data-testid="discretion">
      {tier ? (
        <div className="disc-suggested" data-testid="discretion-suggestion">
          <span className="disc-label">{t.discretionSuggested}</span>
          <strong className="disc-tier">{tierName(tier, tier.id)}</strong>
          <span className="disc-range">{t.discretionRange(tier.minYuan, tier.maxYuan)}</span>
        </div>
      ) : (
        <p className="muted small">{t.discretionNoTier}</p>
      )}
      <div className="disc-facts">
        <span className="disc-label">{t.discretionFacts}</span>
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      {suggestion.exemptEligible && <p className="disc-exempt">{t.discretionExempt}</p>}
      {tier && (
        <details className="disc-basis">
          <summary>{t.discretionBasis}</summary>
          <p>{tier.basis}</p>
        </details>
      )}
      {!complete && <p className="disc-note">{t.discretionIncompleteNote}</p>}

      {decision.data.state === 'error' && <ErrorBanner error={decision.data.error} onRetry={() => void decision.reload()} />}
      {current && !deciding && (
        <div className={current.accepted ? 'disc-decision is-accepted' : 'disc-decision is-overridden'} data-testid="discretion-decision">
          <div className="disc-decision-head">
            <strong>{t.discretionDecided(current.accepted)}</strong>
            <span>
              {tierName(
                tiers.find((x) => x.id === current.tierId),
                current.tierId,
              )}
              {current.amountYuan !== null && ` · ${t.discretionAmountText(current.amountYuan)}`}
            </span>
          </div>
          {current.reason && <p className="disc-reason">{current.reason}</p>}
          <div className="disc-decision-foot">
            <span className="muted small">{t.discretionDecidedBy(current.decidedBy, formatInstantInZone(current.decidedAt, zone, t.dateStyle))}</span>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setDeciding(true)}>
              {t.discretionChange}
            </button>
          </div>
        </div>
      )}
      {decision.data.state !== 'loading' && (!current || deciding) && (
        <DecisionForm
          caseId={caseId}
          suggested={tier}
          tiers={tiers}
          tierName={tierName}
          onCancel={current ? () => setDeciding(false) : null}
          onDone={() => {
            setDeciding(false);
            void decision.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}

interface FormProps {
  caseId: string;
  suggested: Tier | null;
  tiers: readonly Tier[];
  tierName: (tier: Tier | null | undefined, id: string | null) => string;
  onCancel: (() => void) | null;
  onDone: () => void;
}

function DecisionForm({ caseId, suggested, tiers, tierName, onCancel, onDone }: FormProps) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<'accept' | 'override'>(suggested ? 'accept' : 'override');
  const [tierId, setTierId] = useState(suggested?.id ?? tiers[0]?.id ?? '');
  const [amount, setAmount] = useState(suggested ? String(suggested.minYuan) : '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const tier = mode === 'accept' ? suggested : (tiers.find((x) => x.id === tierId) ?? null);
  const noFine = tier !== null && tier.maxYuan === 0;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const yuan = noFine ? 0 : amount.trim() === '' ? null : Number(amount);
    if (tier && yuan !== null && (!Number.isInteger(yuan) || yuan < tier.minYuan || yuan > tier.maxYuan)) return setProblem(t.discretionAmountOut(tier.minYuan, tier.maxYuan));
    if (mode === 'override' && reason.trim() === '') return setProblem(t.discretionReasonMissing);
    setBusy(true);
    setError(null);
    try {
      await call('discretion.decide', mode === 'accept' ? { caseId, accept: true, amountYuan: yuan } : { caseId, accept: false, tierId, amountYuan: yuan, reason: reason.trim() });
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="disc-form" onSubmit={(e) => void submit(e)} data-testid="discretion-form" noValidate>
      {mode === 'override' && (
        <div className="field">
          <label htmlFor={`${id}-tier`}>{t.discretionTier}</label>
          <select
            id={`${id}-tier`}
            value={tierId}
            onChange={(e) => {
              setTierId(e.target.value);
              const next = tiers.find((x) => x.id === e.target.value);
              if (next) setAmount(String(next.minYuan));
              setProblem(null);
            }}
          >
            {tiers.map((x) => (
              <option key={x.id} value={x.id}>
                {tierName(x, x.id)} · {t.discretionRange(x.minYuan, x.maxYuan)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!noFine && (
        <div className="field">
          <label htmlFor={`${id}-amount`}>{t.discretionAmount}</label>
          <input
            id={`${id}-amount`}
            type="number"
            inputMode="numeric"
            min={tier?.minYuan}
            max={tier?.maxYuan}
            step={1}
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              setProblem(null);
            }}
          />
        </div>
      )}
      {mode === 'override' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t.discretionReason}</label>
          <textarea id={`${id}-reason`} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <span className="form-hint">{t.discretionReasonHint}</span>
        </div>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
          {busy ? t.discretionSaving : mode === 'accept' ? t.discretionAccept : t.discretionSave}
        </button>
        {mode === 'accept' && (
          <button type="button" className="btn btn-small" onClick={() => setMode('override')}>
            {t.discretionOverride}
          </button>
        )}
        {mode === 'override' && (suggested || onCancel) && (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => (suggested ? setMode('accept') : onCancel?.())}>
            {t.cancel}
          </button>
        )}
        {mode === 'accept' && onCancel && (
          <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
