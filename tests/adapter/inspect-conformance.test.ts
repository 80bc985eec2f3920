// `inspect` against ExifTool's readings of real camera files (../shared/corpus/exif-real/truth.json). The
// expected values are derived here from ExifTool's tags with plain string handling, independently of the
// code under test. Where we deliberately differ from ExifTool, the reason is written down below.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../electron/main/ingest/inspect-service';
import { CORPUS_DIR, CORPUS_SKIP_REASON, corpusPresent } from '../helpers/corpus';
import { clean, expectedGps, expectedTime } from '../helpers/exiftool-expect';
import type { Truth } from '../helpers/exiftool-expect';


const KNOWN_DIFFERENCES: Record<string, { fields: string[]; reason: string }> = {
  'metadata-extractor-images_Samsung_GT-I9000_(Galaxy_S).jpg': {
    fields: ['gps'],
    reason: 'GPS 0,0 is "no fix", not a place: we report no position and the gps-null-island warning.',
  },
  'metadata-extractor-images_Issue_308.jpg': {
    fields: ['gps'],
    reason: 'GPS 0,0 is "no fix", not a place: we report no position and the gps-null-island warning.',
  },
  'metadata-extractor-images_Olympus_PEN_E-P3.jpg': {
    fields: ['serial'],
    reason: 'The serial is only in Olympus MakerNotes, which we do not parse (exifr has no MakerNote decoder); the device registry (issue 3) supplies fixed-camera serials.',
  },
  'exiftool_Ricoh2.jpg': {
    fields: ['serial'],
    reason: 'InternalSerialNumber is only in Ricoh MakerNotes, which we do not parse.',
  },
};

describe.skipIf(!corpusPresent)('inspect agrees with ExifTool on real camera files', () => {
  const truth = corpusPresent ? (JSON.parse(readFileSync(join(CORPUS_DIR, 'truth.json'), 'utf8')) as Truth[]) : [];
  const disagreements: string[] = [];

  for (const t of truth) {
    const name = String(t['SourceFile']).replace(/^images\//, '');
    it(name, async () => {
      const r = await inspectFile(join(CORPUS_DIR, 'images', name), { zone: 'Asia/Shanghai', gpsToleranceSeconds: 120, now: new Date('2026-11-26T00:00:00Z') });
      expect(r.error).toBeNull();
      if (r.error !== null) return;
      const known = KNOWN_DIFFERENCES[name]?.fields ?? [];
      const check = (field: string, actual: unknown, expected: unknown): void => {
        if (known.includes(field)) {
          disagreements.push(`${name} ${field}: ours ${JSON.stringify(actual)} vs ExifTool ${JSON.stringify(expected)} — ${KNOWN_DIFFERENCES[name]?.reason}`);
          return;
        }
        expect({ field, value: actual }).toEqual({ field, value: expected });
      };
      expect(r.sha256).toBe(t['sha256']);
      const time = expectedTime(t);
      check('capturedAt', r.capturedAt, time.capturedAt);
      check('timeBasis', r.timeBasis, time.basis);
      const gps = expectedGps(t);
      if (gps && r.gps && !known.includes('gps')) {
        expect(r.gps.lat).toBeCloseTo(gps.lat, 6);
        expect(r.gps.lon).toBeCloseTo(gps.lon, 6);
        if (gps.altitude === null) expect(r.gps.altitude).toBeNull();
        else expect(r.gps.altitude).toBeCloseTo(gps.altitude, 3);
      } else check('gps', r.gps, gps);
      if (known.includes('gps')) expect(r.warnings).toContain('gps-null-island');
      check('make', r.device.make, clean(t['EXIF:Make']));
      check('model', r.device.model, clean(t['EXIF:Model']));
      const serial = clean(t['EXIF:SerialNumber'] ?? t['MakerNotes:SerialNumber'] ?? t['MakerNotes:InternalSerialNumber'] ?? t['XMP:SerialNumber']);
      check('serial', r.device.serial, serial);
      const width = t['File:ImageWidth'] ?? t['EXIF:ImageWidth'];
      const height = t['File:ImageHeight'] ?? t['EXIF:ImageHeight'];
      check('width', r.width, width ?? null);
      check('height', r.height, height ?? null);
      if (time.capturedAt === null && typeof (t['EXIF:DateTimeOriginal'] ?? t['EXIF:CreateDate']) === 'string') {
        expect(r.warnings).toContain('clock-not-set');
      }
    });
  }

  it('lists the deliberate disagreements', () => {
    console.log(`Deliberate disagreements with ExifTool:\n${disagreements.join('\n')}`);
    expect(disagreements.length).toBeLessThanOrEqual(Object.values(KNOWN_DIFFERENCES).reduce((n, d) => n + d.fields.length, 0));
  });
});

describe.skipIf(corpusPresent)('real-camera conformance', () => {
  it.skip(CORPUS_SKIP_REASON, () => undefined);
});
