// Who signed the file, with which certificate, and when — saying plainly when that time is only the signer's own
// computer clock (no trusted timestamp), which proves nothing about when the signature was made.

import type { VerifyResultDto } from '../../../electron/contract/dto';
import { formatInstantInZone } from '../format/date-time';
import { useI18n } from '../i18n';
import { CertificateFacts } from './CertificateFacts';

export function VerifySigner({ result, zone }: { result: VerifyResultDto; zone: string }) {
  const { t } = useI18n();
  const source = result.signingTimeSource;
  return (
    <section className="verify-block" aria-label={t.verifySignerHeading} data-testid="verify-signer">
      <div className="verify-block-head">
        <h2>{t.verifySignerHeading}</h2>
      </div>
      {result.signer ? <CertificateFacts info={result.signer} zone={zone} /> : <p className="muted">{t.verifyNoSigner}</p>}
      <dl className="facts verify-time">
        <div className="fact">
          <dt>{t.verifySigningTime}</dt>
          <dd data-testid="verify-signing-time" data-source={source ?? ''}>
            {result.signingTime ? (
              <>
                <strong>{formatInstantInZone(result.signingTime, zone, t.dateStyle)}</strong>
                {source && <span className={source === 'timestamp' ? 'time-source' : 'time-source is-clock'}>{t.verifyTimeSources[source]}</span>}
              </>
            ) : (
              <span className="muted">{t.verifyNoTime}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
