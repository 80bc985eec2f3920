// The case's captures as a grid of tiles. Only the rows in view (plus a few) are in the DOM, so a case with
// thousands of captures scrolls as smoothly as one with six. Arrow keys move the selection.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../chain/review-marks';
import { useElementWidth } from '../hooks/useElementWidth';
import { useI18n } from '../i18n';
import { GalleryTile } from './GalleryTile';

const MIN_TILE = 190;
const GAP = 12;
const PADDING = 16;
const CAPTION = 46;

interface Props {
  items: readonly EvidenceItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Opens a capture in the large viewer (a double-click on its tile). */
  onOpen: (id: string) => void;
  reviews: ReadonlyMap<string, ReviewMark>;
}

export function Gallery({ items, selectedId, onSelect, onOpen, reviews }: Props) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const inner = Math.max(0, width - PADDING * 2);
  const columns = Math.max(1, Math.floor((inner + GAP) / (MIN_TILE + GAP)));
  const tileWidth = columns > 0 ? (inner - GAP * (columns - 1)) / columns : MIN_TILE;
  const rowHeight = Math.round(tileWidth * 0.75 + CAPTION + GAP);
  const rowCount = Math.ceil(items.length / columns);

  // The virtualizer's functions change identity as it scrolls; nothing memoized below receives them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
    paddingStart: PADDING,
    paddingEnd: PADDING,
  });
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight, columns]);

  const selectedIndex = useMemo(() => items.findIndex((i) => i.id === selectedId), [items, selectedId]);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  // A capture selected from elsewhere (the chain panel's fix buttons, the timeline) is scrolled into view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(Math.floor(selectedIndex / columns), { align: 'auto' });
  }, [selectedIndex, columns, virtualizer]);

  const moveTo = useCallback(
    (index: number) => {
      const target = items[Math.min(items.length - 1, Math.max(0, index))];
      if (!target) return;
      onSelect(target.id);
      virtualizer.scrollToIndex(Math.floor(items.indexOf(target) / columns), { align: 'auto' });
      requestAnimationFrame(() => {
        scrollRef.current?.querySelector<HTMLButtonElement>(`[data-evidence-id="${CSS.escape(target.id)}"]`)?.focus();
      });
    },
    [items, columns, onSelect, virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, Home: -Infinity, End: Infinity };
    const delta = step[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    if (delta === -Infinity) moveTo(0);
    else if (delta === Infinity) moveTo(items.length - 1);
    else moveTo(focusIndex + delta);
  };

  return (
    <div
      className={items.length === 0 ? 'gallery gallery-empty' : 'gallery'}
      ref={scrollRef}
      role="region"
      aria-label={t.galleryLabel}
      onKeyDown={onKeyDown}
      data-testid="gallery"
    >
      {items.length === 0 && <p className="gallery-empty-text">{t.galleryEmpty}</p>}
      <div className="gallery-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            className="gallery-row"
            style={{
              transform: `translateY(${row.start}px)`,
              height: rowHeight - GAP,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              left: PADDING,
              right: PADDING,
              gap: GAP,
            }}
          >
            {items.slice(row.index * columns, row.index * columns + columns).map((item, i) => (
              <GalleryTile
                key={item.id}
                item={item}
                selected={item.id === selectedId}
                tabbable={row.index * columns + i === focusIndex}
                review={reviews.get(item.id)}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
