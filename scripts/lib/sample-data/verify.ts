// Checks the generated files against what the README promises, with the core's own validators where they exist
// (so a generator bug and a validator bug would have to agree to slip through). Throws on the first failure.

import { containsPoint, mapPositions, readGeometry } from '../../../electron/core/data/polygon';
import type { MultiPolygon } from '../../../electron/core/data/polygon';
import { validatePlate } from '../../../electron/core/data/plate';
import { validateResidentId } from '../../../electron/core/data/resident-id';
import { validateUscc } from '../../../electron/core/data/uscc';
import { dayNumber } from './dates';
import { distanceM, pointInRing, toGcj, toWgsFromGcj } from './geo';
import type { LonLat } from './geo';
import type { GridModel } from './grids';
import { CAPTURE, EXPORT_DATE } from './parties';
import type { Parties } from './parties';
import { at } from './prng';
import type { Table } from './table';

const NOW_MS = Date.UTC(2026, 5, 5);

function fail(message: string): never {
  throw new Error(`verification failed: ${message}`);
}

const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export interface VerifyInput {
  grids: GridModel;
  geojson: string;
  parties: Parties;
  registry: Table;
  merchants: Table;
  cameras: Table;
  vehicles: Table;
}

export function verifyAll(x: VerifyInput): void {
  // --- grids, read back from the file text with the core's polygon reader ---
  const fc = JSON.parse(x.geojson) as { features: { properties: Record<string, string | null>; geometry: unknown }[] };
  const shapes = new Map<string, { level: string; parent: string | null; shape: MultiPolygon }>();
  fc.features.forEach((f, i) => {
    const code = f.properties['网格编码'] ?? fail(`feature ${i + 1} has no code`);
    const g = readGeometry(f.geometry);
    if (code === x.grids.bad.code) {
      if (g.ok) fail('the bad grid feature reads as valid');
      return;
    }
    if (!g.ok) fail(`grid ${code}: ${g.reason}`);
    shapes.set(code, { level: f.properties['层级'] ?? '', parent: f.properties['上级编码'] ?? null, shape: g.value });
  });
  // The capture point, converted to GCJ-02, climbs the hierarchy 街 → 片区 → 街道 → 建成区; so does the same
  // test after converting the polygons back to WGS-84 as an importer would.
  const chainAt = (p: LonLat, shapeOf: (s: MultiPolygon) => MultiPolygon): string[] =>
    ['街', '片区', '街道', '建成区'].map((level) => {
      const hits = [...shapes].filter(([, s]) => s.level === level && containsPoint(shapeOf(s.shape), p[0], p[1]));
      if (hits.length !== 1) fail(`capture point is in ${hits.length} ${level} grids`);
      return at(hits, 0)[0];
    });
  const gcjChain = chainAt(toGcj(CAPTURE), (s) => s);
  const wgsChain = chainAt(CAPTURE, (s) => mapPositions(s, (p) => toWgsFromGcj(p)));
  if (gcjChain.join() !== wgsChain.join()) fail('capture grid chain differs between GCJ-02 and WGS-84');
  for (let i = 0; i + 1 < gcjChain.length; i++) {
    if (shapes.get(at(gcjChain, i))?.parent !== gcjChain[i + 1]) fail(`grid ${at(gcjChain, i)} does not have ${gcjChain[i + 1]} as parent`);
  }

  // --- business registry ---
  const regKeys = new Map<string, number>();
  const handPlaced = new Set(x.parties.designated.flatMap((d) => (d.entity ? [d.entity.uscc] : [])));
  const inArea = (p: LonLat): boolean => pointInRing(p, x.grids.area.wgs);
  x.registry.rows.forEach((r, i) => {
    const [uscc = '', name, , , , status = '', established = '', lon = '', lat = ''] = r.cells;
    if (r.bad) return;
    if (!validateUscc(uscc).ok) fail(`registry row ${i + 2}: USCC ${uscc} invalid`);
    if (!name) fail(`registry row ${i + 2}: no name`);
    if (!['存续', '在业', '注销', '吊销'].includes(status)) fail(`registry row ${i + 2}: status ${status}`);
    if (!isDate(established) || established > EXPORT_DATE) fail(`registry row ${i + 2}: date ${established}`);
    if ((lon === '') !== (lat === '')) fail(`registry row ${i + 2}: half a coordinate`);
    if (lon && !inArea([Number(lon), Number(lat)])) fail(`registry row ${i + 2}: outside the district`);
    if (lon && distanceM([Number(lon), Number(lat)], CAPTURE) < 60 && !handPlaced.has(uscc)) fail(`registry row ${i + 2}: within 60 m of the capture`);
    if (regKeys.has(uscc)) fail(`registry row ${i + 2}: duplicate USCC among good rows`);
    regKeys.set(uscc, i + 2);
  });
  for (const r of x.registry.rows.filter((row) => row.bad)) {
    const code = at(r.cells, 0);
    const field = r.bad?.field;
    if (field === '统一社会信用代码' && !regKeys.has(code) && validateUscc(code).ok) fail(`bad registry row ${code} is valid`);
  }

  // --- merchants ---
  const ids = new Set<string>();
  x.merchants.rows.forEach((r, i) => {
    const [id = '', sign, , lon = '', lat = '', , phone = '', uscc = '', grid = ''] = r.cells;
    if (r.bad) return;
    if (ids.has(id)) fail(`merchant row ${i + 2}: duplicate id`);
    ids.add(id);
    if (!sign) fail(`merchant row ${i + 2}: no sign`);
    if (!/^1[3-9]\d{9}$/.test(phone)) fail(`merchant row ${i + 2}: phone ${phone}`);
    if (uscc && !regKeys.has(uscc)) fail(`merchant row ${i + 2}: USCC ${uscc} not in the registry`);
    const shape = shapes.get(grid) ?? fail(`merchant row ${i + 2}: grid ${grid} unknown`);
    const p: LonLat = [Number(lon), Number(lat)];
    if (!containsPoint(shape.shape, p[0], p[1])) fail(`merchant row ${i + 2}: not inside its grid ${grid}`);
    const finer = [...shapes].find(([, s]) => s.level === '街' && containsPoint(s.shape, p[0], p[1]));
    if (shape.level === '片区' && finer) fail(`merchant row ${i + 2}: in 街 ${finer[0]} but filed under 片区 ${grid}`);
  });

  // --- the sample party and its neighbours ---
  const party = x.parties.designated.find((d) => d.role === 'party') ?? fail('no party');
  if (party.distanceToCaptureM > 15) fail('party too far from the capture');
  for (const n of x.parties.designated.filter((d) => d.role === 'neighbour')) {
    if (n.distanceToCaptureM < 20 || n.distanceToCaptureM > 60) fail(`neighbour ${n.merchant.sign} at ${n.distanceToCaptureM} m`);
  }
  if (party.grid.code !== gcjChain[0]) fail('party grid is not the capture grid');
  const near = x.merchants.rows.filter((r) => {
    const lon = Number(r.cells[3]);
    const lat = Number(r.cells[4]);
    return r.cells[3] && distanceM(toWgsFromGcj([lon, lat]), CAPTURE) < 80;
  });
  if (near.length !== 4) fail(`${near.length} merchants within 80 m of the capture (expected the 4 placed by hand)`);
  if (!party.entity || !regKeys.has(party.entity.uscc)) fail('party not in the registry');

  // --- cameras ---
  x.cameras.rows.forEach((r, i) => {
    if (r.bad) return;
    const [id = '', , lon = '', lat = '', , legal = '', tech = '', published = '', , from = '', to = ''] = r.cells;
    if (!id) fail(`camera row ${i + 2}: no id`);
    if (!inArea([Number(lon), Number(lat)])) fail(`camera row ${i + 2}: outside the district`);
    if (!(tech <= legal && legal <= published && published < '2026-06-01')) fail(`camera row ${i + 2}: review dates out of order`);
    if (!(dayNumber(from) <= dayNumber('2026-06-12') && dayNumber(to) >= dayNumber('2026-06-20'))) fail(`camera row ${i + 2}: not calibrated in June 2026`);
  });

  // --- vehicles ---
  const plates = new Set<string>();
  x.vehicles.rows.forEach((r, i) => {
    const [plate = '', , owner, idNumber = ''] = r.cells;
    const plateOk = validatePlate(plate).ok;
    const idOk = validateResidentId(idNumber, NOW_MS).ok || (validateUscc(idNumber).ok && regKeys.has(idNumber));
    if (r.bad) {
      if (r.bad.field === '号牌号码' && plateOk && !plates.has(plate)) fail(`bad vehicle row ${i + 2} has a valid unique plate`);
      if (r.bad.field === '证件号码' && idOk) fail(`bad vehicle row ${i + 2} has a valid ID`);
      return;
    }
    if (!plateOk) fail(`vehicle row ${i + 2}: plate ${plate}`);
    if (plates.has(plate)) fail(`vehicle row ${i + 2}: duplicate plate`);
    plates.add(plate);
    if (!owner || !idOk) fail(`vehicle row ${i + 2}: owner/ID ${idNumber}`);
  });
}
