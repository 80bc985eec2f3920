// A picture shown whole ("fit") or zoomed from 25 % to 800 %, by the buttons, Ctrl+wheel, + / − / 0 / 1 or a
// double-click; a zoomed picture is panned by dragging or scrolling. The browser applies the EXIF orientation.
// Used by the large viewer of a case's captures and by the reviewer's view of an original inside a case file.

import { useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode, WheelEvent } from 'react';
import { fitScale, percentOf, zoomIn, zoomOut } from '../evidence/zoom';
import type { Zoom } from '../evidence/zoom';
import { useElementSize } from '../hooks/useElementWidth';
import { useI18n } from '../i18n';

interface Props {
  /** The picture's URL; null where the format cannot be drawn (`fallback` is shown instead). */
  src: string | null;
  alt: string;
  /** Controls before the zoom buttons (previous / next). */
  toolbarStart?: ReactNode;
  fallback?: ReactNode;
}

const STAGE_PADDING = 16;

/** The keys the stage handles, for a parent that has keys of its own. */
export function isZoomKey(key: string): boolean {
  return ['+', '=', '-', '0', '1'].includes(key);
}

export function ZoomStage({ src, alt, toolbarStart, fallback }: Props) {
  const { t } = useI18n();
  const stageRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(stageRef);
  // The zoom belongs to one picture: the next one opens fitted.
  const [zoomOf, setZoomOf] = useState<{ src: string | null; zoom: Zoom } | null>(null);
  const [natural, setNatural] = useState<{ src: string; width: number; height: number } | null>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);

  const zoom: Zoom = zoomOf?.src === src ? zoomOf.zoom : 'fit';
  const size = natural && natural.src === src ? natural : null;
  const fit = size ? fitScale(size, { width: box.width - STAGE_PADDING * 2, height: box.height - STAGE_PADDING * 2 }) : 1;
  const scale = zoom === 'fit' ? fit : zoom;
  const drawable = src !== null;

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
    setZoomOf({ src, zoom: next });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!drawable || event.ctrlKey || event.metaKey || event.altKey || !isZoomKey(event.key)) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
    event.preventDefault();
    if (event.key === '0') zoomTo('fit');
    else if (event.key === '1') zoomTo(1);
    else if (event.key === '-') zoomTo(zoomOut(scale));
    else zoomTo(zoomIn(scale));
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
    <div className="viewer-main" onKeyDown={onKeyDown}>
      <div className="viewer-toolbar" role="toolbar" aria-label={t.viewerToolbar}>
        {toolbarStart}
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
          {src !== null ? (
            <img
              key={src}
              className="viewer-img"
              src={src}
              alt={alt}
              draggable={false}
              data-testid="viewer-image"
              style={size ? { width: size.width * scale, height: size.height * scale } : { visibility: 'hidden' }}
              onLoad={(e) => setNatural({ src, width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
              onDoubleClick={() => zoomTo(zoom === 'fit' ? 1 : 'fit')}
            />
          ) : (
            fallback
          )}
        </div>
      </div>
    </div>
  );
}
