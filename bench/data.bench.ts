// npm run bench:data — a city's street-front merchants (120,042 rows, GB18030 CSV, GCJ-02) imported into a
// workspace, beside parsing the same CSV alone; then capture → grid chain + candidates within 50 m lookups.
//
//   BENCH_ROWS=120042 (default) BENCH_LOOKUPS=20000
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import gcoord from 'gcoord';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { importDataset } from '../electron/main/data/dataset-import';
import { LocateService } from '../electron/main/data/locate-service';
import { Workspace } from '../electron/main/workspace/workspace';
import { prng } from './lib/prng';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 120_042);
const LOOKUPS = Number(process.env['BENCH_LOOKUPS'] ?? 20_000);
const ROOT = resolve(process.env['BENCH_DIR'] ?? '.bench/data');
const AREA = { minLat: 28.55, maxLat: 28.8, minLon: 121.3, maxLon: 121.6 };

const SHOPS = ['水果店', '便利店', '理发店', '小吃店', '五金店', '烟酒店', '服装店', '面馆', '药房', '早餐店'];
const STREETS = ['解放南路', '东海大道', '中山西路', '市府大道', '江城北路', '白云山南路', '青年路', '工人路'];

/** The code of the 街 grid (see gridsGeojson) that contains a point, as a merchant export would name it. */
function streetGridOf(lat: number, lon: number): string {
  let code = 'A';
  let box = { minLat: AREA.minLat, minLon: AREA.minLon, lat: AREA.maxLat - AREA.minLat, lon: AREA.maxLon - AREA.minLon };
  for (let depth = 0; depth < 3; depth++) {
    box = { ...box, lat: box.lat / 4, lon: box.lon / 4 };
    const i = Math.min(3, Math.floor((lat - box.minLat) / box.lat));
    const j = Math.min(3, Math.floor((lon - box.minLon) / box.lon));
    code += `${i}${j}`;
    box = { ...box, minLat: box.minLat + i * box.lat, minLon: box.minLon + j * box.lon };
  }
  return code;
}

function merchantsCsv(): Buffer {
  const rand = prng(7);
  const lines = ['商户编号,店招名称,地址,经度,纬度,负责人,联系电话,统一社会信用代码,所属网格'];
  for (let i = 0; i < ROWS; i++) {
    const lat = AREA.minLat + 0.02 + rand() * (AREA.maxLat - AREA.minLat - 0.04);
    const lon = AREA.minLon + 0.02 + rand() * (AREA.maxLon - AREA.minLon - 0.04);
    const [gLon, gLat] = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const street = STREETS[i % STREETS.length] as string;
    lines.push(`M${String(i).padStart(7, '0')},${street.slice(0, 2)}${SHOPS[i % SHOPS.length]}${i},台州市椒江区${street}${i % 900}号,${gLon.toFixed(6)},${gLat.toFixed(6)},经营者${i % 1000},13${String(100000000 + i).slice(0, 9)},,${streetGridOf(lat, lon)}`);
  }
  return iconv.encode(lines.join('\r\n'), 'gb18030');
}

