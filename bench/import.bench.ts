// npm run bench:import — the full import of camera-sized JPEGs beside raw SHA-256 hashing of the same files,
// measured in the same run on the same (warm) files. Prints files/s, MB/s, the ratio, and memory at points
// through the import so growth with the number of files would show.
//
//   BENCH_FILES=500 (default) BENCH_CONCURRENCY=3; CASECHAIN_SM3=pure measures the pure-TypeScript SM3 that
//   the desktop app uses (Electron's BoringSSL has no SM3), instead of OpenSSL's.
import { createHash } from 'node:crypto';
import { open, mkdir, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeCaptureJpeg, withExif } from '../scripts/lib/make-capture-jpeg';
import { sm3Implementation } from '../electron/main/hash/sm3-hasher';
import { ImportService } from '../electron/main/ingest/import-service';
import { CaseService } from '../electron/main/services/case-service';
import { Workspace } from '../electron/main/workspace/workspace';
import { prng } from './lib/prng';

const FILES = Number(process.env['BENCH_FILES'] ?? 500);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 3);
const ROOT = resolve(process.env['BENCH_DIR'] ?? '.bench/import');
const SRC = join(ROOT, 'captures');
const MB = 1e6;

async function generate(): Promise<void> {
  const existing = await readdir(SRC).catch(() => [] as string[]);
  if (existing.length === FILES) return;
  await rm(SRC, { recursive: true, force: true });
  await mkdir(SRC, { recursive: true });
  process.stdout.write(`generating ${FILES} camera-sized JPEGs in ${SRC} …\n`);
  // A few real encodes at camera resolution; each file then gets its own EXIF and padding, so every file
  // has distinct bytes and a size between 1 and 3 MB.
  const bases = [0x201, 0x302, 0x403].map((seed) => makeCaptureJpeg({ width: 4000, height: 3000, seed, quality: 80 }));
  const rand = prng(42);
  for (let i = 0; i < FILES; i++) {
    const base = bases[i % bases.length] as Uint8Array;
    const target = 1_000_000 + Math.floor(rand() * 2_000_000);
    const bytes = withExif(base, {
      dateTimeOriginal: `2026:06:${String(1 + (i % 28)).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
      subSecTimeOriginal: String(i % 1000),
      offsetTimeOriginal: '+08:00',
      gps: { lat: 28.6565 + rand() * 0.01, lon: 121.4208 + rand() * 0.01, altitude: 5 },
      make: 'Hikvision',
      model: 'DS-2CD3T47EWD-L',
      bodySerialNumber: `DS-2CD3T47EWD-L2023${String(i % 7).padStart(4, '0')}`,
      paddingBytes: Math.max(0, target - base.length),
    });
    await writeFile(join(SRC, `IMG_${String(i).padStart(5, '0')}.jpg`), bytes);
  }
}

async function hashAll(files: string[]): Promise<number> {
  const buf = new Uint8Array(1 << 20);
  let bytes = 0;
  for (const f of files) {
    const h = createHash('sha256');
    const fd = await open(f, 'r');
    for (;;) {
      const { bytesRead } = await fd.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      h.update(buf.subarray(0, bytesRead));
      bytes += bytesRead;
    }
    await fd.close();
    h.digest('hex');
  }
  return bytes;
}

const rssMb = (): number => process.memoryUsage().rss / MB;

async function main(): Promise<void> {
  await generate();
  const files = (await readdir(SRC)).sort().map((f) => join(SRC, f));
  const total = (await Promise.all(files.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
  await hashAll(files); // warm the page cache for both measurements

  let t = performance.now();
  await hashAll(files);
  const hashSeconds = (performance.now() - t) / 1000;

  const wsDir = join(ROOT, 'workspace');
  await rm(wsDir, { recursive: true, force: true });
  const ws = await Workspace.open(wsDir);
  ws.updateSettings({ operator: 'bench' });
  const caseId = new CaseService(ws).create('bench', null).id;
  const memory: { at: number; rss: number; heap: number }[] = [];
  const marks = new Set([Math.floor(FILES * 0.1), Math.floor(FILES * 0.5), FILES]);
  t = performance.now();
  const summary = await new ImportService(ws).importPaths(caseId, [SRC], {
    concurrency: CONCURRENCY,
    onProgress: (p) => {
      if (marks.has(p.filesDone)) {
        marks.delete(p.filesDone);
        memory.push({ at: p.filesDone, rss: rssMb(), heap: process.memoryUsage().heapUsed / MB });
      }
    },
  });
  const importSeconds = (performance.now() - t) / 1000;
  ws.close();
  if (summary.imported !== FILES) throw new Error(`imported ${summary.imported} of ${FILES}: ${JSON.stringify(summary.rejected.slice(0, 3))}`);

  const row = (name: string, s: number): string =>
    `${name.padEnd(28)} ${(FILES / s).toFixed(1).padStart(8)} files/s ${(total / MB / s).toFixed(1).padStart(8)} MB/s ${s.toFixed(2).padStart(7)} s`;
  console.log(`\n${FILES} files, ${(total / MB).toFixed(0)} MB (${(total / FILES / MB).toFixed(2)} MB avg), concurrency ${CONCURRENCY}, ${process.platform}/${process.arch} node ${process.version}`);
  console.log(row('baseline: read + SHA-256', hashSeconds));
  console.log(row(`import (full, ${sm3Implementation()} SM3)`, importSeconds));
  console.log(`ratio import / hashing alone: ${(hashSeconds / importSeconds).toFixed(2)}× (target ≥ 0.70×)`);
  console.log('memory during import:');
  for (const m of memory) console.log(`  after ${String(m.at).padStart(5)} files: rss ${m.rss.toFixed(0)} MB, heap ${m.heap.toFixed(0)} MB`);
}

await main();
