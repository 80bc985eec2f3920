// Small, realistic capture files for tests, written into a folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCaptureJpeg, withExif } from '../../scripts/lib/make-capture-jpeg';
import type { ExifSpec } from '../../scripts/lib/make-capture-jpeg';

let base: Uint8Array | null = null;

/** One encoded picture, re-stamped with different EXIF per file so every file has its own bytes. */
export function captureBytes(i: number, spec: Partial<ExifSpec> = {}): Uint8Array {
  base ??= makeCaptureJpeg({ width: 320, height: 240, seed: 0x101, thumbnail: true });
  const minute = String(i % 60).padStart(2, '0');
  return withExif(base, {
    dateTimeOriginal: `2026:06:12 09:${minute}:${String(i % 60).padStart(2, '0')}`,
    subSecTimeOriginal: String(100 + (i % 900)),
    offsetTimeOriginal: '+08:00',
    gps: { lat: 28.6565 + i * 1e-6, lon: 121.4208, altitude: 4 },
    make: 'Hikvision',
    model: 'DS-2CD3T47EWD-L',
    bodySerialNumber: 'DS-2CD3T47EWD-L20230511AACHF12345',
    ...spec,
  });
}

export function writeCaptures(dir: string, count: number, offset = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = join(dir, `cap-${String(i + offset).padStart(5, '0')}.jpg`);
    writeFileSync(p, captureBytes(i + offset));
    paths.push(p);
  }
  return paths;
}
