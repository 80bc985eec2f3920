// Times are shown as the wall time the string itself carries, never re-expressed in the browser's zone: the
// machine may run in UTC while the capture was made in UTC+8, and the case file must show what the device said.

export interface WallTime {
  year: number;
  month: number;
  day: number;
  time: string; // HH:MM:SS
  fraction: string; // digits after the decimal point, possibly empty
  offset: string; // "+08:00", "-05:30" or "UTC"
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseWallTime(iso: string): WallTime | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [, y, mo, d, time, fraction, zone] = m;
  let offset = 'UTC';
  if (zone && zone !== 'Z') offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (!zone) offset = '';
  return { year: Number(y), month: Number(mo), day: Number(d), time: time ?? '', fraction: fraction ?? '', offset };
}

export type DateStyle = 'zh' | 'en';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface WallTimeOptions {
  /** Drop a fraction that is all zeros (GPS times are whole seconds, written as .000). */
  dropZeroFraction?: boolean;
  /** Leave out the "(+08:00)" suffix. */
  omitOffset?: boolean;
  /** Leave out the sub-seconds (tiles, where space is short). */
  omitFraction?: boolean;
  /** Leave out the time (dates only). */
  dateOnly?: boolean;
}

/** "2026年6月12日 09:15:32.250 (+08:00)" in Chinese, "12 Jun 2026 09:15:32.250 (+08:00)" in English. */
export function formatWallTime(iso: string, style: DateStyle, options: WallTimeOptions = {}): string {
  const w = parseWallTime(iso);
  if (!w) return iso;
  const date = style === 'zh' ? `${w.year}年${w.month}月${w.day}日` : `${w.day} ${EN_MONTHS[w.month - 1] ?? '?'} ${w.year}`;
  if (options.dateOnly) return date;
  const fraction = w.fraction && !options.omitFraction && !(options.dropZeroFraction && /^0+$/.test(w.fraction)) ? `.${w.fraction}` : '';
  const offset = options.omitOffset || !w.offset ? '' : ` (${w.offset})`;
  return `${date} ${w.time}${fraction}${offset}`;
}

/** The "+08:00" a capture time carries, or null. */
export function offsetOf(iso: string): string | null {
  return parseWallTime(iso)?.offset || null;
}

/**
 * An instant (e.g. an import time, stored as UTC) shown in a named zone, the workspace's, with the offset spelled
 * out. Intl is told the zone explicitly, so the browser's own zone plays no part.
 */
export function formatInstantInZone(iso: string, zone: string, style: DateStyle, options: WallTimeOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    }).formatToParts(date);
  } catch {
    return formatWallTime(date.toISOString(), style, options);
  }
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const pad = (s: string): string => s.padStart(2, '0');
  const offsetName = get('timeZoneName').replace(/^GMT/, '');
  const offset = offsetName === '' ? '+00:00' : offsetName;
  const wall = `${get('year')}-${pad(get('month'))}-${pad(get('day'))}T${pad(get('hour'))}:${pad(get('minute'))}:${pad(get('second'))}${offset}`;
  return formatWallTime(wall, style, options);
}
