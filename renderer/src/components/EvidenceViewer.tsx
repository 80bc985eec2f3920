// The large viewer: one capture as big as the screen allows, with the metadata beside it (ZoomStage does the
// zooming and panning). ← / → (or K / J) step through the captures in the gallery's current order. Other formats
// (HEIC, video) show their thumbnail or placeholder and the metadata.

import type { KeyboardEvent } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../chain/review-marks';
import { bridge } from '../bridge';
import { canShowOriginal } from '../evidence/media-kind';
import { useI18n } from '../i18n';
import { EvidenceFacts, FactSection } from './EvidenceFacts';
import { Thumbnail } from './MediaPreview';
import { Modal } from './Modal';
import { WarningList } from './WarningList';
import { ZoomStage } from './ZoomStage';

interface Props {
  /** The captures in the gallery's current order. */
  items: readonly EvidenceItem[];
  index: number;
  zone: string;
  reviews: ReadonlyMap<string, ReviewMark>;
  onIndex: (index: number) => void;
  onReview: (id: string) => void;
  onClose: () => void;
}

const STEP_KEYS: Record<string, number> = { ArrowLeft: -1, k: -1, ArrowRight: 1, j: 1 };

export function EvidenceViewer({ items, index, zone, reviews, onIndex, onReview, onClose }: Props) {
  const { t } = useI18n();
  const item = items[index];
  if (!item) return null;
  const seq = item.id.slice(item.caseId.length + 1);
  const review = reviews.get(item.id) ?? 'none';

  const step = (delta: number): void => {
    const next = Math.min(items.length - 1, Math.max(0, index + delta));
    if (next !== index) onIndex(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const delta = STEP_KEYS[event.key];
    if (delta === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
    event.preventDefault();
    step(delta);
  };

  return (
    <Modal title={`${seq} · ${item.sourceName}`} subtitle={t.viewerPosition(index + 1, items.length)} onClose={onClose} size="viewer" testId="evidence-viewer">
      <div className="viewer" onKeyDown={onKeyDown}>
        <ZoomStage
          src={canShowOriginal(item.mediaType) ? bridge.mediaUrl(item.sha256, 'original') : null}
          alt={t.previewLabel(item.sourceName)}
          toolbarStart={
            <>
              <button type="button" className="btn btn-small" onClick={() => step(-1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft K">
                ‹ {t.viewerPrevious}
              </button>
              <button type="button" className="btn btn-small" onClick={() => step(1)} disabled={index >= items.length - 1} aria-keyshortcuts="ArrowRight J">
                {t.viewerNext} ›
              </button>
            </>
          }
          fallback={
            <div className="viewer-placeholder">
              <Thumbnail item={item} />
              <p className="muted small">{t.viewerCannotDraw(item.mediaType)}</p>
            </div>
          }
        />
        <aside className="viewer-meta" aria-label={t.viewerMetadata} data-testid="viewer-meta">
          <FactSection title={t.sectionReview}>
            <p className="viewer-review">
              <span className={`tile-review review-${review} is-inline`} data-testid="viewer-review">
                {t.reviewMarks[review]}
              </span>
              <button type="button" className="link-btn" onClick={() => onReview(item.id)}>
                {t.viewerOpenReview}
              </button>
            </p>
          </FactSection>
          <FactSection title={t.sectionWarnings}>
            <WarningList codes={item.warnings} />
          </FactSection>
          <EvidenceFacts item={item} zone={zone} />
        </aside>
      </div>
    </Modal>
  );
}
