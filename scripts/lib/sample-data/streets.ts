// The synthetic street network of the sample district (WGS-84 ground truth): straight streets on a rough grid
// around 椒江 city centre, their segments between intersections (the 街 strips of the grid file are cut from
// these), and house numbers (odd on the left, even on the right, walking north or east from a section's start).

import { at } from './prng';
import { metresToDegLat, metresToDegLon, mPerDegLon } from './geo';
import type { LonLat } from './geo';

export type Axis = 'ns' | 'ew';

export interface Street {
  id: string;
  /** ns: runs north–south at a fixed longitude; ew: east–west at a fixed latitude. */
  axis: Axis;
  /** The fixed coordinate: longitude for ns, latitude for ew. */
  at: number;
  /** Extent along the street (latitude for ns, longitude for ew); both ends are intersections. */
  from: number;
  to: number;
  /** Section names, ascending: a name applies below its limit. House numbers restart at each section. */
  names: readonly (readonly [string, number])[];
  /** Half the kerb-to-kerb width in metres; shop fronts stand 1–4 m beyond it. */
  halfWidth: number;
  /** How commercial the street is: weights where shops are placed. */
  busy: number;
}

const END = Number.POSITIVE_INFINITY;

export const STREETS: readonly Street[] = [
  { id: 'baiyunshan', axis: 'ns', at: 121.3965, from: 28.639, to: 28.685, names: [['白云山南路', 28.66], ['白云山北路', END]], halfWidth: 12, busy: 1.0 },
  { id: 'yunxi', axis: 'ns', at: 121.404, from: 28.633, to: 28.695, names: [['云西路', END]], halfWidth: 8, busy: 0.8 },
  { id: 'jiangcheng', axis: 'ns', at: 121.411, from: 28.633, to: 28.695, names: [['江城南路', 28.66], ['江城北路', END]], halfWidth: 12, busy: 1.2 },
  { id: 'jiefang', axis: 'ns', at: 121.42082, from: 28.633, to: 28.695, names: [['解放南路', 28.685], ['解放北路', END]], halfWidth: 5, busy: 1.6 },
  { id: 'gongren', axis: 'ns', at: 121.429, from: 28.66, to: 28.695, names: [['工人路', END]], halfWidth: 6, busy: 1.5 },
  { id: 'kangping', axis: 'ns', at: 121.436, from: 28.633, to: 28.695, names: [['康平路', END]], halfWidth: 8, busy: 1.0 },
  { id: 'donghuan', axis: 'ns', at: 121.445, from: 28.633, to: 28.695, names: [['东环大道', END]], halfWidth: 20, busy: 0.6 },
  { id: 'haihong', axis: 'ns', at: 121.454, from: 28.633, to: 28.695, names: [['海虹路', END]], halfWidth: 8, busy: 0.6 },
  { id: 'feilong', axis: 'ew', at: 28.633, from: 121.404, to: 121.454, names: [['飞龙路', END]], halfWidth: 8, busy: 0.7 },
  { id: 'kaifa', axis: 'ew', at: 28.639, from: 121.3965, to: 121.454, names: [['开发大道', END]], halfWidth: 20, busy: 0.6 },
  { id: 'donghai', axis: 'ew', at: 28.648, from: 121.3965, to: 121.454, names: [['东海大道', END]], halfWidth: 22, busy: 0.8 },
  { id: 'shifu', axis: 'ew', at: 28.66, from: 121.3965, to: 121.454, names: [['市府大道', END]], halfWidth: 22, busy: 1.0 },
  { id: 'fengnan', axis: 'ew', at: 28.67, from: 121.3965, to: 121.436, names: [['枫南路', END]], halfWidth: 10, busy: 1.0 },
  { id: 'qingnian', axis: 'ew', at: 28.678, from: 121.411, to: 121.445, names: [['青年路', END]], halfWidth: 6, busy: 1.4 },
  { id: 'zhongshan', axis: 'ew', at: 28.685, from: 121.3965, to: 121.454, names: [['中山西路', 121.42082], ['中山东路', END]], halfWidth: 10, busy: 1.6 },
  { id: 'jiangbin', axis: 'ew', at: 28.695, from: 121.404, to: 121.454, names: [['江滨路', END]], halfWidth: 12, busy: 0.8 },
];

export function streetById(id: string): Street {
  const s = STREETS.find((x) => x.id === id);
  if (!s) throw new Error(`no street ${id}`);
  return s;
}

/** Width of the 街 strip on each side of the centre line: the road, the pavement and the shop fronts. */
export function stripHalfWidth(s: Street): number {
  return s.halfWidth + 12;
}

const EPS = 1e-9;

/** The section (name and start) a position along the street falls in. */
export function sectionAt(s: Street, v: number): { name: string; start: number } {
  let start = s.from;
  for (const [name, limit] of s.names) {
    if (v < limit) return { name, start };
    start = limit;
  }
  const last = at(s.names, s.names.length - 1);
  return { name: last[0], start: s.names.length > 1 ? at(s.names, s.names.length - 2)[1] : s.from };
}

/** Metres along the street from `from` to `to` (positions along the street's axis). */
export function alongM(s: Street, from: number, to: number): number {
  return s.axis === 'ns' ? (to - from) / metresToDegLat(1) : (to - from) * mPerDegLon(s.at);
}

/** Moves `m` metres along the street from position v. */
export function moveAlong(s: Street, v: number, m: number): number {
  return s.axis === 'ns' ? v + metresToDegLat(m) : v + metresToDegLon(m, s.at);
}