/** A grid hierarchy over the area: 建成区 → 4×4 街道 → 4×4 片区 each → 4×4 街 each (4,369 polygons). */
function gridsGeojson(): string {
  const features: unknown[] = [];
  const square = (minLat: number, minLon: number, size: { lat: number; lon: number }): number[][][] => [
    [[minLon, minLat], [minLon + size.lon, minLat], [minLon + size.lon, minLat + size.lat], [minLon, minLat + size.lat], [minLon, minLat]],
  ];
  const add = (code: string, level: string, parent: string | null, minLat: number, minLon: number, size: { lat: number; lon: number }): void => {
    features.push({ type: 'Feature', properties: { 网格编码: code, 名称: code, 层级: level, 上级编码: parent, 网格长: `${code}长` }, geometry: { type: 'Polygon', coordinates: square(minLat, minLon, size) } });
  };
  const whole = { lat: AREA.maxLat - AREA.minLat, lon: AREA.maxLon - AREA.minLon };
  add('A', '建成区', null, AREA.minLat, AREA.minLon, whole);
  const levels = ['街道', '片区', '街'];
  const recurse = (code: string, depth: number, minLat: number, minLon: number, size: { lat: number; lon: number }): void => {
    if (depth === levels.length) return;
    const child = { lat: size.lat / 4, lon: size.lon / 4 };
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        const c = `${code}${i}${j}`;
        add(c, levels[depth] as string, code, minLat + i * child.lat, minLon + j * child.lon, child);
        recurse(c, depth + 1, minLat + i * child.lat, minLon + j * child.lon, child);
      }
    }
  };
  recurse('A', 0, AREA.minLat, AREA.minLon, whole);
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function main(): Promise<void> {
  await mkdir(ROOT, { recursive: true });
  const csvFile = join(ROOT, `merchants-${ROWS}.csv`);
  const gridFile = join(ROOT, 'grids.geojson');
  await writeFile(csvFile, merchantsCsv());
  await writeFile(gridFile, gridsGeojson());

  // Baseline: decode and parse the same file, nothing else.
  let t = performance.now();
  const bytes = await readFile(csvFile);
  const parsed = parseCsv(iconv.decode(bytes, 'gb18030'), { relax_column_count: true }) as string[][];
  const parseSeconds = (performance.now() - t) / 1000;

  const wsDir = join(ROOT, 'workspace');
  await rm(wsDir, { recursive: true, force: true });
  const ws = await Workspace.open(wsDir);
  ws.updateSettings({ operator: 'bench', jurisdiction: AREA });
  await importDataset(ws, gridFile, { kind: 'grid', crs: 'wgs84', encoding: 'auto', department: 'bench', exportedOn: null });
  t = performance.now();
  const s = await importDataset(ws, csvFile, { kind: 'merchant', crs: 'gcj02', encoding: 'auto', department: 'bench', exportedOn: null });
  const importSeconds = (performance.now() - t) / 1000;
  if (s.imported !== ROWS) throw new Error(`imported ${s.imported} of ${ROWS}: ${JSON.stringify(s.rejected.slice(0, 3))}`);

  const locate = new LocateService(ws);
  const rand = prng(11);
  const points = Array.from({ length: LOOKUPS }, () => [AREA.minLat + 0.02 + rand() * 0.21, AREA.minLon + 0.02 + rand() * 0.26] as const);
  for (const [lat, lon] of points.slice(0, 500)) locate.gridChain(lat, lon); // warm the statement and shape caches
  let found = 0;
  let chainLength = 0;
  t = performance.now();
  for (const [lat, lon] of points) {
    chainLength += locate.gridChain(lat, lon).length;
    found += locate.nearby(lat, lon, 50).length;
  }
  const lookupSeconds = (performance.now() - t) / 1000;
  ws.close();

  console.log(`\n${ROWS} merchants, ${(bytes.length / 1e6).toFixed(1)} MB GB18030 CSV (GCJ-02), ${process.platform}/${process.arch} node ${process.version}`);
  console.log(`baseline: decode + parse CSV alone   ${parseSeconds.toFixed(2)} s (${parsed.length - 1} rows)`);
  console.log(`import (validate, convert, index)    ${importSeconds.toFixed(2)} s  = ${(importSeconds / parseSeconds).toFixed(1)}× parsing alone (target < 5 s)`);
  console.log(`lookups: grid chain + merchants ≤ 50 m  ${(LOOKUPS / lookupSeconds).toFixed(0)} /s over ${LOOKUPS} random points (target > 10,000/s)`);
  console.log(`  mean grid chain ${(chainLength / LOOKUPS).toFixed(2)} levels, mean ${(found / LOOKUPS).toFixed(2)} merchants within 50 m`);
}

await main();
