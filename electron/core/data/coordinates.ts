// Coordinates of captures, cameras and premises (DESIGN.md §3, 地点): a capture must lie inside the jurisdiction
// and within a plausible radius of the party's premises. Values arrive from EXIF, camera registries and
// spreadsheets typed by hand, so they are checked and parsed here before any distance is trusted.
//
// Everything is plain WGS-84 latitude/longitude in degrees. (Chinese map services use offset systems such as
// GCJ-02; converting between them is not done here, so callers must not mix them.)

export interface LatLon {
  lat: number;
  lon: number;
}

/** Same shape as a grid's bounding box (polygon.ts); when minLon > maxLon the box crosses the 180° meridian. */
export interface LatLonBounds {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export type LatLonResult = { ok: true; value: LatLon } | { ok: false; reason: string };

// WGS-84 mean radius (R1 = (2a + b) / 3); the haversine error against the ellipsoid stays under about 0.5%.
const EARTH_RADIUS_M = 6_371_008.8;

export function validateLatLon(lat: number, lon: number): LatLonResult {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    return { ok: false, reason: `坐标不是有限数值：纬度 ${lat} 经度 ${lon} (coordinates must be finite numbers)` };
  }
  if (Math.abs(lat) > 90) {
    // In China longitudes (73–135) exceed 90 and latitudes (3–54) do not: a swap is the usual cause.
    const hint = Math.abs(lon) <= 90 ? '，经纬度可能填反了 (latitude and longitude may be swapped)' : '';
    return { ok: false, reason: `纬度 ${lat} 超出 −90…90${hint} (latitude out of range)` };
  }
  if (Math.abs(lon) > 180) {
    return { ok: false, reason: `经度 ${lon} 超出 −180…180 (longitude out of range)` };
  }
  // 0,0 is what a GPS without a fix, or an empty spreadsheet cell read as a number, produces; no case is there.
  if (lat === 0 && lon === 0) {
    return { ok: false, reason: '坐标为 0,0，多为未定位的默认值 (0,0 is a missing-fix placeholder)' };
  }
  return { ok: true, value: { lat, lon } };
}

/** Inclusive on every edge, so a point exactly on a grid's boundary box still counts as inside it. */
export function insideBounds(point: LatLon, bounds: LatLonBounds): boolean {
  if (point.lat < bounds.minLat || point.lat > bounds.maxLat) return false;
  if (bounds.minLon <= bounds.maxLon) return point.lon >= bounds.minLon && point.lon <= bounds.maxLon;
  return point.lon >= bounds.minLon || point.lon <= bounds.maxLon;
}

/** Great-circle distance in metres (haversine on a sphere of the WGS-84 mean radius). */
export function distanceMeters(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points, where asin would return NaN.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}

export type CoordinateResult = { ok: true; value: number; axis: 'lat' | 'lon' | null } | { ok: false; reason: string };

const HEMISPHERE_WORDS: Readonly<Record<string, string>> = { 北纬: 'N', 南纬: 'S', 东经: 'E', 西经: 'W' };
const NUM = '(\\d+(?:\\.\\d+)?)';
const DMS = new RegExp(`^${NUM}\\s*°\\s*(?:${NUM}\\s*['′’]\\s*(?:${NUM}\\s*(?:"|″|”|''|′′)\\s*)?)?$`);
const DECIMAL = new RegExp(`^${NUM}\\s*°?$`);

/**
 * One coordinate from text: decimal degrees ("121.4208", "-31.23", "31.23°N") or degrees-minutes-seconds
 * ("121°25'14.9\"E", "N31°13′", "东经121°25′14.9″"). A hemisphere letter gives the sign and the axis; without one
 * the axis is unknown (null) and a leading minus gives the sign. A decimal comma is refused rather than guessed,
 * because "121,4208" could as well be two numbers.
 */
export function parseCoordinate(text: string): CoordinateResult {
  let s = text.trim().replace(/\uFF02/g, '"').replace(/\uFF07/g, "'");
  for (const [word, letter] of Object.entries(HEMISPHERE_WORDS)) {
    if (s.startsWith(word)) s = letter + s.slice(word.length);
  }
  if (s === '') return { ok: false, reason: '坐标为空 (coordinate is empty)' };
  if (s.includes(',') || s.includes('，')) {
    return { ok: false, reason: `坐标“${text}”含逗号：请用小数点，每格只填一个坐标 (use a decimal point, one coordinate per field)` };
  }

  let hemisphere: string | null = null;
  const lead = /^([NSEW])\s*/i.exec(s);
  const trail = /\s*([NSEW])$/i.exec(s);
  if (lead?.[1] && trail?.[1]) return { ok: false, reason: `坐标“${text}”有两个方位字母 (two hemisphere letters)` };
  if (lead?.[1]) {
    hemisphere = lead[1].toUpperCase();
    s = s.slice(lead[0].length);
  } else if (trail?.[1]) {
    hemisphere = trail[1].toUpperCase();
    s = s.slice(0, s.length - trail[0].length);
  }

  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+') || s.startsWith('−')) {
    if (hemisphere) return { ok: false, reason: `坐标“${text}”同时有正负号和方位字母 (sign and hemisphere letter together)` };
    sign = s.startsWith('+') ? 1 : -1;
    s = s.slice(1).trimStart();
  }

  let degrees: number;
  const decimal = DECIMAL.exec(s);
  const dms = decimal ? null : DMS.exec(s);
  if (decimal?.[1]) {
    degrees = Number(decimal[1]);
  } else if (dms?.[1]) {
    const d = Number(dms[1]);
    const m = dms[2] === undefined ? 0 : Number(dms[2]);
    const sec = dms[3] === undefined ? 0 : Number(dms[3]);
    if ((dms[2] !== undefined && !Number.isInteger(d)) || (dms[3] !== undefined && !Number.isInteger(m))) {
      return { ok: false, reason: `坐标“${text}”的度或分带小数又跟了下一级 (a fractional part may only be on the last unit)` };
    }
    if (m >= 60 || sec >= 60) return { ok: false, reason: `坐标“${text}”的分或秒不小于60 (minutes and seconds must be below 60)` };
    degrees = d + m / 60 + sec / 3600;
  } else {
    return { ok: false, reason: `无法识别坐标“${text}”：应为十进制度或 度°分′秒″ (not decimal degrees or D°M′S″)` };
  }

  const axis = hemisphere === 'N' || hemisphere === 'S' ? 'lat' : hemisphere === 'E' || hemisphere === 'W' ? 'lon' : null;
  const limit = axis === 'lat' ? 90 : 180;
  if (degrees > limit) {
    return { ok: false, reason: `坐标“${text}”超出 ${limit}° (coordinate beyond ${limit}°)` };
  }
  if (hemisphere === 'S' || hemisphere === 'W') sign = -1;
  // Keep -0 out of results: 0 is 0 whichever hemisphere it was written in.
  const value = degrees === 0 ? 0 : sign * degrees;
  return { ok: true, value, axis };
}
