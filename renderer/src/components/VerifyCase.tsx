// The case as the file states it: number, title, violation, party, dates, who issued it with which program, the
// suggested discretion tier, and — where the chain was incomplete — the reason the handler gave for issuing it.

import type { CaseFileManifest } from '../casefile/manifest';
import { formatInstantInZone } from '../format/date-time';
import { useI18n } from '../i18n';
import { ChainBadge } from './ChainBadge';

function Fact({ label, value, testId }: { label: string; value: string | null | undefined; testId?: string }) {
  if (!value) return null;
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

export function VerifyCase({ manifest, zone }: { manifest: CaseFileManifest; zone: string }) {
  const { t } = useI18n();
  const c = manifest.case;
  const d = manifest.discretion;
  return (
    <section className="verify-block" aria-label={t.verifyCaseHeading} data-testid="verify-case">
      <div className="verify-block-head">
        <h2>{t.verifyCaseHeading}</h2>
        {manifest.complete !== undefined && <ChainBadge complete={manifest.complete} type={null} />}
      </div>
      <dl className="facts verify-facts">
        <Fact label={t.verifyCaseId} value={c?.id} testId="verify-case-id" />
        <Fact label={t.verifyCaseTitle} value={c?.title} />
        <Fact label={t.verifyCause} value={c?.cause} />
        <Fact label={t.verifyParty} value={c?.party} />
        <Fact label={t.verifyOpenedOn} value={c?.openedOn} />
        <Fact label={t.verifyBureau} value={manifest.bureau} />
        <Fact label={t.verifyGenerated} value={manifest.generatedAt ? formatInstantInZone(manifest.generatedAt, zone, t.dateStyle) : null} />
        <Fact label={t.verifyGenerator} value={manifest.generator} />
        <Fact label={t.verifyDiscretion} value={d ? [d.tier, d.range].filter(Boolean).join(' · ') : null} />
      </dl>
      {manifest.overrideReason && (
        <p className="verify-override" data-testid="verify-override">
          <strong>{t.verifyOverride}</strong>
          <span>{manifest.overrideReason}</span>
        </p>
      )}
    </section>
  );
}
