// The handle between the gallery and the side panel: drag it (or focus it and use ← / →, Home / End) to give the
// map or the chain more room; a double-click (or Enter) returns to the tab's own width.

import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { clampSideWidth, SIDE_MIN, SIDE_STEP } from '../layout/side-width';
import { useI18n } from '../i18n';

interface Props {
  /** The side panel's width now, in CSS pixels. */
  width: number;
  onResize: (width: number | null) => void;
  /** Room taken beside it by a second panel, which the gallery cannot give up either. */
  reserve?: number;
}

export function PanelSplitter({ width, onResize, reserve = 0 }: Props) {
  const { t } = useI18n();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const viewport = (): number => document.documentElement.clientWidth - reserve;
  const set = (w: number): void => onResize(clampSideWidth(w, viewport()));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    // Dragging left widens the panel on the right.
    if (drag.current) set(drag.current.width + (drag.current.x - event.clientX));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => set(width + SIDE_STEP),
      ArrowRight: () => set(width - SIDE_STEP),
      Home: () => set(Number.POSITIVE_INFINITY),
      End: () => set(SIDE_MIN),
      Enter: () => onResize(null),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  return (
    <div
      className="panel-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t.splitterLabel}
      aria-valuenow={Math.round(width)}
      aria-valuemin={SIDE_MIN}
      aria-valuemax={Math.max(SIDE_MIN, clampSideWidth(Number.POSITIVE_INFINITY, typeof document === 'undefined' ? 0 : viewport()))}
      tabIndex={0}
      title={t.splitterHint}
      data-testid="panel-splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onDoubleClick={() => onResize(null)}
      onKeyDown={onKeyDown}
    />
  );
}
