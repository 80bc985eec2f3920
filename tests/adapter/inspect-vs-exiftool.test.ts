// `inspect` against the exiftool binary on files the project makes itself (the bundled sample and generated
// variants: southern/western positions, below sea level, odd sub-seconds and offsets). Skips where exiftool is
// not installed (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../electron/main/ingest/inspect-service';
import { captureBytes } from '../helpers/captures';
import { clean, expectedGps, expectedTime } from '../helpers/exiftool-expect';
import type { Truth } from '../helpers/exiftool-expect';
import { tempDir } from '../helpers/temp';

const exiftool = spawnSync('exiftool', ['-ver'], { encoding: 'utf8' });
const haveExiftool = exiftool.status === 0;
const tmp = tempDir('casechain-exiftool-');
afterAll(() => tmp.cleanup());

const SAMPLE = resolve(__dirname, '..', '..', 'resources', 'sample', 'captures');
const generated: [string, Parameters<typeof captureBytes>[1]][] = [
  ['south-west-below-sea.jpg', { gps: { lat: -33.8688, lon: -151.2093, altitude: -12.5 }, offsetTimeOriginal: '-03:30', subSecTimeOriginal: '0887' }],
  ['east-no-offset.jpg', { gps: { lat: 28.6565, lon: 121.4208, altitude: 0 }, offsetTimeOriginal: undefined, subSecTimeOriginal: '5' }],
  ['kathmandu.jpg', { offsetTimeOriginal: '+05:45', subSecTimeOriginal: '999999', gps: { lat: 27.7172, lon: 85.324, altitude: 1400 } }],
];

describe.skipIf(!haveExiftool)('inspect agrees with the exiftool binary on files it has not seen', () => {
  const files = [
    ...readdirSync(SAMPLE).filter((f) => f.endsWith('.jpg')).map((f) => join(SAMPLE, f)),
    ...generated.map(([name, spec], i) => {
      const path = join(tmp.path, name);
      writeFileSync(path, captureBytes(i + 7, spec));
      return path;
    }),
  ];
  for (const file of files) {
    it(file.split('/').pop() as string, async () => {
      const r = spawnSync('exiftool', ['-json', '-n', '-G', file], { encoding: 'utf8' });
      const t = (JSON.parse(r.stdout) as Truth[])[0] as Truth;
      const ours = await inspectFile(file, { zone: 'Asia/Shanghai', gpsToleranceSeconds: 120, now: new Date('2026-11-26T00:00:00Z') });
      expect(ours.capturedAt).toBe(expectedTime(t).capturedAt);
      expect(ours.timeBasis).toBe(expectedTime(t).basis);
      const gps = expectedGps(t);
      if (gps === null) expect(ours.gps).toBeNull();
      else {
        expect(ours.gps?.lat).toBeCloseTo(gps.lat, 6);
        expect(ours.gps?.lon).toBeCloseTo(gps.lon, 6);
        if (gps.altitude === null) expect(ours.gps?.altitude).toBeNull();
        else expect(ours.gps?.altitude).toBeCloseTo(gps.altitude, 3);
      }
      expect(ours.device).toEqual({ make: clean(t['EXIF:Make']), model: clean(t['EXIF:Model']), serial: clean(t['EXIF:SerialNumber']) });
      expect([ours.width, ours.height]).toEqual([t['File:ImageWidth'], t['File:ImageHeight']]);
    });
  }
});

describe.skipIf(haveExiftool)('exiftool cross-check', () => {
  it.skip('skipped: exiftool is not installed (apt-get install libimage-exiftool-perl)', () => undefined);
});
