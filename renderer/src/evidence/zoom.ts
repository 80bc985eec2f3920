// The large viewer's zoom: "fit" shows the whole picture in the stage; the steps go from a quarter to eight times
// the original pixels, so a plate or a shop sign can be read at 100 % or above.

export const ZOOM_STEPS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8];

export type Zoom = 'fit' | number;

/** The scale that shows the whole picture in the box (never zero, whatever the sizes). */
export function fitScale(natural: { width: number; height: number }, box: { width: number; height: number }): number {
  if (natural.width <= 0 || natural.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  return Math.min(box.width / natural.width, box.height / natural.height);
}

/** The next step above `scale`; past the largest, `scale` itself (zooming in never makes it smaller). */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((s) => s > scale * 1.001) ?? Math.max(scale, ZOOM_STEPS[ZOOM_STEPS.length - 1] as number);
}

/** The next step below `scale`; under the smallest, `scale` itself (zooming out never makes it larger). */
export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((s) => s < scale / 1.001) ?? Math.min(scale, ZOOM_STEPS[0] as number);
}

export function percentOf(scale: number): number {
  return Math.round(scale * 100);
}
