// Plane geometry at district scale: metre offsets on an equirectangular approximation (good to centimetres over a
// few kilometres), WGS-84 → GCJ-02 through gcoord, and the ring tests used to prove that generated grids nest.
// Positions are [lon, lat], as in GeoJSON.

import gcoord from 'gcoord';

export type LonLat = readonly [number, number];
export type Ring = readonly LonLat[];

const M_PER_DEG_LAT = 111_320;

export function mPerDegLon(lat: number): number {
  return M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
}

export function metresToDegLat(m: number): number {
  return m / M_PER_DEG_LAT;
}

export function metresToDegLon(m: number, lat: number): number {
  return m / mPerDegLon(lat);
}

/** The point `east` metres east and `north` metres north of p. */
export function offsetM(p: LonLat, east: number, north: number): LonLat {
  return [p[0] + metresToDegLon(east, p[1]), p[1] + metresToDegLat(north)];
}

export function distanceM(a: LonLat, b: LonLat): number {
  const midLat = (a[1] + b[1]) / 2;
  const dx = (b[0] - a[0]) * mPerDegLon(midLat);
  const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/** Azimuth from a to b in whole degrees clockwise from north. */
export function bearingDeg(a: LonLat, b: LonLat): number {
  const midLat = (a[1] + b[1]) / 2;
  const dx = (b[0] - a[0]) * mPerDegLon(midLat);
  const dy = (b[1] - a[1]) * M_PER_DEG_LAT;
  return (Math.round((Math.atan2(dx, dy) * 180) / Math.PI) + 360) % 360;
}

/** WGS-84 → GCJ-02 (what Amap-based systems store), rounded to 6 decimals (~0.1 m) as exports write it. */
export function toGcj(p: LonLat): LonLat {
  const [lon, lat] = gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [round6(lon), round6(lat)];
}

export function toWgsFromGcj(p: LonLat): LonLat {
  const [lon, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [lon, lat];
}

export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

export function fmt6(v: number): string {
  return v.toFixed(6);
}

/** Closed copy of a ring (first position repeated at the end), as GeoJSON requires. */
export function closeRing(ring: Ring): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) throw new Error('empty ring');
  return first[0] === last[0] && first[1] === last[1] ? [...ring] : [...ring, first];
}

function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/** Ray casting; points exactly on the boundary may go either way, so callers test with a margin. */
export function pointInRing(p: LonLat, ring: Ring): boolean {
  const r = openRing(ring);
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i] as LonLat;
    const [xj, yj] = r[j] as LonLat;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function orient(p: LonLat, q: LonLat, r: LonLat): number {
  return Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
}

/** True when segments ab and cd touch or cross (collinear overlaps included). */
export function segmentsTouch(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  const onSeg = (p: LonLat, q: LonLat, r: LonLat): boolean =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (o1 === 0 && onSeg(a, b, c)) || (o2 === 0 && onSeg(a, b, d)) || (o3 === 0 && onSeg(c, d, a)) || (o4 === 0 && onSeg(c, d, b));
}

function edges(ring: Ring): [LonLat, LonLat][] {
  const r = openRing(ring);
  return r.map((p, i) => [p, r[(i + 1) % r.length] as LonLat]);
}

/** Inner lies strictly inside outer: every vertex inside, and no edge of one touches an edge of the other. */
export function ringStrictlyInside(inner: Ring, outer: Ring): boolean {
  if (!openRing(inner).every((p) => pointInRing(p, outer))) return false;
  const outerEdges = edges(outer);
  return edges(inner).every(([a, b]) => outerEdges.every(([c, d]) => !segmentsTouch(a, b, c, d)));
}

/** Two rings share no point: no edges touch and neither holds a vertex of the other. */
export function ringsDisjoint(a: Ring, b: Ring): boolean {
  const eb = edges(b);
  if (edges(a).some(([p, q]) => eb.some(([r, s]) => segmentsTouch(p, q, r, s)))) return false;
  return !openRing(a).some((p) => pointInRing(p, b)) && !openRing(b).some((p) => pointInRing(p, a));
}

/** Proper crossings between non-adjacent edges. */
export function ringSelfIntersects(ring: Ring): boolean {
  const e = edges(ring);
  for (let i = 0; i < e.length; i++) {
    for (let j = i + 2; j < e.length; j++) {
      if (i === 0 && j === e.length - 1) continue;
      const [a, b] = e[i] as [LonLat, LonLat];
      const [c, d] = e[j] as [LonLat, LonLat];
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) return true;
    }
  }
  return false;
}

/** Signed area in degrees² (positive = counter-clockwise). */
export function signedArea(ring: Ring): number {
  return edges(ring).reduce((s, [a, b]) => s + (a[0] * b[1] - b[0] * a[1]), 0) / 2;
}
