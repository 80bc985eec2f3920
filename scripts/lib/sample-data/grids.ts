// The grid hierarchy (网格): 建成区 → 3 街道 → 12 片区 → ~48 街. 建成区, 街道 and 片区 are unions of the cells of a
// jittered lattice, traced along the cell edges with every lattice node kept as a vertex: a shared boundary is the
// same vertex sequence on both sides, so after the vertex-wise WGS-84 → GCJ-02 conversion children still tile
// their parent exactly and siblings still meet without overlapping. 街 are strips along a street between two
// crossings, each strictly inside one 片区. One extra 街 is deliberately invalid (a self-intersecting polygon).

import { at } from './prng';
import type { Rng } from './prng';
import { closeRing, pointInRing, ringSelfIntersects, ringsDisjoint, ringStrictlyInside, signedArea, toGcj } from './geo';
import type { LonLat, Ring } from './geo';
import { mobile, personName } from './names';
import { pieceRing, pieces, STREETS } from './streets';
import type { Piece } from './streets';

export type GridLevel = '建成区' | '街道' | '片区' | '街';

export interface Grid {
  code: string;
  name: string;
  level: GridLevel;
  parentCode: string | null;
  leader: string;
  phone: string;
  /** Open ring, counter-clockwise, WGS-84 ground truth. */
  wgs: LonLat[];
  /** The same ring in GCJ-02 as written to the file (rounded to 6 decimals). */
  gcj: LonLat[];
  /** 街 only: the street piece it covers. */
  piece?: Piece;
  /** The deliberately invalid feature. */
  bad?: string;
}

const NX = 14;
const NY = 14;
const LON0 = 121.39;
const LAT0 = 28.63;
const STEP = 0.005;
const JITTER = 0.0006;

type Cell = readonly [number, number];

interface Subdistrict {
  code: string;
  name: string;
  zones: readonly string[];
}

const AREA = { code: '331002000', name: '椒江区中心城区建成区' };
const SUBDISTRICTS: readonly Subdistrict[] = [
  { code: '331002001', name: '海门街道', zones: ['解放片区', '康平片区', '中山片区', '江滨片区'] },
  { code: '331002002', name: '白云街道', zones: ['白云山南片区', '东海片区', '枫南片区', '江城片区'] },
  { code: '331002003', name: '葭沚街道', zones: ['葭沚老街片区', '开发大道片区', '飞龙片区', '海虹片区'] },
];

/** Which 街道 (index into SUBDISTRICTS) and 片区 (0–3) a lattice cell belongs to. */
function cellOwner(i: number, j: number): { sub: number; zone: number } {
  if (i < (j < 7 ? 4 : 5)) return { sub: 1, zone: j < 4 ? 0 : j < 7 ? 1 : j < 10 ? 2 : 3 };
  if (j < 4) return { sub: 2, zone: i < 7 ? 0 : i < 10 ? 1 : j < 2 ? 2 : 3 };
  return { sub: 0, zone: (i < 9 ? 0 : 1) + (j < 9 ? 0 : 2) };
}

/** Boundary of a set of cells as lattice node indices, counter-clockwise, every node on the way kept. */
function traceCells(cells: readonly Cell[]): Cell[] {
  const inSet = new Set(cells.map(([i, j]) => `${i},${j}`));
  const has = (i: number, j: number): boolean => inSet.has(`${i},${j}`);
  const next = new Map<string, Cell>();
  const add = (a: Cell, b: Cell): void => {
    const key = `${a[0]},${a[1]}`;
    if (next.has(key)) throw new Error(`cell set touches itself at node ${key}`);
    next.set(key, b);
  };
  for (const [i, j] of cells) {
    if (!has(i, j - 1)) add([i, j], [i + 1, j]);
    if (!has(i + 1, j)) add([i + 1, j], [i + 1, j + 1]);
    if (!has(i, j + 1)) add([i + 1, j + 1], [i, j + 1]);
    if (!has(i - 1, j)) add([i, j + 1], [i, j]);
  }
  const start = [...next.keys()].map((k) => k.split(',').map(Number) as [number, number]).sort((a, b) => a[1] - b[1] || a[0] - b[0])[0];
  if (!start) throw new Error('empty cell set');
  const ring: Cell[] = [];
  let cur: Cell = start;
  do {
    ring.push(cur);
    const n = next.get(`${cur[0]},${cur[1]}`);
    if (!n) throw new Error('open boundary');
    cur = n;
  } while (cur[0] !== start[0] || cur[1] !== start[1]);
  if (ring.length !== next.size) throw new Error('cell set has more than one boundary (hole or separate parts)');
  return ring;
}

