// Time semantics of a capture: run under TZ=UTC and TZ=Asia/Shanghai (npm run test:unit does both); nothing
// here may depend on the process's zone.
import { describe, expect, it } from 'vitest';
import { interpretCaptureTags } from '../../../electron/core/evidence/capture-metadata';
import type { InterpretOptions } from '../../../electron/core/evidence/capture-metadata';
import { parseExifDateTime, parseGpsInstant, parseOffset, parseSubSec } from '../../../electron/core/time/exif-datetime';
import { formatChineseDateTime } from '../../../electron/core/time/iso';
import { offsetForLocalTime } from '../../../electron/core/time/zone';

const options: InterpretOptions = { zone: 'Asia/Shanghai', nowMs: Date.parse('2026-11-26T00:00:00Z'), gpsToleranceSeconds: 120 };

describe('EXIF date parsing', () => {
  it('parses a normal value and rejects broken clocks with a reason', () => {
    expect(parseExifDateTime('2026:06:12 09:15:32')).toEqual({ ok: true, value: { year: 2026, month: 6, day: 12, hour: 9, minute: 15, second: 32 } });
    expect(parseExifDateTime('0000:00:00 00:00:00')).toMatchObject({ ok: false, problem: 'zero' });
    expect(parseExifDateTime('    :  :     :  :  ')).toMatchObject({ ok: false, problem: 'blank' });
    expect(parseExifDateTime('')).toMatchObject({ ok: false, problem: 'blank' });
    expect(parseExifDateTime('2026:02:30 10:00:00')).toMatchObject({ ok: false, problem: 'impossible' });
    expect(parseExifDateTime('yesterday')).toMatchObject({ ok: false, problem: 'malformed' });
  });
  it('reads sub-seconds as a decimal fraction, keeping leading zeros', () => {
    expect(parseSubSec('64')).toBe(640);
    expect(parseSubSec('0887')).toBe(88);
    expect(parseSubSec('935476')).toBe(935);
    expect(parseSubSec('00')).toBe(0);
    expect(parseSubSec(7)).toBe(700);
    expect(parseSubSec('ab')).toBeNull();
  });
  it('reads offsets and refuses impossible ones', () => {
    expect(parseOffset('+08:00')).toBe(480);
    expect(parseOffset('-04:00')).toBe(-240);
    expect(parseOffset('+0530')).toBe(330);
    expect(parseOffset('+25:00')).toBeNull();
    expect(parseOffset('   ')).toBeNull();
  });
  it('reads GPS date and unpadded time stamps as UTC', () => {
    expect(parseGpsInstant('2026:06:20', [2, 2, 11])).toBe(Date.parse('2026-06-20T02:02:11Z'));
    expect(parseGpsInstant('2026:06:20', '2:2:11.5')).toBe(Date.parse('2026-06-20T02:02:11.500Z'));
    expect(parseGpsInstant('0000:00:00', [0, 0, 0])).toBeNull();
  });
});

describe('zone arithmetic without the process zone', () => {
  it('knows Shanghai is +08:00 today and had summer time in 1988', () => {
    expect(offsetForLocalTime('Asia/Shanghai', { year: 2026, month: 6, day: 12, hour: 9, minute: 0, second: 0 })).toBe(480);
    expect(offsetForLocalTime('Asia/Shanghai', { year: 1988, month: 7, day: 1, hour: 12, minute: 0, second: 0 })).toBe(540);
    expect(offsetForLocalTime('America/New_York', { year: 2017, month: 10, day: 3, hour: 10, minute: 0, second: 0 })).toBe(-240);
  });
  it('writes dates the way Chinese case files do', () => {
    expect(formatChineseDateTime({ year: 2026, month: 6, day: 12, hour: 9, minute: 5, second: 2 })).toBe('2026年6月12日 09时05分02秒');
  });
});

