// How wide the case screen's side panel may be made: wide enough for the chain checklist, never so wide that the
// gallery loses its last column of tiles.

export const SIDE_MIN = 360;
/** What the gallery keeps at least: one tile column with its padding. */
export const GALLERY_MIN = 440;
export const SIDE_STEP = 40;

export function clampSideWidth(width: number, viewport: number): number {
  const max = Math.max(SIDE_MIN, viewport - GALLERY_MIN);
  return Math.round(Math.min(max, Math.max(SIDE_MIN, width)));
}

/** A stored width, if it is a number at all (anything else means the tab's default). */
export function parseStoredWidth(stored: string | null): number | null {
  if (stored === null) return null;
  const n = Number(stored);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Each panel's width when two are open side by side (the first can still be dragged). */
export const SECOND_PANEL_WIDTH = 420;

/**
 * The case body's columns: the gallery, then the first panel as dragged (or its tab's own width, left to the
 * stylesheet), then the second panel. Beside two panels the first gives way so the gallery keeps its column.
 */
export function gridColumns(sideWidth: number | null, withSecond: boolean, viewport: number): { gridTemplateColumns: string } | undefined {
  if (!withSecond) return sideWidth !== null ? { gridTemplateColumns: `minmax(0, 1fr) ${sideWidth}px` } : undefined;
  const first = Math.min(sideWidth ?? SECOND_PANEL_WIDTH, Math.max(SIDE_MIN, viewport - GALLERY_MIN - SECOND_PANEL_WIDTH));
  return { gridTemplateColumns: `minmax(0, 1fr) ${first}px ${SECOND_PANEL_WIDTH}px` };
}
