// The reviewer's look at one original inside the case file: the picture as the file holds it (zoomable), and
// beside it what the manifest says of it and whether its bytes still match. ← / → step through the evidence.

import type { KeyboardEvent } from 'react';
import { bridge } from '../bridge';
import { evidenceCheck } from '../casefile/checks';
import type { VerifyCheck } from '../casefile/checks';
import type { ManifestEvidence } from '../casefile/manifest';
import { canShowOriginal } from '../evidence/media-kind';
import { formatWallTime } from '../format/date-time';
import { useI18n } from '../i18n';
import { FactRow, FactSection } from './EvidenceFacts';
import { Modal } from './Modal';
import { ZoomStage } from './ZoomStage';

interface Props {
  path: string;
  evidence: readonly ManifestEvidence[];
  checks: readonly VerifyCheck[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
}

export function VerifyOriginalViewer({ path, evidence, checks, index, onIndex, onClose }: Props) {
  const { t, language } = useI18n();
  const e = evidence[index];
  if (!e) return null;
  const check = evidenceCheck(checks, e.no);
  const step = (delta: number): void => {
    const next = Math.min(evidence.length - 1, Math.max(0, index + delta));
    if (next !== index) onIndex(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const delta = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (delta === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    step(delta);
  };

  return (
    <Modal title={t.verifyOriginalTitle(e.no, e.name)} subtitle={t.verifyOriginalSub} onClose={onClose} size="viewer" testId="verify-original-viewer">
      <div className="viewer" onKeyDown={onKeyDown}>
        <ZoomStage
          src={canShowOriginal(e.mediaType) ? bridge.verifiedEvidenceUrl(path, e.no) : null}
          alt={t.previewLabel(e.name)}
          toolbarStart={
            <>
              <button type="button" className="btn btn-small" onClick={() => step(-1)} disabled={index === 0}>
                ‹ {t.viewerPrevious}
              </button>
              <button type="button" className="btn btn-small" onClick={() => step(1)} disabled={index >= evidence.length - 1}>
                {t.viewerNext} ›
              </button>
            </>
          }
          fallback={<p className="viewer-placeholder muted small">{t.viewerCannotDraw(e.mediaType)}</p>}
        />
        <aside className="viewer-meta" aria-label={t.viewerMetadata} data-testid="viewer-meta">
          <FactSection title={t.verifyColHashCheck}>
            {check ? (
              <p className={check.ok ? 'mark-ok' : 'mark-bad'} data-testid="verify-original-check" data-ok={check.ok}>
                {check.ok ? '✓ ' : '✕ '}
                {language === 'en' ? check.messageEn : check.message}
              </p>
            ) : (
              <p className="muted">{t.verifyHashUnchecked}</p>
            )}
          </FactSection>
          <FactSection title={t.verifyOriginalFacts}>
            <dl className="facts">
              <FactRow label={t.verifyColName}>{e.name}</FactRow>
              <FactRow label={t.mediaType}>
                <span className="mono">{e.mediaType}</span>
              </FactRow>
              <FactRow label={t.capturedAt}>{e.capturedAt ? formatWallTime(e.capturedAt, t.dateStyle) : <span className="muted">{t.verifyNoTimeRecorded}</span>}</FactRow>
              <FactRow label={t.timeBasis}>{e.timeBasis ? t.timelineBasis(e.timeBasis) : '—'}</FactRow>
              <FactRow label={t.verifyColReview}>{e.review ? `${e.review.result}${e.review.note ? ` · ${e.review.note}` : ''}` : t.verifyReviewNone}</FactRow>
            </dl>
          </FactSection>
          <FactSection title={t.sectionHashes}>
            <dl className="facts facts-stacked">
              <FactRow label="SHA-256">
                <code className="hash selectable">{e.sha256}</code>
              </FactRow>
              <FactRow label="SM3">
                <code className="hash selectable">{e.sm3}</code>
              </FactRow>
            </dl>
          </FactSection>
        </aside>
      </div>
    </Modal>
  );
}
