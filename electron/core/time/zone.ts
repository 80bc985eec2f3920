// Zone arithmetic with Intl only, never the process's zone: these machines run in UTC while users sit in
// UTC+8, and a capture time must not change with the computer it is read on.

import type { LocalDateTime } from './exif-datetime';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset in minutes east of UTC that `zone` had at the instant `epochMs`. */
export function offsetAtInstant(zone: string, epochMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** Offset that applies to a wall-clock time in `zone` (for a time that occurs twice, the earlier one). */
export function offsetForLocalTime(zone: string, t: LocalDateTime): number {
  const wallAsUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  let offset = offsetAtInstant(zone, wallAsUtc);
  for (let i = 0; i < 3; i++) {
    const next = offsetAtInstant(zone, wallAsUtc - offset * 60_000);
    if (next === offset) break;
    offset = next;
  }
  return offset;
}
