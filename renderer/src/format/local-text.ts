// The core writes case-procedure times as local wall-clock text in the workspace's zone ("2026-07-03 10:02",
// deadlines as "2026-07-06 24:00": the end of that day, as the law counts it). They are shown as written, only
// in the language's date style; re-parsing them as instants would invite the browser's zone in.

import type { DateStyle } from './date-time';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2})/;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-07-06 24:00" → "2026年7月6日 24:00" or "6 Jul 2026 24:00". */
export function formatLocalText(text: string, style: DateStyle): string {
  const m = LOCAL.exec(text);
  if (!m) return text;
  const [, y, mo, d, hm] = m;
  const date = style === 'zh' ? `${Number(y)}年${Number(mo)}月${Number(d)}日` : `${Number(d)} ${EN_MONTHS[Number(mo) - 1] ?? '?'} ${y}`;
  return `${date} ${hm}`;
}

/** The value an <input type="datetime-local"> wants for an ISO time with offset, in that offset's wall time. */
export function toLocalInputValue(iso: string): string {
  return iso.slice(0, 16);
}
