// The party the handler confirmed: who, from which dataset version, whether a second source corroborates it,
// the snapshot's SHA-256 (what the case file will cite), and who confirmed it when.

import type { ConfirmedParty } from '../../../electron/contract/dto';
import { snapshotFacts } from '../data/party-snapshot';
import { formatInstantInZone } from '../format/date-time';
import { useI18n } from '../i18n';
import { DatasetVersionRef } from './DatasetVersionRef';

export function CorroborationBadge({ corroborated }: { corroborated: boolean }) {
  const { t } = useI18n();
  return corroborated ? (
    <span className="badge badge-ok" data-testid="corroborated">
      <svg viewBox="0 0 12 12" width="11" height="11" aria-hidden="true">
        <path d="M2.5 6.2l2.3 2.3 4.7-5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t.corroborated}
    </span>
  ) : (
    <span className="badge badge-quiet">{t.singleSource}</span>
  );
}

export function ConfirmedPartyCard({ party, zone }: { party: ConfirmedParty; zone: string }) {
  const { t } = useI18n();
  const facts = snapshotFacts(party.snapshot);
  const kind = party.kind === 'merchant' || party.kind === 'business' || party.kind === 'vehicle' ? t.candidateKinds[party.kind] : party.kind;
  return (
    <section className="party-confirmed" aria-label={t.partyConfirmedHeading} data-testid="confirmed-party">
      <div className="party-confirmed-head">
        <span className="party-confirmed-label">{t.partyConfirmedHeading}</span>
        <CorroborationBadge corroborated={party.corroborated} />
      </div>
      <div className="party-confirmed-name">
        <strong data-testid="confirmed-party-name">{party.name}</strong>
        <span className="kind-chip">{kind}</span>
      </div>
      {facts.address && <p className="party-address">{facts.address}</p>}
      <dl className="facts party-facts">
        {facts.uscc && (
          <div className="fact">
            <dt>{t.uscc}</dt>
            <dd className="mono">{facts.uscc}</dd>
          </div>
        )}
        {facts.datasetVersion && (
          <div className="fact">
            <dt>{t.datasetVersion}</dt>
            <dd>
              <DatasetVersionRef id={facts.datasetVersion} />
              {facts.secondSource?.datasetVersion && (
                <>
                  <span className="muted"> + </span>
                  <DatasetVersionRef id={facts.secondSource.datasetVersion} />
                </>
              )}
            </dd>
          </div>
        )}
        <div className="fact">
          <dt>{t.snapshotHash}</dt>
          <dd>
            <code className="hash selectable" data-testid="snapshot-hash">
              {party.snapshotSha256}
            </code>
          </dd>
        </div>
        <div className="fact">
          <dt>{t.confirmedBy}</dt>
          <dd>{party.confirmedBy}</dd>
        </div>
        <div className="fact">
          <dt>{t.confirmedAt}</dt>
          <dd>{formatInstantInZone(party.confirmedAt, zone, t.dateStyle)}</dd>
        </div>
      </dl>
    </section>
  );
}
