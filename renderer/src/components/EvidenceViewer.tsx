// The large viewer: one capture as big as the screen allows, with the metadata beside it. The browser applies the
// EXIF orientation to the original; zoom goes from "fit" to 800 %, by the buttons, Ctrl+wheel, + / − / 0 / 1 or a
// double-click; a zoomed picture is panned by dragging or scrolling. ← / → (or K / J) step through the captures in
// the gallery's current order. Other formats (HEIC, video) show their thumbnail or placeholder and the metadata.

import { useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, WheelEvent } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../chain/review-marks';
import { bridge } from '../bridge';
import { canShowOriginal } from '../evidence/media-kind';
import { fitScale, percentOf, zoomIn, zoomOut } from '../evidence/zoom';
import type { Zoom } from '../evidence/zoom';
import { useElementSize } from '../hooks/useElementWidth';
import { useI18n } from '../i18n';
import { EvidenceFacts, FactSection } from './EvidenceFacts';
import { Thumbnail } from './MediaPreview';
import { Modal } from './Modal';
import { WarningList } from './WarningList';

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

const STAGE_PADDING = 16;

export function EvidenceViewer({ items, index, zone, reviews, onIndex, onReview, onClose }: Props) {
  const { t } = useI18n();
  const item = items[index];
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  // The zoom belongs to one capture: the next one opens fitted.
  const [zoomOf, setZoomOf] = useState<{ id: string; zoom: Zoom } | null>(null);
  const [natural, setNatural] = useState<{ id: string; width: number; height: number } | null>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);

  if (!item) return null;
  const zoom: Zoom = zoomOf?.id === item.id ? zoomOf.zoom : 'fit';
  const setZoom = (next: Zoom): void => setZoomOf({ id: item.id, zoom: next });
  const drawable = canShowOriginal(item.mediaType);
  const size = natural?.id === item.id ? natural : null;
  const fit = size ? fitScale(size, { width: box.width - STAGE_PADDING * 2, height: box.height - STAGE_PADDING * 2 }) : 1;
  const scale = zoom === 'fit' ? fit : zoom;
  const seq = item.id.slice(item.caseId.length + 1);
  const review = reviews.get(item.id) ?? 'none';

  const step = (delta: number): void => {
    const next = Math.min(items.length - 1, Math.max(0, index + delta));
    if (next !== index) onIndex(next);
  };
  // Zooming keeps the point at the centre of the stage where it was.
  const zoomTo = (next: Zoom): void => {
    const stage = stageRef.current;
    const nextScale = next === 'fit' ? fit : next;
    if (stage && nextScale !== scale) {
      const cx = (stage.scrollLeft + stage.clientWidth / 2) / scale;
      const cy = (stage.scrollTop + stage.clientHeight / 2) / scale;
      requestAnimationFrame(() => {
        stage.scrollLeft = cx * nextScale - stage.clientWidth / 2;
        stage.scrollTop = cy * nextScale - stage.clientHeight / 2;
      });
    }
    setZoom(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      k: () => step(-1),
      ArrowRight: () => step(1),
      j: () => step(1),
      '+': () => zoomTo(zoomIn(scale)),
      '=': () => zoomTo(zoomIn(scale)),
      '-': () => zoomTo(zoomOut(scale)),
      '0': () => zoomTo('fit'),
      '1': () => zoomTo(1),
    };
    const action = actions[event.key];
    if (!action || (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))) return;
    event.preventDefault();
    action();
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>): void => {
    if (!event.ctrlKey || !drawable) return;
    event.preventDefault();
    zoomTo(event.deltaY < 0 ? zoomIn(scale) : zoomOut(scale));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    const stage = stageRef.current;
    if (!stage || zoom === 'fit' || event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, left: stage.scrollLeft, top: stage.scrollTop };
    stage.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const stage = stageRef.current;
    if (!stage || !drag.current) return;
    stage.scrollLeft = drag.current.left - (event.clientX - drag.current.x);
    stage.scrollTop = drag.current.top - (event.clientY - drag.current.y);
  };
  const endDrag = (): void => {
    drag.current = null;
  };

  return (
    <Modal title={`${seq} · ${item.sourceName}`} subtitle={t.viewerPosition(index + 1, items.length)} onClose={onClose} size="viewer" testId="evidence-viewer">
      <div className="viewer" onKeyDown={onKeyDown}>
        <div className="viewer-main">
          <div className="viewer-toolbar" role="toolbar" aria-label={t.viewerToolbar}>
            <button type="button" className="btn btn-small" onClick={() => step(-1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft K">
              ‹ {t.viewerPrevious}
            </button>
            <button type="button" className="btn btn-small" onClick={() => step(1)} disabled={index >= items.length - 1} aria-keyshortcuts="ArrowRight J">
              {t.viewerNext} ›
            </button>
            <span className="viewer-spacer" />
            <button type="button" className="btn btn-small" onClick={() => zoomTo(zoomOut(scale))} disabled={!drawable} aria-label={t.viewerZoomOut} aria-keyshortcuts="-">
              −
            </button>
            <output className="viewer-percent" data-testid="viewer-zoom" aria-live="polite">
              {drawable ? `${percentOf(scale)}%` : '—'}
            </output>
            <button type="button" className="btn btn-small" onClick={() => zoomTo(zoomIn(scale))} disabled={!drawable} aria-label={t.viewerZoomIn} aria-keyshortcuts="+">
              +
            </button>
            <button type="button" className="btn btn-small" onClick={() => zoomTo(1)} disabled={!drawable} aria-keyshortcuts="1">
              {t.viewerActualSize}
            </button>
            <button type="button" className="btn btn-small" onClick={() => zoomTo('fit')} disabled={!drawable} aria-pressed={zoom === 'fit'} aria-keyshortcuts="0">
              {t.viewerFit}
            </button>
          </div>
          <div
            ref={stageRef}
            className={zoom === 'fit' ? 'viewer-stage is-fit' : 'viewer-stage is-zoomed'}
            data-testid="viewer-stage"
            tabIndex={0}
            aria-label={t.viewerStage}
            onWheel={onWheel}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
          >
            <div className="viewer-canvas">
              {drawable ? (
                <img
                  key={item.id}
                  className="viewer-img"
                  src={bridge.mediaUrl(item.sha256, 'original')}
                  alt={t.previewLabel(item.sourceName)}
                  draggable={false}
                  data-testid="viewer-image"
                  style={size ? { width: size.width * scale, height: size.height * scale } : { visibility: 'hidden' }}
                  onLoad={(e) => setNatural({ id: item.id, width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
                  onDoubleClick={() => zoomTo(zoom === 'fit' ? 1 : 'fit')}
                />
              ) : (
                <div className="viewer-placeholder">
                  <Thumbnail item={item} />
                  <p className="muted small">{t.viewerCannotDraw(item.mediaType)}</p>
                </div>
              )}
            </div>
          </div>
        </div>
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
