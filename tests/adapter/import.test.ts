// Import into a real workspace on disk: hashing, the content-addressed store, deduplication, rejections
// with reasons, and the audit trail.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sm3Hex } from '../../electron/core/hash/sm3';
import { ImportService } from '../../electron/main/ingest/import-service';
import { CaseService } from '../../electron/main/services/case-service';
import { EvidenceService } from '../../electron/main/services/evidence-service';
import { Workspace } from '../../electron/main/workspace/workspace';
import { corruptExif, makeTinyPng, makeTinyTiffWithExif, notAnImage, truncate, zeroBytes } from '../fixtures/make-bad-files';
import { makeMp4 } from '../fixtures/make-mp4';
import { captureBytes, writeCaptures } from '../helpers/captures';
import { tempDir } from '../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let ws: Workspace;
let caseId: string;

beforeEach(async () => {
  tmp = tempDir();
  ws = await Workspace.open(join(tmp.path, 'ws'));
  ws.updateSettings({ operator: '张三', zone: 'Asia/Shanghai' });
  caseId = new CaseService(ws).create('测试案件', null).id;
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('importing captures', () => {
  it('stores each original unchanged, read-only, under its SHA-256, with SM3 as a second hash', async () => {
    const [file] = writeCaptures(join(tmp.path, 'in'), 1);
    const before = readFileSync(file as string);
    const summary = await new ImportService(ws).importPaths(caseId, [file as string]);
    expect(summary).toEqual({ imported: 1, duplicates: 0, rejected: [], cancelled: false });
    const [item] = new EvidenceService(ws).list(caseId);
    expect(item?.sha256).toBe(sha256(before));
    expect(item?.sm3).toBe(sm3Hex(before));
    const stored = ws.store.pathOf(item?.sha256 as string);
    expect(readFileSync(stored).equals(before)).toBe(true);
    expect(statSync(stored).mode & 0o222).toBe(0);
    expect(readFileSync(file as string).equals(before)).toBe(true);
    expect(item?.capturedAt).toBe('2026-06-12T09:00:00.100+08:00');
    expect(item?.device.serial).toBe('DS-2CD3T47EWD-L20230511AACHF12345');
    expect(item?.hasThumbnail).toBe(true);
    expect(statSync(ws.store.thumbnailPathOf(item?.sha256 as string)).size).toBeGreaterThan(100);
  });

  it('imports the same bytes once per case and shares the original between cases', async () => {
    const dir = join(tmp.path, 'in');
    const files = writeCaptures(dir, 3);
    writeFileSync(join(dir, 'copy-of-first.jpg'), readFileSync(files[0] as string));
    const importer = new ImportService(ws);
    expect(await importer.importPaths(caseId, [dir])).toMatchObject({ imported: 3, duplicates: 1 });
    expect(await importer.importPaths(caseId, [dir])).toMatchObject({ imported: 0, duplicates: 4 });
    const other = new CaseService(ws).create('另一个案件', null).id;
    expect(await importer.importPaths(other, [files[0] as string])).toMatchObject({ imported: 1, duplicates: 0 });
    expect(await ws.store.listStoredHashes()).toHaveLength(3);
  });

  it('rejects bad files with a reason and goes on with the batch', async () => {
    const dir = join(tmp.path, 'mixed');
    mkdirSync(dir);
    const good = captureBytes(1);
    writeFileSync(join(dir, 'a-good.jpg'), good);
    writeFileSync(join(dir, 'b-empty.jpg'), zeroBytes());
    writeFileSync(join(dir, 'c-html.jpg'), notAnImage());
    writeFileSync(join(dir, 'd-notes.txt'), 'hello');
    writeFileSync(join(dir, 'e-truncated.jpg'), truncate(good, 0.5));
    writeFileSync(join(dir, 'f-corrupt-exif.jpg'), corruptExif(good));
    writeFileSync(join(dir, 'g-tiny.png'), makeTinyPng({ width: 9, height: 7 }));
    writeFileSync(join(dir, 'h-scan.tif'), makeTinyTiffWithExif({ dateTimeOriginal: '2026:06:12 10:00:00', offsetTimeOriginal: '+08:00', make: 'DJI', model: 'FC6360' }));
    writeFileSync(join(dir, 'i-clip.mp4'), makeMp4({ creationTime: new Date('2026-06-12T02:00:00Z') }));
    writeFileSync(join(dir, 'j-clip.mov'), makeMp4({ creationTime: null, brand: 'qt  ' }));
    const summary = await new ImportService(ws).importPaths(caseId, [dir, join(tmp.path, 'missing.jpg')]);

    const reasons = Object.fromEntries(summary.rejected.map((r) => [r.path.split('/').pop(), r.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['b-empty.jpg', 'c-html.jpg', 'd-notes.txt', 'missing.jpg']);
    expect(reasons['b-empty.jpg']).toMatch(/empty|空文件/);
    expect(reasons['c-html.jpg']).toMatch(/unsupported|不支持/);
    expect(reasons['missing.jpg']).toMatch(/不存在/);
    expect(summary.imported).toBe(7);

    const items = Object.fromEntries(new EvidenceService(ws).list(caseId).map((i) => [i.sourceName, i]));
    expect(items['e-truncated.jpg']?.capturedAt).toBe('2026-06-12T09:01:01.101+08:00');
    expect(items['f-corrupt-exif.jpg']?.warnings).toContain('metadata-unreadable');
    expect(items['g-tiny.png']).toMatchObject({ mediaType: 'image/png', width: 9, height: 7, timeBasis: 'none' });
    expect(items['g-tiny.png']?.warnings).toContain('time-missing');
    expect(items['h-scan.tif']).toMatchObject({ mediaType: 'image/tiff', capturedAt: '2026-06-12T10:00:00+08:00', timeBasis: 'exif-offset' });
    expect(items['i-clip.mp4']).toMatchObject({ mediaType: 'video/mp4', capturedAt: '2026-06-12T10:00:00+08:00', timeBasis: 'video-mvhd' });
    expect(items['j-clip.mov']).toMatchObject({ mediaType: 'video/quicktime', capturedAt: null, timeBasis: 'none' });
  });

  it('audits every import with who, what and which hashes, in a chain that verifies', async () => {
    const files = writeCaptures(join(tmp.path, 'in'), 2);
    await new ImportService(ws).importPaths(caseId, files);
    const entries = ws.audit.list(`case:${caseId}`);
    expect(entries.map((e) => e.action)).toEqual(['case.create', 'evidence.import', 'evidence.import', 'import.batch']);
    expect(entries[1]).toMatchObject({ actor: '张三', details: { sha256: sha256(readFileSync(files[0] as string)) } });
    expect(ws.audit.verify()).toMatchObject({ ok: true });
  });

  it('reports progress per file and can be cancelled, keeping what it finished', async () => {
    const files = writeCaptures(join(tmp.path, 'in'), 40);
    const controller = new AbortController();
    const seen: number[] = [];
    const summary = await new ImportService(ws).importPaths(caseId, files, {
      signal: controller.signal,
      concurrency: 1,
      onProgress: (p) => {
        seen.push(p.filesDone);
        if (p.filesDone === 5) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toBeGreaterThanOrEqual(5);
    expect(summary.imported).toBeLessThan(40);
    expect(summary.rejected).toEqual([]);
    expect(Math.max(...seen)).toBe(summary.imported);
    expect(new EvidenceService(ws).list(caseId)).toHaveLength(summary.imported);
    const again = await new ImportService(ws).importPaths(caseId, files);
    expect(again).toMatchObject({ imported: 40 - summary.imported, duplicates: summary.imported });
  });

  it('imports a folder of 1,000 files with a few bad ones', async () => {
    const dir = join(tmp.path, 'big');
    writeCaptures(dir, 995);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `bad-${i}.jpg`), i % 2 ? zeroBytes() : notAnImage());
    const summary = await new ImportService(ws).importPaths(caseId, [dir]);
    expect(summary.imported).toBe(995);
    expect(summary.rejected.map((r) => r.path.split('/').pop()).sort()).toEqual(['bad-0.jpg', 'bad-1.jpg', 'bad-2.jpg', 'bad-3.jpg', 'bad-4.jpg']);
    expect(readdirSync(ws.store.tempDir)).toEqual([]);
  });
});

describe('evidence numbering', () => {
  it('follows the order of the files, not the order in which copies finished', async () => {
    const dir = join(tmp.path, 'ordered');
    mkdirSync(dir);
    // Big and small files alternate, so with several in flight the small ones finish first.
    for (let i = 0; i < 9; i++) {
      writeFileSync(join(dir, `f${i}.jpg`), captureBytes(i, { paddingBytes: i % 2 === 0 ? 3_000_000 : 0 }));
    }
    writeFileSync(join(dir, 'f4x.jpg'), zeroBytes());
    await new ImportService(ws).importPaths(caseId, [dir], { concurrency: 3 });
    const items = new EvidenceService(ws).list(caseId).sort((a, b) => a.seq - b.seq);
    expect(items.map((i) => i.sourceName)).toEqual(['f0.jpg', 'f1.jpg', 'f2.jpg', 'f3.jpg', 'f4.jpg', 'f5.jpg', 'f6.jpg', 'f7.jpg', 'f8.jpg']);
  });
});
