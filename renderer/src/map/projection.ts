// The offline map's projection: equirectangular, longitudes scaled by cos(latitude) at the middle of the bounds
// so a metre east is as long on screen as a metre north, fitted into a viewport with the aspect kept.

export interface Bounds {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export interface Projection {
  width: number;
  height: number;
  /** Screen pixels per metre on the ground. */
  pxPerMetre: number;
  project: (lon: number, lat: number) => [number, number];
}

/** Metres per degree of latitude (mean Earth radius 6 371 008.8 m). */
const EARTH_RADIUS = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS;

/** Fits the bounds into a width × height viewport, centred, with the ground's aspect kept (no stretching). */
export function fitProjection(bounds: Bounds, width: number, height: number): Projection {
  const midLat = (bounds.minLat + bounds.maxLat) / 2;
  const cos = Math.cos((midLat * Math.PI) / 180);
  const widthM = Math.max(1, (bounds.maxLon - bounds.minLon) * METRES_PER_DEGREE * cos);
  const heightM = Math.max(1, (bounds.maxLat - bounds.minLat) * METRES_PER_DEGREE);
  const pxPerMetre = Math.min(width / widthM, height / heightM);
  const offsetX = (width - widthM * pxPerMetre) / 2;
  const offsetY = (height - heightM * pxPerMetre) / 2;
  const project = (lon: number, lat: number): [number, number] => [
    offsetX + (lon - bounds.minLon) * METRES_PER_DEGREE * cos * pxPerMetre,
    offsetY + (bounds.maxLat - lat) * METRES_PER_DEGREE * pxPerMetre,
  ];
  return { width, height, pxPerMetre, project };
}

/** Great-circle distance in metres. */
export function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
}

const NICE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** The longest round length (1, 2, 5 × 10ⁿ metres) that fits in maxPx on screen. */
export function scaleBarMetres(pxPerMetre: number, maxPx: number): number {
  let best = NICE[0] ?? 1;
  for (const m of NICE) if (m * pxPerMetre <= maxPx) best = m;
  return best;
}

/** The signed area of a ring in screen units, for drawing the largest polygons first. */
export function ringArea(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** The part of the bounds shown at a zoom factor around a centre, kept inside the bounds. */
export function zoomedBounds(bounds: Bounds, zoom: number, centre: { lat: number; lon: number }): Bounds {
  const halfLat = (bounds.maxLat - bounds.minLat) / 2 / zoom;
  const halfLon = (bounds.maxLon - bounds.minLon) / 2 / zoom;
  const lat = Math.min(bounds.maxLat - halfLat, Math.max(bounds.minLat + halfLat, centre.lat));
  const lon = Math.min(bounds.maxLon - halfLon, Math.max(bounds.minLon + halfLon, centre.lon));
  return { minLat: lat - halfLat, maxLat: lat + halfLat, minLon: lon - halfLon, maxLon: lon + halfLon };
}

/** The largest power-of-two zoom (1–16) at which every point still fits, with a margin, and their centre. */
export function focusOn(bounds: Bounds, points: readonly { lat: number; lon: number }[]): { zoom: number; centre: { lat: number; lon: number } } {
  if (points.length === 0) return { zoom: 1, centre: { lat: (bounds.minLat + bounds.maxLat) / 2, lon: (bounds.minLon + bounds.maxLon) / 2 } };
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const centre = { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: (Math.min(...lons) + Math.max(...lons)) / 2 };
  const spanLat = (Math.max(...lats) - Math.min(...lats)) * 1.6 + 1e-9;
  const spanLon = (Math.max(...lons) - Math.min(...lons)) * 1.6 + 1e-9;
  const fit = Math.min((bounds.maxLat - bounds.minLat) / spanLat, (bounds.maxLon - bounds.minLon) / spanLon);
  let zoom = 1;
  while (zoom * 2 <= Math.min(16, fit)) zoom *= 2;
  return { zoom, centre };
}
