// Turns a reader's raw tags into the facts a case file relies on: when (with its basis), where, by which
// device, and every doubt about them.

import { parseExifDateTime, parseGpsInstant, parseOffset, parseSubSec } from '../time/exif-datetime';
import type { DateParse, LocalDateTime } from '../time/exif-datetime';
import { epochToLocal, formatLocalIso, formatUtcIso, localToEpochMs } from '../time/iso';
import { offsetAtInstant, offsetForLocalTime } from '../time/zone';
import type { RawCaptureTags } from './raw-tags';
import type { WarningCode } from './warnings';

export type TimeBasis = 'exif-offset' | 'assumed-zone' | 'video-mvhd' | 'none';

export interface GpsFix {
  lat: number;
  lon: number;
  altitude: number | null;
}

export interface DeviceIdentity {
  make: string | null;
  model: string | null;
  serial: string | null;
}

export interface CaptureFacts {
  capturedAt: string | null;
  /** The same instant as epoch milliseconds, for ordering and comparisons. */
  capturedAtMs: number | null;
  timeBasis: TimeBasis;
  /** The zone that was assumed when the device wrote no offset. */
  assumedZone: string | null;
  gps: GpsFix | null;
  gpsDatum: string | null;
  gpsTime: string | null;
  device: DeviceIdentity;
  software: string | null;
  orientation: number | null;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  warnings: WarningCode[];
}

export interface InterpretOptions {
  /** IANA zone applied when the device wrote no offset, e.g. "Asia/Shanghai". */
  zone: string;
  /** Now, as epoch ms; a capture later than this (plus a minute) is in the future. */
  nowMs: number;
  /** Largest tolerated difference between GPS time and the capture time. */
  gpsToleranceSeconds: number;
}

// Clocks that were never set start at a factory default. Only midnight on these dates counts, so a real
// capture on 1 January is not flagged.
const FACTORY_DEFAULT_DAYS = ['1970-01-01', '1980-01-01', '1998-01-01', '2000-01-01', '2001-01-01', '2002-01-01', '2004-01-01'];
// Consumer digital cameras that write EXIF appeared in the mid-1990s; anything earlier is a wrong clock.
const DEVICE_ERA_START_MS = Date.UTC(1994, 0, 1);
const MODIFY_AFTER_CAPTURE_TOLERANCE_MS = 2_000;
const EDITING_SOFTWARE =
  /photoshop|lightroom|gimp|paint\.net|snapseed|picasa|affinity|pixelmator|capture one|luminar|darktable|rawtherapee|acdsee|美图|醒图|光影魔术手|photoscape|canva|bridge|windows photo|microsoft photos|preview|skylum|polarr|vsco|fotor|faststone|irfanview|xnview|paintshop|corel/i;

const trimmed = (s: string | undefined): string | null => {
  if (s === undefined) return null;
  const t = s.replace(/\0/g, '').trim();
  return t === '' ? null : t;
};

export function interpretCaptureTags(raw: RawCaptureTags, options: InterpretOptions): CaptureFacts {
  const warnings = new Set<WarningCode>();
  if (raw.readError !== undefined) warnings.add('metadata-unreadable');

  const time = interpretTime(raw, options, warnings);
  const gps = interpretGps(raw, warnings);
  const gpsInstant = parseGpsInstant(raw.gpsDateStamp, raw.gpsTimeStamp);
  if (gps !== null && gpsInstant !== null && time.capturedAtMs !== null && time.timeBasis !== 'video-mvhd') {
    if (Math.abs(gpsInstant - time.capturedAtMs) > options.gpsToleranceSeconds * 1000) warnings.add('gps-time-mismatch');
  }
  const software = trimmed(raw.software);
  if ((software !== null && EDITING_SOFTWARE.test(software)) || (raw.xmpCreatorTool && EDITING_SOFTWARE.test(raw.xmpCreatorTool))) {
    warnings.add('edited-software');
  }
  if (raw.xmpHistory) warnings.add('edited-xmp-history');
  if (time.local !== null && raw.modifyDate !== undefined) {
    const modified = parseExifDateTime(raw.modifyDate);
    // Both are wall-clock times of the same device, so they compare without zones.
    if (modified.ok && wallMs(modified.value) - wallMs(time.local) > MODIFY_AFTER_CAPTURE_TOLERANCE_MS) warnings.add('edited-modify-date');
  }

  return {
    capturedAt: time.capturedAt,
    capturedAtMs: time.capturedAtMs,
    timeBasis: time.timeBasis,
    assumedZone: time.timeBasis === 'assumed-zone' ? options.zone : null,
    gps,
    gpsDatum: gps ? (trimmed(raw.gpsMapDatum) ?? null) : null,
    gpsTime: gpsInstant === null ? null : formatUtcIso(gpsInstant),
    device: { make: trimmed(raw.make), model: trimmed(raw.model), serial: trimmed(raw.serial) },
    software,
    orientation: raw.orientation ?? null,
    width: raw.width ?? null,
    height: raw.height ?? null,
    hasThumbnail: raw.hasThumbnail ?? false,
    warnings: [...warnings],
  };
}

