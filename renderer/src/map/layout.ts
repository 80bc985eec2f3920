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

/**
 * Where a grid's name goes: near the top of the part of its outline that is on screen, so a long street grid
 * framed around the captures still shows its name; null when the grid is off screen or too narrow to name.
 */
export function labelAnchor(ring: readonly [number, number][], width: number, height: number, margin = 14): { x: number; y: number } | null {
  if (ring.length === 0) return null;
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  const left = Math.max(Math.min(...xs), margin);
  const right = Math.min(Math.max(...xs), width - margin);
  const top = Math.max(Math.min(...ys), margin);
  const bottom = Math.min(Math.max(...ys), height - margin);
  if (right - left < 2 * margin || bottom - top < margin) return null;
  return { x: (left + right) / 2, y: top + margin };
}
