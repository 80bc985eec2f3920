// What verifying a case file found, laid out for a legal reviewer: the verdict; the checks beside the signer and
// the case; then the file's own account — evidence with hash results, the chain's elements and timeline, the
// notices, the party's data sources and the audit head.

import type { VerifyResultDto } from '../../../electron/contract/dto';
import type { CaseFileManifest } from '../casefile/manifest';
import { useI18n } from '../i18n';
import { ChainTimeline } from './ChainTimeline';
import { VerifyAudit } from './VerifyAudit';
import { VerifyCase } from './VerifyCase';
import { VerifyChecks } from './VerifyChecks';
import { VerifyDatasets } from './VerifyDatasets';
import { VerifyElements } from './VerifyElements';
import { VerifyEvidenceTable } from './VerifyEvidenceTable';
import { VerifyNotices } from './VerifyNotices';
import { VerifySigner } from './VerifySigner';
import { VerifyVerdict } from './VerifyVerdict';

interface Props {
  /** Where the host holds the verified file. */
  path: string;
  result: VerifyResultDto;
  manifest: CaseFileManifest | null;
  zone: string;
}

export function VerifyReport({ path, result, manifest, zone }: Props) {
  const { t } = useI18n();
  const chainCheck = result.checks.find((c) => c.id === 'chain-complete');
  const chainComplete = chainCheck ? chainCheck.ok : (manifest?.complete ?? null);
  return (
    <div className="verify-report" data-testid="verify-report">
      <VerifyVerdict result={result} chainComplete={chainComplete} />
      <div className="verify-columns">
        <VerifyChecks checks={result.checks} />
        <div className="verify-side">
          <VerifySigner result={result} zone={zone} />
          {manifest ? <VerifyCase manifest={manifest} zone={zone} /> : <p className="verify-block muted">{t.verifyNoManifest}</p>}
        </div>
      </div>
      {manifest && (
        <>
          <VerifyEvidenceTable path={path} evidence={manifest.evidence} checks={result.checks} />
          {manifest.verdict && (
            <div className="verify-columns">
              <VerifyElements elements={manifest.verdict.elements} evidence={manifest.evidence} />
              <section className="verify-block" aria-label={t.verifyTimelineHeading} data-testid="verify-timeline">
                <div className="verify-block-head">
                  <h2>{t.verifyTimelineHeading}</h2>
                </div>
                <ChainTimeline events={manifest.verdict.timeline} notices={[]} />
              </section>
            </div>
          )}
          <VerifyDatasets datasets={manifest.datasets} />
          <div className="verify-columns">
            <VerifyNotices notices={manifest.notices} />
            {manifest.audit && <VerifyAudit audit={manifest.audit} />}
          </div>
        </>
      )}
    </div>
  );
}
