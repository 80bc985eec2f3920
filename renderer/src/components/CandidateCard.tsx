// One candidate for the party: rank, name and kind, distance from the capture, registration status, whether a
// second source corroborates it, why it is a candidate (in the current language), and the confirm button.

import type { PartyCandidate } from '../../../electron/contract/dto';
import { evidenceList } from '../format/evidence-seq';
import { useI18n } from '../i18n';
import { CorroborationBadge } from './ConfirmedPartyCard';
import { DatasetVersionRef } from './DatasetVersionRef';

interface Props {
  rank: number;
  candidate: PartyCandidate;
  confirmed: boolean;
  busy: boolean;
  onConfirm: () => void;
}

/** The core's English reasons start in lower case (they are clauses joined by semicolons); shown alone, a capital. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function CandidateCard({ rank, candidate: c, confirmed, busy, onConfirm }: Props) {
  const { t, language } = useI18n();
  const reg = c.registration;
  const regState = reg ? (reg.active === true ? 'active' : reg.active === false ? 'ended' : 'unknown') : null;
  return (
    <li className={confirmed ? 'candidate is-confirmed' : 'candidate'} data-testid="candidate" data-ref={c.ref}>
      <div className="candidate-head">
        <span className="candidate-rank" aria-hidden="true">
          {rank}
        </span>
        <div className="candidate-title">
          <strong className="candidate-name">{c.name}</strong>
          <span className="kind-chip">{t.candidateKinds[c.kind]}</span>
        </div>
        {c.distanceMeters !== null && (
          <span className="candidate-distance" data-testid="candidate-distance">
            {t.distanceMeters(Math.round(c.distanceMeters))}
          </span>
        )}
      </div>
      {c.address && <p className="candidate-address">{c.address}</p>}
      <div className="candidate-badges">
        <CorroborationBadge corroborated={c.corroborated} />
        {reg && regState && (
          <span className={`badge reg-${regState}`} title={reg.name}>
            {t.registration} · {reg.status ?? (regState === 'active' ? t.regActive : regState === 'ended' ? t.regEnded : t.regUnknown)}
            {reg.establishedOn && ` · ${t.establishedOn(reg.establishedOn)}`}
          </span>
        )}
      </div>
      <p className="candidate-why">{language === 'en' ? sentence(c.explanation.en) : c.explanation.zh}</p>
      <div className="candidate-foot">
        <span className="candidate-source">
          {c.evidenceSeqs.length > 0 && <span>{t.basedOnEvidence(evidenceList(c.evidenceSeqs, t.dateStyle))}</span>}
          <DatasetVersionRef id={c.dataset} />
        </span>
        {confirmed ? (
          <span className="confirmed-mark">✓ {t.confirmedMark}</span>
        ) : (
          <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={onConfirm}>
            {t.confirmParty}
          </button>
        )}
      </div>
    </li>
  );
}