describe('capture time', () => {
  it('uses DateTimeOriginal + SubSecTimeOriginal + OffsetTimeOriginal', () => {
    const f = interpretCaptureTags({ dateTimeOriginal: '2026:06:12 09:15:32', subSecTimeOriginal: '250', offsetTimeOriginal: '+08:00' }, options);
    expect(f.capturedAt).toBe('2026-06-12T09:15:32.250+08:00');
    expect(f.capturedAtMs).toBe(Date.parse('2026-06-12T01:15:32.250Z'));
    expect(f.timeBasis).toBe('exif-offset');
    expect(f.warnings).toEqual([]);
  });
  it('assumes the workspace zone where no offset was written, and says so', () => {
    const f = interpretCaptureTags({ dateTimeOriginal: '2026:06:12 09:47:05' }, options);
    expect(f.capturedAt).toBe('2026-06-12T09:47:05+08:00');
    expect(f.timeBasis).toBe('assumed-zone');
    expect(f.assumedZone).toBe('Asia/Shanghai');
    expect(f.warnings).toContain('time-zone-assumed');
  });
  it('ignores OffsetTime, which belongs to ModifyDate', () => {
    const f = interpretCaptureTags({ dateTimeOriginal: '2021:06:27 18:23:07', offsetTime: '+02:00', subSecTimeOriginal: '64' }, options);
    expect(f.capturedAt).toBe('2021-06-27T18:23:07.640+08:00');
    expect(f.timeBasis).toBe('assumed-zone');
  });
  it('falls back to CreateDate with its own sub-seconds and offset', () => {
    const f = interpretCaptureTags({ createDate: '2020:01:02 03:04:05', subSecTimeDigitized: '5', offsetTimeDigitized: '-05:00' }, options);
    expect(f.capturedAt).toBe('2020-01-02T03:04:05.500-05:00');
  });
  it('flags a clock that was never set and gives no time', () => {
    for (const bad of ['0000:00:00 00:00:00', '    :  :     :  :  ', '1998:01:01 00:00:00']) {
      const f = interpretCaptureTags({ dateTimeOriginal: bad }, options);
      expect(f.capturedAt, bad).toBeNull();
      expect(f.timeBasis).toBe('none');
      expect(f.warnings).toContain('clock-not-set');
    }
    expect(interpretCaptureTags({ dateTimeOriginal: '1998:01:01 09:30:00' }, options).capturedAt).not.toBeNull();
  });
  it('flags a missing time, a future time and a time before such devices existed', () => {
    expect(interpretCaptureTags({}, options).warnings).toContain('time-missing');
    expect(interpretCaptureTags({ dateTimeOriginal: '2027:01:01 10:00:00', offsetTimeOriginal: '+08:00' }, options).warnings).toContain('time-in-future');
    expect(interpretCaptureTags({ dateTimeOriginal: '1985:03:01 10:00:00' }, options).warnings).toContain('time-before-device-era');
  });
  it('reads a video creation time as UTC and shows it at the zone offset', () => {
    const f = interpretCaptureTags({ videoCreatedUtc: '2026-06-12T01:15:32.000Z' }, options);
    expect(f.capturedAt).toBe('2026-06-12T09:15:32+08:00');
    expect(f.timeBasis).toBe('video-mvhd');
  });
});

describe('GPS', () => {
  const base = { dateTimeOriginal: '2026:06:20 10:02:11', offsetTimeOriginal: '+08:00' };
  it('signs latitude, longitude and altitude from their Ref tags', () => {
    const f = interpretCaptureTags({ ...base, gpsLatitude: 20.44, gpsLatitudeRef: 'S', gpsLongitude: 73.99, gpsLongitudeRef: 'W', gpsAltitude: 3.98, gpsAltitudeRef: 1 }, options);
    expect(f.gps).toEqual({ lat: -20.44, lon: -73.99, altitude: -3.98 });
  });
  it('drops 0,0 and out-of-range positions with a warning', () => {
    const zero = interpretCaptureTags({ ...base, gpsLatitude: 0, gpsLongitude: 0 }, options);
    expect(zero.gps).toBeNull();
    expect(zero.warnings).toContain('gps-null-island');
    const bad = interpretCaptureTags({ ...base, gpsLatitude: 95, gpsLongitude: 10 }, options);
    expect(bad.gps).toBeNull();
    expect(bad.warnings).toContain('gps-out-of-range');
  });
  it('compares GPS time with the capture time within the tolerance', () => {
    const gps = { gpsLatitude: 28.6565, gpsLongitude: 121.4208, gpsDateStamp: '2026:06:20' };
    expect(interpretCaptureTags({ ...base, ...gps, gpsTimeStamp: [2, 3, 11] }, options).warnings).not.toContain('gps-time-mismatch');
    expect(interpretCaptureTags({ ...base, ...gps, gpsTimeStamp: [2, 5, 0] }, options).warnings).toContain('gps-time-mismatch');
    expect(interpretCaptureTags({ ...base, ...gps, gpsTimeStamp: [5, 2, 11] }, options).warnings).toContain('gps-time-mismatch');
  });
});

describe('signs of editing', () => {
  const base = { dateTimeOriginal: '2026:06:20 10:03:00', offsetTimeOriginal: '+08:00' };
  it('flags editing software but not camera firmware', () => {
    expect(interpretCaptureTags({ ...base, software: 'Adobe Photoshop 25.0 (Windows)' }, options).warnings).toContain('edited-software');
    expect(interpretCaptureTags({ ...base, software: 'HDR+ 1.0.199571065z' }, options).warnings).not.toContain('edited-software');
  });
  it('flags a ModifyDate after the capture, beyond two seconds', () => {
    expect(interpretCaptureTags({ ...base, modifyDate: '2026:06:20 10:03:01' }, options).warnings).not.toContain('edited-modify-date');
    expect(interpretCaptureTags({ ...base, modifyDate: '2026:06:21 08:00:00' }, options).warnings).toContain('edited-modify-date');
  });
  it('flags an XMP edit history and unreadable metadata', () => {
    expect(interpretCaptureTags({ ...base, xmpHistory: true }, options).warnings).toContain('edited-xmp-history');
    expect(interpretCaptureTags({ readError: 'bad IFD' }, options).warnings).toContain('metadata-unreadable');
  });
});
