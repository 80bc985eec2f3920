// Times a handler types ("2026-06-12T14:00") are wall-clock times in the workspace's zone.
import { AppError } from '../../contract/envelope';
import { isRealDateTime } from '../../core/time/exif-datetime';
import { formatLocalIso, localToEpochMs } from '../../core/time/iso';
import { offsetForLocalTime } from '../../core/time/zone';

export function parseLocalDateTime(text: string, zone: string, field: string): { ms: number; iso: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  const t = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) } : null;
  if (!t || !isRealDateTime(t)) throw new AppError('invalid-input', `${field} 应为 YYYY-MM-DDTHH:MM 格式的真实时间 (got "${text}")`);
  const offset = offsetForLocalTime(zone, t);
  return { ms: localToEpochMs(t, offset, null), iso: formatLocalIso(t, offset, null) };
}
