// Captures for the evidence-chain scenarios, described the way a handler would ("the registered camera at
// 09:15:30", "a patrol's phone, no zone recorded") and turned into EXIF for ./captures.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExifSpec } from '../../scripts/lib/make-capture-jpeg';
import { captureBytes } from './captures';

/** Where the sample camera stands and writes its GPS: across 解放南路 from 老王水果店 (sample-party.json). */
export const SHOP_SPOT = { lat: 28.656462, lon: 121.420768 };
/** A stretch of 市府大道 near 工人路 where a truck spilled construction waste. */
export const ROAD_SPOT = { lat: 28.6598, lon: 121.4289 };

/**
 * The devices in the scenarios. `camera` is the registered fixed camera of the sample case (cameras.csv row 19:
 * reviewed, published, calibrated 2025-09-01 – 2026-08-31, clock 2 s fast); `expiredCamera` is registered but
 * its calibration ended 2025-11-30 (row 14); `phone` is a patrol officer's phone, in no registry.
 */
export const DEVICES = {
  camera: { make: 'Hikvision', model: 'DS-2CD3T47EWD-L', bodySerialNumber: 'DS-2CD3T47EWD-L20230511AACHF12345' },
  expiredCamera: { make: 'Dahua', model: 'DH-IPC-HFW4443M', bodySerialNumber: '2Q0XFU1CZS5PG54' },
  phone: { make: 'HUAWEI', model: 'ELS-AN00', bodySerialNumber: undefined },
} as const;
export type DeviceName = keyof typeof DEVICES;

export interface Shot {
  /** Local wall-clock time in Asia/Shanghai, "YYYY-MM-DD HH:MM:SS". */
  at: string;
  device: DeviceName;
  /** Defaults to the item's spot; a few metres' jitter is added per shot like real GPS. */
  where?: { lat: number; lon: number };
  /** The device recorded no OffsetTimeOriginal (the workspace zone must be assumed). */
  noOffset?: boolean;
  /** The GPS clock disagrees with the capture time by this many seconds. */
  gpsSkewSeconds?: number;
}

let serial = 0;

/** The EXIF of a shot: the time with +08:00 (unless noOffset), the GPS position and its UTC time stamp. */
export function shotExif(shot: Shot, spot: { lat: number; lon: number }): Partial<ExifSpec> {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(shot.at);
  if (!m) throw new Error(`bad shot time ${shot.at}`);
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const utc = new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s) + (shot.gpsSkewSeconds ?? 0) * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const where = shot.where ?? spot;
  const jitter = ((serial % 7) - 3) * 1e-5; // about ±3 m
  return {
    ...DEVICES[shot.device],
    dateTimeOriginal: `${y}:${pad(mo)}:${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
    subSecTimeOriginal: '250',
    // Explicitly undefined: captureBytes would otherwise keep its default +08:00.
    offsetTimeOriginal: shot.noOffset ? undefined : '+08:00',
    gps: {
      lat: where.lat + (shot.device === 'phone' ? jitter : 0),
      lon: where.lon + (shot.device === 'phone' ? jitter : 0),
      altitude: 4,
      dateStamp: `${utc.getUTCFullYear()}:${pad(utc.getUTCMonth() + 1)}:${pad(utc.getUTCDate())}`,
      timeStamp: [utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds()],
    },
  };
}

/** Writes each shot as its own JPEG (distinct bytes, so none is a duplicate) and returns the paths in order. */
export function writeShots(dir: string, name: string, shots: readonly Shot[], spot: { lat: number; lon: number }): string[] {
  mkdirSync(dir, { recursive: true });
  return shots.map((shot, i) => {
    serial += 1;
    const path = join(dir, `${name}-${i + 1}.jpg`);
    writeFileSync(path, captureBytes(serial, shotExif(shot, spot)));
    return path;
  });
}
