// A signing certificate's facts: who (name, organisation), issued by whom, valid when, its fingerprint, and —
// loudly — whether it is a test certificate, which has no legal effect. In full on the reviewer's screen; in two
// lines in the export dialog, where the handler only needs to recognise the certificate.

import type { KeyInfo } from '../casefile/key-info';
import { formatInstantInZone } from '../format/date-time';
import { useI18n } from '../i18n';
import { ShortHash } from './ShortHash';

interface Props {
  info: KeyInfo;
  zone: string;
  variant?: 'full' | 'compact';
}

export function CertificateFacts({ info, zone, variant = 'full' }: Props) {
  const { t } = useI18n();
  const date = (iso: string): string => formatInstantInZone(iso, zone, t.dateStyle, { dateOnly: true });
  const validity = t.certValidityRange(date(info.notBefore), date(info.notAfter));

  if (variant === 'compact') {
    return (
      <div className="cert-compact" data-testid="certificate">
        <div className="cert-compact-main">
          <strong>{info.commonName ?? info.subject}</strong>
          {info.organization && <span>{info.organization}</span>}
          {info.testCertificate && (
            <span className="cert-badge" title={t.certTestNote} data-testid="test-certificate">
              {t.certTestBadge}
            </span>
          )}
        </div>
        <div className="cert-compact-sub">
          <span>
            {t.certValidity} {validity}
          </span>
          <span className="cert-compact-fp">
            {t.certFingerprint} <ShortHash hash={info.fingerprintSha256} />
          </span>
        </div>
      </div>
    );
  }

  return (
    <div className="cert-facts" data-testid="certificate">
      {info.testCertificate && (
        <p className="cert-test" data-testid="test-certificate">
          <strong>{t.certTestBadge}</strong>
          <span>{t.certTestNote}</span>
        </p>
      )}
      <dl className="facts">
        <div className="fact">
          <dt>{t.certName}</dt>
          <dd>
            <strong>{info.commonName ?? info.subject}</strong>
          </dd>
        </div>
        {info.organization && (
          <div className="fact">
            <dt>{t.certOrg}</dt>
            <dd>{info.organization}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t.verifySubject}</dt>
          <dd className="cert-dn selectable">{info.subject}</dd>
        </div>
        <div className="fact">
          <dt>{t.certIssuer}</dt>
          <dd className="cert-dn selectable">{info.selfSigned ? t.certSelfSigned : info.issuer}</dd>
        </div>
        <div className="fact">
          <dt>{t.certValidity}</dt>
          <dd>{validity}</dd>
        </div>
        <div className="fact">
          <dt>{t.certFingerprint}</dt>
          <dd>
            <ShortHash hash={info.fingerprintSha256} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
