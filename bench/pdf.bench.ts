// npm run bench:pdf — a case of 40 camera-sized captures (~60 MB): build-and-sign the case file, and verify it,
// beside reading and hashing the same originals in the same run; the file's size beside the originals' total.
//
//   BENCH_CAPTURES=40 (default)
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeCaptureJpeg, withExif } from '../scripts/lib/make-capture-jpeg';
import { catalog } from '../electron/main/chain/chain-service';
import { exportCaseFile } from '../electron/main/casefile/export-service';
import { ImportService } from '../electron/main/ingest/import-service';
import { CaseService } from '../electron/main/services/case-service';
import { EvidenceService } from '../electron/main/services/evidence-service';
import { makeTestCertificate } from '../electron/main/signing/test-certificate';
import { verifyCaseFileOffline } from '../electron/main/verify/verify-with-rules';
import { Workspace } from '../electron/main/workspace/workspace';

const CAPTURES = Number(process.env['BENCH_CAPTURES'] ?? 40);
const ROOT = resolve(process.env['BENCH_DIR'] ?? '.bench/pdf');
const MB = 1e6;

async function main(): Promise<void> {
  await rm(ROOT, { recursive: true, force: true });
  const src = join(ROOT, 'captures');
  await mkdir(src, { recursive: true });
  const base = makeCaptureJpeg({ width: 4000, height: 3000, seed: 0x301, quality: 80 });
  for (let i = 0; i < CAPTURES; i++) {
    const bytes = withExif(base, {
      dateTimeOriginal: `2026:06:12 09:${String(i % 60).padStart(2, '0')}:00`,
      offsetTimeOriginal: '+08:00',
      gps: { lat: 28.6565, lon: 121.4208, altitude: 4 },
      make: 'Hikvision',
      model: 'DS-2CD3T47EWD-L',
      paddingBytes: Math.max(0, 1_500_000 - base.length) + i,
    });
    await writeFile(join(src, `IMG_${String(i).padStart(3, '0')}.jpg`), bytes);
  }
  const ws = await Workspace.open(join(ROOT, 'workspace'));
  ws.updateSettings({ operator: 'bench', jurisdiction: { minLat: 28.55, maxLat: 28.8, minLon: 121.3, maxLon: 121.6 } });
  const caseId = new CaseService(ws).create('bench', 'shop-outside-business').id;
  await new ImportService(ws).importPaths(caseId, [src]);
  const stored = new EvidenceService(ws).list(caseId).map((e) => ws.store.pathOf(e.sha256));
  const originalsTotal = (await Promise.all(stored.map((p) => stat(p)))).reduce((n, s) => n + s.size, 0);
  const cert = await makeTestCertificate({ name: '基准测试', org: '测试单位' });
  const items = await catalog();

  const readAndHash = async (): Promise<number> => {
    const t = performance.now();
    for (const p of stored) createHash('sha256').update(await readFile(p)).digest('hex');
    return (performance.now() - t) / 1000;
  };
  await readAndHash(); // warm the page cache for every measurement alike
  const hashSeconds = await readAndHash();

  const out = join(ROOT, 'case-file.pdf');
  let t = performance.now();
  const r = await exportCaseFile(ws, items, { caseId, out, identity: { privateKey: cert.privateKey, algorithm: 'rsa', chain: [cert.certificate] }, overrideIncomplete: '基准测试：证据链不完整', packageTarget: null });
  const exportSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const v = await verifyCaseFileOffline(new Uint8Array(await readFile(out)));
  const verifySeconds = (performance.now() - t) / 1000;
  ws.close();
  const size = (await stat(out)).size;
  const intact = v.intact;

  console.log(`\n${CAPTURES} captures, originals ${(originalsTotal / MB).toFixed(1)} MB, ${r.pages} pages, ${process.platform}/${process.arch} node ${process.version}`);
  console.log(`baseline: read + SHA-256 of the originals   ${hashSeconds.toFixed(2)} s`);
  console.log(`build and sign the case file               ${exportSeconds.toFixed(2)} s = ${(exportSeconds / hashSeconds).toFixed(1)}× (target < 3×)`);
  console.log(`verify (signature + every evidence hash)   ${verifySeconds.toFixed(2)} s = ${(verifySeconds / hashSeconds).toFixed(1)}× (target < 2×); intact: ${intact}`);
  console.log(`size ${(size / MB).toFixed(2)} MB = originals + ${((size - originalsTotal) / MB).toFixed(2)} MB (target < +2 MB)`);
}

await main();