export interface GridModel {
  area: Grid;
  subdistricts: Grid[];
  zones: Grid[];
  streets: Grid[];
  /** The deliberately invalid 街 (not in `streets`). */
  bad: Grid;
  /** All features in file order. */
  features: Grid[];
  /** The 街 (valid ones) whose strip holds the point, by WGS-84 ground truth. */
  streetAt(p: LonLat): Grid | null;
  zoneAt(p: LonLat): Grid | null;
  subdistrictAt(p: LonLat): Grid | null;
  /** The same lookups on GCJ-02 positions against the GCJ-02 rings, as an importer sees them. */
  streetAtGcj(p: LonLat): Grid | null;
  zoneAtGcj(p: LonLat): Grid | null;
}

export function buildGrids(rng: Rng, mustCover: LonLat): GridModel {
  const nodes: LonLat[][] = [];
  for (let i = 0; i <= NX; i++) {
    const col: LonLat[] = [];
    for (let j = 0; j <= NY; j++) col.push([LON0 + i * STEP + rng.float(-JITTER, JITTER), LAT0 + j * STEP + rng.float(-JITTER, JITTER)]);
    nodes.push(col);
  }
  const node = ([i, j]: Cell): LonLat => at(at(nodes, i), j);
  const ringOf = (cells: Cell[]): { wgs: LonLat[]; gcj: LonLat[] } => {
    const wgs = traceCells(cells).map(node);
    return { wgs, gcj: wgs.map(toGcj) };
  };
  const leader = (): { leader: string; phone: string } => ({ leader: personName(rng).name, phone: mobile(rng) });

  const allCells: Cell[] = [];
  for (let i = 0; i < NX; i++) for (let j = 0; j < NY; j++) allCells.push([i, j]);

  const area: Grid = { ...AREA, level: '建成区', parentCode: null, ...leader(), ...ringOf(allCells) };
  const subdistricts: Grid[] = [];
  const zones: Grid[] = [];
  SUBDISTRICTS.forEach((sd, s) => {
    subdistricts.push({ code: sd.code, name: sd.name, level: '街道', parentCode: AREA.code, ...leader(), ...ringOf(allCells.filter(([i, j]) => cellOwner(i, j).sub === s)) });
    sd.zones.forEach((zoneName, z) => {
      const cells = allCells.filter(([i, j]) => cellOwner(i, j).sub === s && cellOwner(i, j).zone === z);
      zones.push({ code: `${sd.code}${String(z + 1).padStart(3, '0')}`, name: `${sd.name.replace('街道', '')}${zoneName}`, level: '片区', parentCode: sd.code, ...leader(), ...ringOf(cells) });
    });
  });

  // Candidate strips: street pieces strictly inside one 片区, in WGS-84 and again after conversion.
  const candidates = new Map<string, Piece[]>();
  for (const street of STREETS) {
    for (const piece of pieces(street)) {
      const wgs = pieceRing(piece);
      const gcj = wgs.map(toGcj);
      const zone = zones.find((z) => ringStrictlyInside(wgs, z.wgs) && ringStrictlyInside(gcj, z.gcj));
      if (zone) candidates.set(zone.code, [...(candidates.get(zone.code) ?? []), piece]);
    }
  }

  const streets: Grid[] = [];
  let bad: Grid | null = null;
  for (const zone of zones) {
    const list = rng.shuffle([...(candidates.get(zone.code) ?? [])]);
    // The strip under the sample capture is always chosen.
    list.sort((a, b) => Number(pointInRing(mustCover, pieceRing(b))) - Number(pointInRing(mustCover, pieceRing(a))));
    const chosen = list.slice(0, 4);
    const rest = list.slice(4);
    chosen.sort((a, b) => STREETS.indexOf(a.street) - STREETS.indexOf(b.street) || a.lo - b.lo);
    chosen.forEach((piece, n) => {
      const wgs = pieceRing(piece);
      streets.push({
        code: `${zone.code}${String(n + 1).padStart(3, '0')}`,
        name: piece.name,
        level: '街',
        parentCode: zone.code,
        ...leader(),
        wgs,
        gcj: wgs.map(toGcj),
        piece,
      });
    });
    // The invalid feature: a bow-tie (corners 3 and 4 swapped) over an unused piece in the 葭沚 开发大道片区.
    const spare = rest[0];
    if (zone.code === '331002003002' && spare) {
      const [a, b, c, d] = pieceRing(spare) as [LonLat, LonLat, LonLat, LonLat];
      const wgs = [a, b, d, c];
      bad = {
        code: `${zone.code}${String(chosen.length + 1).padStart(3, '0')}`,
        name: spare.name,
        level: '街',
        parentCode: zone.code,
        ...leader(),
        wgs,
        gcj: wgs.map(toGcj),
        piece: spare,
        bad: 'self-intersecting polygon (a "bow-tie": the 3rd and 4th corners are swapped, so two edges cross)',
      };
    }
  }
  if (!bad) throw new Error('no spare piece for the invalid feature');

  const zoneStreets = (code: string): Grid[] => {
    const list = streets.filter((s) => s.parentCode === code);
    return bad && bad.parentCode === code ? [...list, bad] : list;
  };
  const features = [area, ...subdistricts, ...zones, ...zones.flatMap((z) => zoneStreets(z.code))];

  const find = (list: Grid[], p: LonLat, key: 'wgs' | 'gcj'): Grid | null => list.find((g) => pointInRing(p, g[key])) ?? null;
  const model: GridModel = {
    area,
    subdistricts,
    zones,
    streets,
    bad,
    features,
    streetAt: (p) => find(streets, p, 'wgs'),
    zoneAt: (p) => find(zones, p, 'wgs'),
    subdistrictAt: (p) => find(subdistricts, p, 'wgs'),
    streetAtGcj: (p) => find(streets, p, 'gcj'),
    zoneAtGcj: (p) => find(zones, p, 'gcj'),
  };
  verifyGrids(model, nodes);
  return model;
}