interface TimeReading {
  capturedAt: string | null;
  capturedAtMs: number | null;
  timeBasis: TimeBasis;
  local: LocalDateTime | null;
}

const NO_TIME: TimeReading = { capturedAt: null, capturedAtMs: null, timeBasis: 'none', local: null };

function interpretTime(raw: RawCaptureTags, options: InterpretOptions, warnings: Set<WarningCode>): TimeReading {
  if (raw.videoCreatedUtc !== undefined) return interpretVideoTime(raw.videoCreatedUtc, options, warnings);

  // DateTimeOriginal is the moment of capture; CreateDate (digitized) is the same for a camera and is the
  // fallback when a device wrote only that. OffsetTime belongs to ModifyDate and is never used here.
  const source = pickDateSource(raw);
  if (source === null) {
    warnings.add('time-missing');
    return NO_TIME;
  }
  const parsed: DateParse = parseExifDateTime(source.text);
  if (!parsed.ok) {
    warnings.add(parsed.problem === 'malformed' ? 'time-missing' : 'clock-not-set');
    return NO_TIME;
  }
  const local = parsed.value;
  const millis = parseSubSec(source.subSec);
  const recorded = parseOffset(source.offset);
  if (isFactoryDefault(local)) {
    // A clock that was never set says nothing about when the picture was taken.
    warnings.add('clock-not-set');
    return NO_TIME;
  }
  const offset = recorded ?? offsetForLocalTime(options.zone, local);
  if (recorded === null) warnings.add('time-zone-assumed');
  const capturedAtMs = localToEpochMs(local, offset, millis);
  checkPlausible(local, capturedAtMs, options, warnings);
  return {
    capturedAt: formatLocalIso(local, offset, millis),
    capturedAtMs,
    timeBasis: recorded === null ? 'assumed-zone' : 'exif-offset',
    local,
  };
}

function pickDateSource(raw: RawCaptureTags): { text: string; subSec?: string; offset?: string } | null {
  if (raw.dateTimeOriginal !== undefined) {
    return { text: raw.dateTimeOriginal, subSec: raw.subSecTimeOriginal, offset: raw.offsetTimeOriginal };
  }
  if (raw.createDate !== undefined) return { text: raw.createDate, subSec: raw.subSecTimeDigitized, offset: raw.offsetTimeDigitized };
  return null;
}

function interpretVideoTime(utcIso: string, options: InterpretOptions, warnings: Set<WarningCode>): TimeReading {
  const ms = Date.parse(utcIso);
  if (!Number.isFinite(ms)) {
    warnings.add('time-missing');
    return NO_TIME;
  }
  // mvhd holds UTC, so the instant is known; it is shown at the workspace zone's offset for that instant.
  const offset = offsetAtInstant(options.zone, ms);
  const { local, millis } = epochToLocal(ms, offset);
  checkPlausible(local, ms, options, warnings);
  return { capturedAt: formatLocalIso(local, offset, millis === 0 ? null : millis), capturedAtMs: ms, timeBasis: 'video-mvhd', local };
}

function isFactoryDefault(local: LocalDateTime): boolean {
  const day = `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
  return local.hour === 0 && local.minute === 0 && local.second === 0 && FACTORY_DEFAULT_DAYS.includes(day);
}

function checkPlausible(local: LocalDateTime, ms: number, options: InterpretOptions, warnings: Set<WarningCode>): void {
  if (ms < DEVICE_ERA_START_MS) warnings.add('time-before-device-era');
  if (ms > options.nowMs + 60_000) warnings.add('time-in-future');
}

function wallMs(t: LocalDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

function interpretGps(raw: RawCaptureTags, warnings: Set<WarningCode>): GpsFix | null {
  const { gpsLatitude: lat, gpsLongitude: lon } = raw;
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const signedLat = /^s/i.test(raw.gpsLatitudeRef ?? '') ? -Math.abs(lat) : lat;
  const signedLon = /^w/i.test(raw.gpsLongitudeRef ?? '') ? -Math.abs(lon) : lon;
  if (Math.abs(signedLat) > 90 || Math.abs(signedLon) > 180) {
    warnings.add('gps-out-of-range');
    return null;
  }
  if (signedLat === 0 && signedLon === 0) {
    warnings.add('gps-null-island');
    return null;
  }
  const alt = raw.gpsAltitude;
  const altitude = alt === undefined || !Number.isFinite(alt) ? null : raw.gpsAltitudeRef === 1 ? -Math.abs(alt) : alt;
  return { lat: signedLat, lon: signedLon, altitude };
}
