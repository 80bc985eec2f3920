import type { LocalDateTime } from './exif-datetime';

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 with the recorded (or assumed) offset; milliseconds only where the camera wrote sub-seconds. */
export function formatLocalIso(t: LocalDateTime, offsetMinutes: number, millis: number | null): string {
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  const time = `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  const frac = millis === null ? '' : `.${pad(millis, 3)}`;
  return `${date}T${time}${frac}${formatOffset(offsetMinutes)}`;
}

export function localToEpochMs(t: LocalDateTime, offsetMinutes: number, millis: number | null): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) + (millis ?? 0) - offsetMinutes * 60_000;
}

/** The wall-clock parts of an instant as seen at a fixed offset. */
export function epochToLocal(epochMs: number, offsetMinutes: number): { local: LocalDateTime; millis: number } {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return {
    local: {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    millis: d.getUTCMilliseconds(),
  };
}

export function formatUtcIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** How Chinese case files write a moment: 2026年6月12日 09时15分32秒. */
export function formatChineseDateTime(t: LocalDateTime): string {
  return `${t.year}年${t.month}月${t.day}日 ${pad(t.hour)}时${pad(t.minute)}分${pad(t.second)}秒`;
}
