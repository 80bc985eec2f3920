// The evidence list as the file states it — number, the original itself (a thumbnail that opens it large), name
// and type, capture time with its basis, SHA-256 (short, in full on hover), the Art. 41 review — beside what the
// verifier found: whether the original inside the PDF still hashes to that value (the matching `evidence-N` check).

import { evidenceCheck } from '../casefile/checks';
import type { VerifyCheck } from '../casefile/checks';
import { reviewPassed } from '../casefile/manifest';
import type { ManifestEvidence } from '../casefile/manifest';
import { useState } from 'react';
import { bridge } from '../bridge';
import { canShowOriginal } from '../evidence/media-kind';
import { formatWallTime } from '../format/date-time';
import { useI18n } from '../i18n';
import { ShortHash } from './ShortHash';
import { VerifyOriginalViewer } from './VerifyOriginalViewer';

function OriginalThumb({ path, evidence, onOpen }: { path: string; evidence: ManifestEvidence; onOpen: () => void }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const drawable = canShowOriginal(evidence.mediaType) && !failed;
  return (
    <button type="button" className="verify-thumb" onClick={onOpen} aria-label={t.verifyOriginalOpen(evidence.no)} data-testid="verify-original">
      {drawable ? (
        <img src={bridge.verifiedEvidenceUrl(path, evidence.no)} alt="" loading="lazy" decoding="async" onError={() => setFailed(true)} />
      ) : (
        <span className="muted small">{t.verifyOriginalNone}</span>
      )}
    </button>
  );
}

function Review({ review }: { review: ManifestEvidence['review'] }) {
  const { t } = useI18n();
  if (!review) return <span className="muted">{t.verifyReviewNone}</span>;
  const passed = reviewPassed(review);
  return (
    <span className={passed ? 'mark-ok' : 'mark-bad'} title={t.verifyReviewTitle(review.result, review.by, review.at)} data-testid="verify-review" data-passed={passed}>
      <span aria-hidden="true">{passed ? '✓ ' : '✕ '}</span>
      {passed ? t.verifyReviewPassed : t.verifyReviewFailed}
      {review.note && <span className="verify-note">{review.note}</span>}
    </span>
  );
}

function HashCheck({ check }: { check: VerifyCheck | null }) {
  const { t, language } = useI18n();
  if (!check) return <span className="muted">{t.verifyHashUnchecked}</span>;
  return (
    <span className={check.ok ? 'mark-ok' : 'mark-bad'} title={language === 'en' ? check.messageEn : check.message} data-testid="verify-hash-check" data-ok={check.ok}>
      <span aria-hidden="true">{check.ok ? '✓ ' : '✕ '}</span>
      {check.ok ? t.verifyHashOk : t.verifyHashBad}
    </span>
  );
}

interface Props {
  /** Where the host holds the verified file. */
  path: string;
  evidence: readonly ManifestEvidence[];
  checks: readonly VerifyCheck[];
}

export function VerifyEvidenceTable({ path, evidence, checks }: Props) {
  const { t } = useI18n();
  const [viewing, setViewing] = useState<number | null>(null);
  return (
    <section className="verify-block" aria-label={t.verifyEvidenceHeading} data-testid="verify-evidence">
      <div className="verify-block-head">
        <h2>{t.verifyEvidenceHeading}</h2>
        <span className="verify-block-sub">{t.verifyEvidenceCount(evidence.length)}</span>
      </div>
      <div className="table-scroll">
        <table className="data-table verify-evidence-table">
          <thead>
            <tr>
              <th className="num">{t.verifyColNo}</th>
              <th>{t.verifyColOriginal}</th>
              <th>{t.verifyColName}</th>
              <th>{t.verifyColTime}</th>
              <th>{t.verifyColHash}</th>
              <th>{t.verifyColReview}</th>
              <th>{t.verifyColHashCheck}</th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((e, index) => {
              const check = evidenceCheck(checks, e.no);
              return (
                <tr key={e.no} data-testid="verify-evidence-row" data-no={e.no} className={check && !check.ok ? 'is-bad' : undefined}>
                  <td className="num">{e.no}</td>
                  <td>
                    <OriginalThumb path={path} evidence={e} onOpen={() => setViewing(index)} />
                  </td>
                  <td>
                    <span className="verify-ev-name">{e.name}</span>
                    <span className="verify-ev-sub">{[e.type, e.mediaType].filter(Boolean).join(' · ')}</span>
                  </td>
                  <td className="nowrap">
                    {e.capturedAt ? (
                      <>
                        {formatWallTime(e.capturedAt, t.dateStyle, { omitFraction: true })}
                        {e.timeBasis && <span className="verify-ev-sub">{t.timelineBasis(e.timeBasis)}</span>}
                      </>
                    ) : (
                      <span className="muted">{t.verifyNoTimeRecorded}</span>
                    )}
                  </td>
                  <td>
                    <ShortHash hash={e.sha256} />
                  </td>
                  <td>
                    <Review review={e.review} />
                  </td>
                  <td className="nowrap">
                    <HashCheck check={check} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {viewing !== null && <VerifyOriginalViewer path={path} evidence={evidence} checks={checks} index={viewing} onIndex={setViewing} onClose={() => setViewing(null)} />}
    </section>
  );
}