/** The point at position v along the street, `side` metres off the centre line (+ = east for ns, north for ew). */
export function pointOn(s: Street, v: number, side: number): LonLat {
  return s.axis === 'ns' ? [s.at + metresToDegLon(side, v), v] : [v, s.at + metresToDegLat(side)];
}

/** Odd numbers on the left walking north (ns) or east (ew): west side of ns streets, north side of ew streets. */
export function isOddSide(s: Street, side: number): boolean {
  return s.axis === 'ns' ? side < 0 : side > 0;
}

export const METRES_PER_HOUSE_NUMBER = 8;

export function houseNumber(s: Street, v: number, side: number): { street: string; number: number } {
  const section = sectionAt(s, v);
  const slot = Math.floor(alongM(s, section.start, v) / METRES_PER_HOUSE_NUMBER);
  return { street: section.name, number: 2 * slot + (isOddSide(s, side) ? 1 : 2) };
}

export interface Crossing {
  /** Position along the street. */
  v: number;
  cross: Street;
}

/** Where other streets cross this one, in order along it. */
export function crossings(s: Street): Crossing[] {
  return STREETS.filter((c) => c.axis !== s.axis && c.from - EPS <= s.at && s.at <= c.to + EPS && s.from - EPS <= c.at && c.at <= s.to + EPS)
    .map((cross) => ({ v: cross.at, cross }))
    .sort((a, b) => a.v - b.v);
}

/** Name of a street where it crosses `s` (a street's name can change at that very crossing). */
export function nameWhereCrossing(cross: Street, s: Street): string {
  return sectionAt(cross, s.at).name;
}

export interface Piece {
  street: Street;
  /** Extent of the strip along the street after trimming (positions along its axis). */
  lo: number;
  hi: number;
  name: string;
}

// Long blocks are cut into pieces of at most this length: a street leader walks about 700 m.
const MAX_PIECE_M = 700;
// Gap left where a block is cut (each side), and beyond a crossing street's strip.
const SPLIT_GAP_M = 6;
const CROSSING_GAP_M = 8;

/** Clearance a strip keeps from a crossing street's centre line. */
export function crossingTrimM(cross: Street): number {
  return stripHalfWidth(cross) + CROSSING_GAP_M;
}

const piecesCache = new Map<string, Piece[]>();

/** The candidate 街 strips: every block between two crossings, cut into pieces of ≤ 700 m, trimmed at the ends. */
export function pieces(s: Street): Piece[] {
  const cached = piecesCache.get(s.id);
  if (cached) return cached;
  const xs = crossings(s);
  if (!xs.some((x) => Math.abs(x.v - s.from) < EPS) || !xs.some((x) => Math.abs(x.v - s.to) < EPS)) {
    throw new Error(`street ${s.id} must start and end at crossings`);
  }
  const out: Piece[] = [];
  for (let i = 0; i + 1 < xs.length; i++) {
    const a = at(xs, i);
    const b = at(xs, i + 1);
    const length = alongM(s, a.v, b.v);
    const k = Math.max(1, Math.ceil(length / MAX_PIECE_M));
    const suffixes =
      k === 1 ? [''] : k === 2 ? (s.axis === 'ns' ? ['南段', '北段'] : ['西段', '东段']) : k === 3 ? (s.axis === 'ns' ? ['南段', '中段', '北段'] : ['西段', '中段', '东段']) : Array.from({ length: k }, (_, n) => `第${n + 1}段`);
    for (let p = 0; p < k; p++) {
      const start = a.v + ((b.v - a.v) * p) / k;
      const end = a.v + ((b.v - a.v) * (p + 1)) / k;
      const lo = moveAlong(s, start, p === 0 ? crossingTrimM(a.cross) : SPLIT_GAP_M);
      const hi = moveAlong(s, end, -(p === k - 1 ? crossingTrimM(b.cross) : SPLIT_GAP_M));
      const mid = (lo + hi) / 2;
      const name = `${sectionAt(s, mid).name}（${nameWhereCrossing(a.cross, s)}至${nameWhereCrossing(b.cross, s)}）${at(suffixes, p)}`;
      out.push({ street: s, lo, hi, name });
    }
  }
  piecesCache.set(s.id, out);
  return out;
}

/** The strip rectangle of a piece, counter-clockwise from its south-west corner. */
export function pieceRing(piece: Piece): LonLat[] {
  const s = piece.street;
  const hw = stripHalfWidth(s);
  if (s.axis === 'ns') {
    const dLon = metresToDegLon(hw, (piece.lo + piece.hi) / 2);
    return [
      [s.at - dLon, piece.lo],
      [s.at + dLon, piece.lo],
      [s.at + dLon, piece.hi],
      [s.at - dLon, piece.hi],
    ];
  }
  const dLat = metresToDegLat(hw);
  return [
    [piece.lo, s.at - dLat],
    [piece.hi, s.at - dLat],
    [piece.hi, s.at + dLat],
    [piece.lo, s.at + dLat],
  ];
}

/**
 * Whether a shop at position v along the street (any side offset up to the shop fronts) stays clear of the
 * corners: far enough from each crossing that it lies inside the block's strip, and off the cuts between pieces.
 */
export function clearOfCorners(s: Street, v: number): boolean {
  for (const x of crossings(s)) {
    if (Math.abs(alongM(s, x.v, v)) < crossingTrimM(x.cross) + 8) return false;
  }
  for (const p of pieces(s)) {
    if (v >= p.lo && v <= p.hi) {
      return alongM(s, p.lo, v) >= 8 && alongM(s, v, p.hi) >= 8;
    }
  }
  return false;
}
