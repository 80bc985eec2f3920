// Writes the sample inter-department data to resources/sample/data/ with a README describing each file: the
// business registry (GBK), street-front merchants (GB18030, GCJ-02), grid polygons (GeoJSON, GCJ-02), the camera
// registry (UTF-8 with BOM) and a vehicle-registry extract (XLSX), for the district around the sample case's
// capture in 椒江区, 台州市. All synthetic, with deliberately bad rows the import must catch.
// Run: npx tsx scripts/make-sample-data.ts   Output is byte-for-byte reproducible (seeded PRNG, fixed dates).

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { camerasTable } from './lib/sample-data/cameras';
import { fmt6, toGcj } from './lib/sample-data/geo';
import { buildGrids, gridsGeoJson } from './lib/sample-data/grids';
import { merchantsTable } from './lib/sample-data/merchants-file';
import { buildParties, CAPTURE } from './lib/sample-data/parties';
import { Rng } from './lib/sample-data/prng';
import { readmeText } from './lib/sample-data/readme';
import type { FileInfo } from './lib/sample-data/readme';
import { registryTable } from './lib/sample-data/registry-file';
import { badRowsOf, csvText, encodeText } from './lib/sample-data/table';
import type { Table } from './lib/sample-data/table';
import { vehiclesTable, vehiclesXlsx } from './lib/sample-data/vehicles';
import { verifyAll } from './lib/sample-data/verify';

const OUT_DIR = fileURLToPath(new URL('../resources/sample/data/', import.meta.url));
const MAX_TOTAL_BYTES = 3 * 1024 * 1024;

function rowOf(t: Table, column: number, value: string): number {
  const i = t.rows.findIndex((r) => !r.bad && r.cells[column] === value);
  if (i < 0) throw new Error(`no row with ${value}`);
  return i + 2;
}

async function main(): Promise<void> {
  // One stream per dataset: changing one generator leaves the other files as they are.
  const grids = buildGrids(new Rng(0x6121d5), CAPTURE);
  const parties = buildParties(new Rng(0x5ab1e5), grids);
  const registry = registryTable(new Rng(0x4e6157), parties);
  const { table: merchants } = merchantsTable(new Rng(0x3e7c4a), parties, grids);
  const party = parties.designated.find((d) => d.role === 'party');
  if (!party?.entity) throw new Error('the sample party is missing');
  const cams = camerasTable(new Rng(0xca3e7a), party);
  const vehicles = vehiclesTable(new Rng(0x7e41c1), parties.entities);
  const geojson = gridsGeoJson(grids);

  verifyAll({ grids, geojson, parties, registry, merchants, cameras: cams.table, vehicles });

  const registryRowOf = (uscc: string): number => rowOf(registry, 0, uscc);
  const merchantRowOf = (id: string): number => rowOf(merchants, 0, id);
  const sampleCameraRow = rowOf(cams.table, 0, cams.sample.id);
  const zone = grids.zones.find((z) => z.code === party.grid.parentCode);
  const sub = grids.subdistricts.find((s) => s.code === zone?.parentCode);
  const truth = {
    about: 'Ground truth of the sample case (resources/sample/captures) in the data of this folder; see README.md.',
    capture: { wgs84: { lat: CAPTURE[1], lon: CAPTURE[0] }, gcj02: { lat: toGcj(CAPTURE)[1], lon: toGcj(CAPTURE)[0] }, camera: cams.sample.id, cameraRow: sampleCameraRow },
    party: {
      merchantId: party.merchant.id,
      merchantRow: merchantRowOf(party.merchant.id),
      sign: party.merchant.sign,
      address: party.merchant.address,
      manager: party.merchant.manager,
      wgs84: { lat: Number(fmt6(party.merchant.premises[1])), lon: Number(fmt6(party.merchant.premises[0])) },
      gcj02: party.merchant.gcj ? { lat: party.merchant.gcj[1], lon: party.merchant.gcj[0] } : null,
      distanceToCaptureM: Number(party.distanceToCaptureM.toFixed(1)),
      uscc: party.entity.uscc,
      registryRow: registryRowOf(party.entity.uscc),
      registeredName: party.entity.name,
      type: party.entity.type,
      operator: party.entity.rep,
      registeredAddress: party.entity.address,
      status: party.entity.status,
      established: party.entity.established,
    },
    grids: {
      街: { code: party.grid.code, name: party.grid.name },
      片区: zone ? { code: zone.code, name: zone.name } : null,
      街道: sub ? { code: sub.code, name: sub.name } : null,
      建成区: { code: grids.area.code, name: grids.area.name },
    },
    neighbours: parties.designated
      .filter((d) => d.role === 'neighbour')
      .map((d) => ({
        merchantId: d.merchant.id,
        sign: d.merchant.sign,
        address: d.merchant.address,
        uscc: d.entity?.uscc ?? null,
        distanceToCaptureM: Number(d.distanceToCaptureM.toFixed(1)),
        wgs84: { lat: Number(fmt6(d.merchant.premises[1])), lon: Number(fmt6(d.merchant.premises[0])) },
      })),
    badRows: {
      'business-registry.csv': badRowsOf(registry),
      'street-merchants.csv': badRowsOf(merchants),
      'grids.geojson': [{ feature: grids.features.indexOf(grids.bad) + 1, code: grids.bad.code, problem: grids.bad.bad }],
      'cameras.csv': badRowsOf(cams.table),
      'vehicles.xlsx': badRowsOf(vehicles),
    },
  };

  const outputs: [string, Buffer][] = [
    ['business-registry.csv', encodeText(csvText(registry, '\r\n'), 'gbk')],
    ['street-merchants.csv', encodeText(csvText(merchants, '\n'), 'gb18030')],
    ['grids.geojson', Buffer.from(geojson, 'utf8')],
    ['cameras.csv', encodeText(csvText(cams.table, '\r\n'), 'utf8-bom')],
    ['vehicles.xlsx', await vehiclesXlsx(vehicles)],
    ['sample-party.json', Buffer.from(`${JSON.stringify(truth, null, 2)}\n`, 'utf8')],
  ];
  const files: FileInfo[] = outputs.map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }));
  const readme = Buffer.from(
    readmeText({ files, grids, parties, registry, merchants, cameras: cams.table, vehicles, sampleCamera: cams.sample, sampleCameraRow, registryRowOf, merchantRowOf }),
    'utf8',
  );
  outputs.push(['README.md', readme]);

  const total = outputs.reduce((s, [, b]) => s + b.length, 0);
  if (total > MAX_TOTAL_BYTES) throw new Error(`output is ${total} bytes, over the ${MAX_TOTAL_BYTES} budget`);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, bytes] of outputs) {
    writeFileSync(`${OUT_DIR}${name}`, bytes);
    console.log(`${name.padEnd(24)} ${String(bytes.length).padStart(8)} bytes`);
  }
  console.log(`total ${total} bytes; party ${party.merchant.id} ${party.entity.uscc} in ${party.grid.code}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