/** Proves the properties the README promises; throws on the first failure. */
function verifyGrids(m: GridModel, nodes: LonLat[][]): void {
  const valid = [m.area, ...m.subdistricts, ...m.zones, ...m.streets];
  for (const g of valid) {
    for (const key of ['wgs', 'gcj'] as const) {
      if (ringSelfIntersects(g[key])) throw new Error(`${g.code} ${key} ring intersects itself`);
      if (signedArea(g[key]) <= 0) throw new Error(`${g.code} ${key} ring is not counter-clockwise`);
    }
  }
  if (!ringSelfIntersects(m.bad.gcj)) throw new Error('the bad feature should intersect itself');

  // Lattice-built levels: every cell's centre (in GCJ-02) lies in exactly one sibling, and in its parent.
  const centreGcj = (i: number, j: number): LonLat => {
    const corners = [at(at(nodes, i), j), at(at(nodes, i + 1), j), at(at(nodes, i + 1), j + 1), at(at(nodes, i), j + 1)];
    return toGcj([corners.reduce((s, p) => s + p[0], 0) / 4, corners.reduce((s, p) => s + p[1], 0) / 4]);
  };
  for (let i = 0; i < NX; i++) {
    for (let j = 0; j < NY; j++) {
      const c = centreGcj(i, j);
      const subs = m.subdistricts.filter((g) => pointInRing(c, g.gcj));
      const zs = m.zones.filter((g) => pointInRing(c, g.gcj));
      if (!pointInRing(c, m.area.gcj) || subs.length !== 1 || zs.length !== 1 || zs[0]?.parentCode !== subs[0]?.code) {
        throw new Error(`cell ${i},${j} is not nested exactly once`);
      }
    }
  }
  // 街 strips: strictly inside their 片区, and pairwise disjoint.
  for (const s of m.streets) {
    const parent = m.zones.find((z) => z.code === s.parentCode);
    if (!parent || !ringStrictlyInside(s.gcj, parent.gcj)) throw new Error(`${s.code} is not inside its 片区`);
  }
  for (let a = 0; a < m.streets.length; a++) {
    for (let b = a + 1; b < m.streets.length; b++) {
      const x = at(m.streets, a);
      const y = at(m.streets, b);
      if (!ringsDisjoint(x.gcj, y.gcj)) throw new Error(`${x.code} overlaps ${y.code}`);
    }
  }
  const codes = new Set(m.features.map((f) => f.code));
  if (codes.size !== m.features.length) throw new Error('duplicate grid code');
}

/** GeoJSON text, one feature per line (as GIS tools write it). */
export function gridsGeoJson(m: GridModel): string {
  const lines = m.features.map((g) => {
    const leaderKey = g.level === '街' ? '街长' : '网格长';
    const feature = {
      type: 'Feature',
      properties: { 网格编码: g.code, 名称: g.name, 层级: g.level, 上级编码: g.parentCode, [leaderKey]: g.leader, 联系电话: g.phone },
      geometry: { type: 'Polygon', coordinates: [closeRing(g.gcj as Ring).map(([lon, lat]) => [lon, lat])] },
    };
    return JSON.stringify(feature);
  });
  return `{\n"type": "FeatureCollection",\n"name": "椒江区中心城区网格",\n"features": [\n${lines.join(',\n')}\n]\n}\n`;
}
