// When a served notice takes effect and when its time limit ends. Direct and postal service count from the day
// received; electronic service from its arrival, and only with the party's written consent; a public notice
// takes effect 30 days after publication. A limit of N days ends at 24:00 on the Nth day after that.

import { epochToLocal, localToEpochMs } from '../time/iso';
import { offsetAtInstant, offsetForLocalTime } from '../time/zone';
import type { ServiceMethod } from './chain-input';

export const PUBLIC_NOTICE_DAYS = 30;

export function effectiveAtMs(servedAtMs: number, method: ServiceMethod, zone: string): number {
  return method === 'public' ? addDaysKeepingWallTime(servedAtMs, PUBLIC_NOTICE_DAYS, zone) : servedAtMs;
}

/** 24:00 (the next midnight) at the end of the day `days` days after the local day of `fromMs`. */
export function endOfDayAfter(fromMs: number, days: number, zone: string): number {
  const { local } = epochToLocal(fromMs, offsetAtInstant(zone, fromMs));
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + days + 1));
  const midnight = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0, second: 0 };
  return localToEpochMs(midnight, offsetForLocalTime(zone, midnight), null);
}

function addDaysKeepingWallTime(ms: number, days: number, zone: string): number {
  const { local, millis } = epochToLocal(ms, offsetAtInstant(zone, ms));
  const d = new Date(Date.UTC(local.year, local.month - 1, local.day + days, local.hour, local.minute, local.second));
  const shifted = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  return localToEpochMs(shifted, offsetForLocalTime(zone, shifted), millis);
}

/** How a Chinese case file writes a deadline: 2020-06-05 24:00 rather than 2020-06-06 00:00. */
export function formatDeadline(ms: number, zone: string): string {
  const { local } = epochToLocal(ms - 1, offsetAtInstant(zone, ms - 1));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${local.year}-${pad(local.month)}-${pad(local.day)} 24:00`;
}

export function formatLocalMinute(ms: number, zone: string): string {
  const { local } = epochToLocal(ms, offsetAtInstant(zone, ms));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

export function localDay(ms: number, zone: string): string {
  return formatLocalMinute(ms, zone).slice(0, 10);
}
