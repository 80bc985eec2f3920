// Where each marker goes on screen: the projected point, nudged around a small circle when it would cover a marker
// already placed (several captures of one shop are often taken from the same spot), so each stays clickable.

export interface Placed {
  /** The true projected position. */
  x0: number;
  y0: number;
  /** Where the marker is drawn. */
  x: number;
  y: number;
}

export function spreadMarkers(points: readonly [number, number][], minGap: number): Placed[] {
  const placed: Placed[] = [];
  for (const [x0, y0] of points) {
    let x = x0;
    let y = y0;
    for (let attempt = 0; attempt < 24 && placed.some((p) => Math.hypot(p.x - x, p.y - y) < minGap); attempt++) {
      const ring = Math.floor(attempt / 6) + 1;
      const angle = ((attempt % 6) / 6) * 2 * Math.PI - Math.PI / 2 + ring * 0.5;
      x = x0 + Math.cos(angle) * minGap * ring;
      y = y0 + Math.sin(angle) * minGap * ring;
    }
    placed.push({ x0, y0, x, y });
  }
  return placed;
}
