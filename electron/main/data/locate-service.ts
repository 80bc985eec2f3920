// Where a capture is: the grid chain that contains it (街 → 片区 → 街道 → 建成区) and the shops and businesses
// near it, from the current versions of the workspace's datasets. Lookups go through the R*Tree first, so they
// stay fast with a city's 120,000 merchants.

import { distanceMeters } from '../../core/data/coordinates';
import { GRID_LEVELS } from '../../core/data/dataset-kinds';
import type { DatasetKind, GridLevel } from '../../core/data/dataset-kinds';
import { containsPoint } from '../../core/data/polygon';
import type { MultiPolygon } from '../../core/data/polygon';
import type { PreparedStatement } from '../db/database';
import type { Workspace } from '../workspace/workspace';

export interface GridHit {
  ref: string;
  code: string;
  name: string;
  level: GridLevel;
  leader: string | null;
}

export interface NearbyRecord {
  id: number;
  ref: string;
  kind: DatasetKind;
  key: string;
  name: string;
  address: string | null;
  uscc: string | null;
  lat: number;
  lon: number;
  distanceMeters: number;
}

const METRES_PER_DEGREE_LAT = 111_320;

export const recordRef = (id: number): string => `R${id}`;

export function parseRecordRef(ref: string): number | null {
  const m = /^R(\d+)$/.exec(ref.trim());
  return m ? Number(m[1]) : null;
}

export class LocateService {
  private readonly gridsInBox: PreparedStatement;
  private readonly pointsInBox: PreparedStatement;
  private readonly shapes = new Map<number, MultiPolygon>();

  // CROSS JOIN keeps SQLite from driving the query by the records index (120,000 rows) instead of the R*Tree.
  constructor(ws: Workspace) {
    this.gridsInBox = ws.db.prepare(
      `SELECT r.id, r.key, r.name, r.data_json FROM record_boxes b CROSS JOIN records r ON r.id = b.id
       WHERE b.min_lat <= ? AND b.max_lat >= ? AND b.min_lon <= ? AND b.max_lon >= ? AND r.kind = 'grid' AND r.is_current = 1`,
    );
    this.pointsInBox = ws.db.prepare(
      `SELECT r.id, r.kind, r.key, r.name, r.address, r.uscc, r.lat, r.lon FROM record_boxes b CROSS JOIN records r ON r.id = b.id
       WHERE b.min_lat >= ? AND b.max_lat <= ? AND b.min_lon >= ? AND b.max_lon <= ? AND r.is_current = 1 AND r.kind IN ('merchant', 'business')`,
    );
  }

  /** The grids containing the point, smallest first. */
  gridChain(lat: number, lon: number): GridHit[] {
    const rows = this.gridsInBox.all<{ id: number; key: string; name: string; data_json: string }>(lat, lat, lon, lon);
    const hits: GridHit[] = [];
    for (const row of rows) {
      const data = JSON.parse(row.data_json) as { level: GridLevel; leader: string | null; geometry: string };
      let shape = this.shapes.get(row.id);
      if (!shape) {
        shape = JSON.parse(data.geometry) as MultiPolygon;
        this.shapes.set(row.id, shape);
      }
      if (containsPoint(shape, lon, lat)) hits.push({ ref: recordRef(row.id), code: row.key, name: row.name, level: data.level, leader: data.leader });
    }
    return hits.sort((a, b) => GRID_LEVELS.indexOf(a.level) - GRID_LEVELS.indexOf(b.level));
  }

  /** Merchants and registered businesses within `radius` metres, nearest first. */
  nearby(lat: number, lon: number, radius: number): NearbyRecord[] {
    const dLat = radius / METRES_PER_DEGREE_LAT;
    const dLon = radius / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180));
    const rows = this.pointsInBox.all<Omit<NearbyRecord, 'ref' | 'distanceMeters'>>(lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    return rows
      .map((r) => ({ ...r, ref: recordRef(r.id), distanceMeters: distanceMeters({ lat, lon }, { lat: r.lat, lon: r.lon }) }))
      .filter((r) => r.distanceMeters <= radius)
      .sort((a, b) => a.distanceMeters - b.distanceMeters);
  }
}
