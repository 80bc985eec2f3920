// The gcoord adapter: every dataset declares its CRS, and positions are stored as WGS-84 (DESIGN.md §3).
// CGCS2000 differs from WGS-84 by centimetres, below what a street-level case cares about.

import gcoord from 'gcoord';

export const CRS_NAMES = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'] as const;
export type CrsName = (typeof CRS_NAMES)[number];

const SOURCE = { wgs84: null, cgcs2000: null, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** [lon, lat] in `crs` → [lon, lat] in WGS-84. */
export function toWgs84(crs: CrsName, lon: number, lat: number): [number, number] {
  const from = SOURCE[crs];
  if (from === null) return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], from, gcoord.WGS84) as [number, number];
  return [x, y];
}
