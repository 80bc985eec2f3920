// EXIF stores the capture time as local wall-clock text ("YYYY:MM:DD HH:MM:SS") with the zone, fractions
// and GPS time in separate tags. These helpers parse each piece strictly, because a lenient parse of a
// broken clock ("0000:00:00") would put a wrong date into a case file.

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type DateParse =
  | { ok: true; value: LocalDateTime }
  | { ok: false; problem: 'blank' | 'zero' | 'malformed' | 'impossible'; raw: string };

const EXIF_DATE_TIME = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;

export function parseExifDateTime(raw: string): DateParse {
  const text = raw.replace(/\0/g, '').trim();
  if (text.replace(/[\s:.-]/g, '') === '') return { ok: false, problem: 'blank', raw };
  const m = EXIF_DATE_TIME.exec(text);
  if (!m) return { ok: false, problem: 'malformed', raw };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (year === 0 && month === 0 && day === 0) return { ok: false, problem: 'zero', raw };
  const value = { year, month, day, hour, minute, second };
  return isRealDateTime(value) ? { ok: true, value } : { ok: false, problem: 'impossible', raw };
}

export function isRealDateTime(t: LocalDateTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 59) return false;
  return t.day <= daysInMonth(t.year, t.month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** EXIF sub-second text is the digits after the decimal point: "64" means .64 s, "0887" means .0887 s. */
export function parseSubSec(raw: string | number | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const digits = String(raw).replace(/\0/g, '').trim();
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Math.floor(Number(`0.${digits}`) * 1000 + 1e-6);
}

/** "+08:00" / "-04:00" / "+0800" / "Z" → minutes east of UTC; null when absent or not a real offset. */
export function parseOffset(raw: string | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const text = raw.replace(/\0/g, '').trim();
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[3]) > 59 || minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

/** GPSDateStamp ("YYYY:MM:DD") + GPSTimeStamp ([h, m, s] or "h:m:s", possibly unpadded) → UTC epoch ms. */
export function parseGpsInstant(dateStamp: string | undefined | null, timeStamp: readonly number[] | string | undefined | null): number | null {
  if (!dateStamp || timeStamp === undefined || timeStamp === null) return null;
  const d = /^(\d{4})[:-](\d{1,2})[:-](\d{1,2})$/.exec(dateStamp.replace(/\0/g, '').trim());
  if (!d) return null;
  const parts = typeof timeStamp === 'string' ? timeStamp.split(':').map(Number) : [...timeStamp];
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p) || p < 0)) return null;
  const [h, mi, s] = parts as [number, number, number];
  const year = Number(d[1]);
  const month = Number(d[2]);
  const day = Number(d[3]);
  if (year === 0 || h > 24 || mi > 59 || s >= 61) return null;
  if (!isRealDateTime({ year, month, day, hour: 0, minute: 0, second: 0 })) return null;
  return Date.UTC(year, month - 1, day) + Math.round(((h * 60 + mi) * 60 + s) * 1000);
}
