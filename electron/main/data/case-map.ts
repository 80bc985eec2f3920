// What the case map draws, from the workspace's own data (no tile server is reachable from a bureau's desktop
// network): the grids around the captures, the capture points, the shops and businesses near them, and the
// confirmed party's premises. Coordinates are WGS-84 [lon, lat].

import type { CaseMap } from '../../contract/dto';
import type { MultiPolygon } from '../../core/data/polygon';
import type { Workspace } from '../workspace/workspace';
import { LocateService } from './locate-service';
import { PartyService } from './party-service';

const METRES_PER_DEGREE_LAT = 111_320;

export function caseMap(ws: Workspace, caseId: string, radiusMeters: number): CaseMap {
  const parties = new PartyService(ws);
  const locate = new LocateService(ws);
  const locations = parties.locations(caseId);
  const party = parties.current(caseId);
  const partyRecord = party ? (party.snapshot as { record: { ref: string; lat: number | null; lon: number | null } }).record : null;

  const places = new Map<string, CaseMap['places'][number]>();
  for (const l of locations) {
    for (const r of locate.nearby(l.lat, l.lon, radiusMeters)) {
      if (r.kind === 'merchant' || r.kind === 'business') places.set(r.ref, { ref: r.ref, kind: r.kind, name: r.name, lat: r.lat, lon: r.lon, party: r.ref === party?.ref });
    }
  }
  if (party && partyRecord && partyRecord.lat !== null && partyRecord.lon !== null && !places.has(party.ref)) {
    places.set(party.ref, { ref: party.ref, kind: party.kind === 'business' ? 'business' : 'merchant', name: party.name, lat: partyRecord.lat, lon: partyRecord.lon, party: true });
  }

  const points = [...locations.map((l) => ({ lat: l.lat, lon: l.lon })), ...[...places.values()].map((p) => ({ lat: p.lat, lon: p.lon }))];
  const center = points[0] ?? { lat: 0, lon: 0 };
  const dLat = radiusMeters / METRES_PER_DEGREE_LAT;
  const dLon = radiusMeters / (METRES_PER_DEGREE_LAT * Math.cos((center.lat * Math.PI) / 180));
  const bounds = points.length
    ? {
        minLat: Math.min(...points.map((p) => p.lat)) - dLat / 2,
        maxLat: Math.max(...points.map((p) => p.lat)) + dLat / 2,
        minLon: Math.min(...points.map((p) => p.lon)) - dLon / 2,
        maxLon: Math.max(...points.map((p) => p.lon)) + dLon / 2,
      }
    : { minLat: -dLat, maxLat: dLat, minLon: -dLon, maxLon: dLon };

  // The grids a capture lies in: the whole chain, smallest last so it is drawn on top.
  const grids = new Map<string, CaseMap['grids'][number]>();
  for (const l of locations) {
    for (const g of [...l.grids].reverse()) {
      if (grids.has(g.ref)) continue;
      const id = Number(g.ref.slice(1));
      const row = ws.db.prepare('SELECT data_json FROM records WHERE id = ?').get<{ data_json: string }>(id);
      const geometry = row ? (JSON.parse(row.data_json) as { geometry?: string }).geometry : undefined;
      if (!geometry) continue;
      const shape = JSON.parse(geometry) as MultiPolygon;
      grids.set(g.ref, { ref: g.ref, code: g.code, name: g.name, level: g.level, leader: g.leader, polygons: shape.map((poly) => poly.map((ring) => ring.map(([lon, lat]) => [lon, lat] as [number, number]))) });
    }
  }
  return {
    bounds,
    grids: [...grids.values()],
    captures: locations.map((l) => ({ evidenceId: l.evidenceId, seq: l.seq, lat: l.lat, lon: l.lon, basis: l.basis, capturedAt: l.capturedAt })),
    places: [...places.values()],
  };
}

