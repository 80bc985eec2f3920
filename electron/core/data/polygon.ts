// Grid polygons: validity, bounding boxes and point-in-polygon by ray casting (with holes and multipolygons).
// Coordinates are [lon, lat] as in GeoJSON.

import type { LatLonBounds } from './coordinates';

export type Position = readonly [number, number];
export type Ring = readonly Position[];
/** A polygon is an outer ring followed by holes; a grid may be several polygons. */
export type MultiPolygon = readonly (readonly Ring[])[];

export type Bounds = LatLonBounds;

/** Reads a GeoJSON Polygon or MultiPolygon geometry; anything else is an error naming what was found. */
export function readGeometry(geometry: unknown): { ok: true; value: MultiPolygon } | { ok: false; reason: string } {
  const g = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
  if (!Array.isArray(polygons)) return { ok: false, reason: `几何类型应为 Polygon 或 MultiPolygon，实为 ${String(g.type ?? '空')} (geometry must be a Polygon or MultiPolygon)` };
  const out: Ring[][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, reason: '多边形没有坐标 (polygon has no rings)' };
    const rings: Ring[] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return { ok: false, reason: '多边形环至少需要 4 个点 (a ring needs at least 4 positions)' };
      const positions: Position[] = [];
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          return { ok: false, reason: '坐标不是数字 (a coordinate is not a number)' };
        }
        positions.push([p[0], p[1]]);
      }
      const first = positions[0] as Position;
      const last = positions[positions.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return { ok: false, reason: '多边形环未闭合 (a ring is not closed)' };
      if (selfIntersects(positions)) return { ok: false, reason: '多边形自相交 (the polygon intersects itself)' };
      rings.push(positions);
    }
    out.push(rings);
  }
  return { ok: true, value: out };
}

export function mapPositions(shape: MultiPolygon, fn: (p: Position) => Position): MultiPolygon {
  return shape.map((polygon) => polygon.map((ring) => ring.map(fn)));
}

export function boundsOf(shape: MultiPolygon): Bounds {
  const b: Bounds = { minLat: Infinity, maxLat: -Infinity, minLon: Infinity, maxLon: -Infinity };
  for (const polygon of shape) {
    for (const [lon, lat] of polygon[0] ?? []) {
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
      b.minLon = Math.min(b.minLon, lon);
      b.maxLon = Math.max(b.maxLon, lon);
    }
  }
  return b;
}

function insideRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function containsPoint(shape: MultiPolygon, lon: number, lat: number): boolean {
  return shape.some((polygon) => {
    const [outer, ...holes] = polygon;
    return outer !== undefined && insideRing(lon, lat, outer) && !holes.some((h) => insideRing(lon, lat, h));
  });
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position): number => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

/** Proper crossings between non-adjacent edges; grid rings are small, so the quadratic check is cheap. */
function selfIntersects(ring: Ring): boolean {
  const n = ring.length - 1;
  if (n > 2000) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(ring[i] as Position, ring[i + 1] as Position, ring[j] as Position, ring[j + 1] as Position)) return true;
    }
  }
  return false;
}
