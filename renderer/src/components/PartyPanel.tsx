// The case's party (当事人): the one confirmed, if any, on top; where the captures were taken and in which
// grids; and the ranked candidates from the departments' data, each with its reasons and a confirm button.

import { useState } from 'react';
import { call } from '../bridge/call';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { CandidateCard } from './CandidateCard';
import { CaptureLocations } from './CaptureLocations';
import { ConfirmedPartyCard } from './ConfirmedPartyCard';
import { ErrorBanner } from './ErrorBanner';

interface Props {
  caseId: string;
  zone: string;
  /** Called after a confirmation, so the case (and its audit log) reloads. */
  onChanged: () => void;
}

export function PartyPanel({ caseId, zone, onChanged }: Props) {
  const { t } = useI18n();
  const found = useLoad(() => call('party.candidates', { caseId }), [caseId]);
  const current = useLoad(() => call('party.get', { caseId }), [caseId]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const confirm = async (ref: string): Promise<void> => {
    setConfirming(ref);
    setError(null);
    try {
      await call('party.confirm', { caseId, ref });
      await Promise.all([current.reload(), found.reload()]);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setConfirming(null);
    }
  };

  const party = current.data.value ?? null;
  const result = found.data.value;
  return (
    <section className="party" aria-label={t.tabParty} data-testid="party-panel">
      <p className="party-intro">{t.partyIntro}</p>
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      {current.data.state === 'error' && <ErrorBanner error={current.data.error} onRetry={() => void current.reload()} />}
      {party ? <ConfirmedPartyCard party={party} zone={zone} /> : current.data.state === 'ready' && <p className="party-none">{t.partyNone}</p>}

      {found.data.state === 'error' && <ErrorBanner error={found.data.error} onRetry={() => void found.reload()} />}
      {!result && found.data.state === 'loading' && <p className="muted">{t.loading}</p>}
      {result && (
        <>
          <section className="party-section" aria-labelledby="party-candidates-h">
            <div className="party-section-head">
              <h3 id="party-candidates-h">{t.candidatesHeading}</h3>
              <span className="muted small">{t.candidatesSub}</span>
            </div>
            {result.candidates.length === 0 ? (
              <p className="muted small">{t.candidatesEmpty}</p>
            ) : (
              <ol className="candidates" data-testid="candidates">
                {result.candidates.map((c, i) => (
                  <CandidateCard
                    key={c.ref}
                    rank={i + 1}
                    candidate={c}
                    confirmed={party?.ref === c.ref}
                    busy={confirming !== null}
                    onConfirm={() => void confirm(c.ref)}
                  />
                ))}
              </ol>
            )}
            {party && result.candidates.length > 1 && <p className="muted small">{t.reconfirmNote}</p>}
          </section>
          <section className="party-section" aria-labelledby="party-locations-h" data-testid="capture-locations">
            <div className="party-section-head">
              <h3 id="party-locations-h">{t.locationsHeading}</h3>
            </div>
            <CaptureLocations locations={result.locations} />
          </section>
        </>
      )}
    </section>
  );
}
