// 居民身份证号 (GB 11643-1999) and the masks used wherever personal numbers are shown. A natural-person party is
// identified by this number (DESIGN.md §3, 主体); a typo would name someone else, so it is checked before use, and the
// full number is shown only where the case file needs it.
//
// Layout: 1–6 address code · 7–14 birth date YYYYMMDD · 15–17 sequence (17th odd = male) · 18 check (0–9 or X).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Birth dates are compared with "today" in China: mainland China keeps UTC+8 all year (no DST since 1991), so a
// fixed offset gives the right calendar day without reading the machine's zone.
const CHINA_OFFSET_MS = 8 * 3_600_000;

// The brief's floor. Note the standard's own second example, 440524188001010014, is born 1880 and fails this on
// purpose: nobody that old is a party to a street-enforcement case, and an 18xx year is far likelier a typo.
const MIN_BIRTH_YEAR = 1900;

export interface ResidentIdInfo {
  value: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'male' | 'female';
}

export type ResidentIdResult = ({ ok: true } & ResidentIdInfo) | { ok: false; reason: string };

/** Check character for the first 17 digits, or null when they are not 17 digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC never touches the local zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Validates an 18-character resident ID. `nowMs` fixes "today" (China calendar day) so that results do not depend
 * on when or where the check runs.
 */
export function validateResidentId(id: string, nowMs: number): ResidentIdResult {
  const value = id.trim().replace(/x$/, 'X');
  if (/^\d{15}$/.test(value)) {
    return { ok: false, reason: '15位为旧版身份证号，请使用18位号码 (15-digit legacy ID; the 18-digit number is required)' };
  }
  if (value.length !== 18) {
    return { ok: false, reason: `身份证号应为18位，现为${value.length}位 (ID must be 18 characters)` };
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    const bad = [...value].find((ch, i) => !(/\d/.test(ch) || (i === 17 && ch === 'X'))) ?? '?';
    return { ok: false, reason: `含非法字符 ${bad}：前17位应为数字，末位为数字或X (invalid character ${bad})` };
  }

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const shown = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `出生日期 ${shown} 不存在 (birth date ${shown} does not exist)` };
  }
  if (year < MIN_BIRTH_YEAR) {
    return { ok: false, reason: `出生年份 ${year} 早于${MIN_BIRTH_YEAR}年 (birth year before ${MIN_BIRTH_YEAR})` };
  }
  const today = new Date(nowMs + CHINA_OFFSET_MS);
  const todayKey = today.getUTCFullYear() * 10_000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  if (year * 10_000 + month * 100 + day > todayKey) {
    return { ok: false, reason: `出生日期 ${shown} 晚于今天 (birth date ${shown} is in the future)` };
  }

  const expected = residentIdCheckChar(value.slice(0, 17));
  if (expected !== value.charAt(17)) {
    return { ok: false, reason: `校验码错误：应为 ${expected ?? '?'} (check character should be ${expected ?? '?'})` };
  }
  const sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate: `${year}-${pad2(month)}-${pad2(day)}`, sex };
}

/**
 * "110105********002X": first 6 (address) and last 4 kept. Never returns more than that, whatever the input: a
 * malformed number is masked too rather than shown whole.
 */
export function maskResidentId(id: string): string {
  const v = id.trim().toUpperCase();
  if (v.length >= 11) return v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4);
  if (v.length > 2) return '*'.repeat(v.length - 2) + v.slice(-2);
  return '*'.repeat(v.length);
}

/**
 * Mobiles "138****5678" (first 3, last 4; a +86/0086 prefix is dropped); landlines keep the area code and the last
 * 2 digits: "0571-******21". Anything unrecognised keeps only its last 2 digits.
 */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/[\s\-()（）]/g, '');
  digits = digits.replace(/^(\+86|0086)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;

  // Landline written with a separator: the part before it is the area code, whatever its length.
  const separated = /^(?:[（(](0\d{2,3})[)）][\s-]*|(0\d{2,3})[\s-]+)(\d{5,8})(?:\s*(?:-|转|ext\.?)\s*\d+)?$/i.exec(trimmed);
  const area = separated?.[1] ?? separated?.[2];
  const local = separated?.[3];
  if (area && local) {
    return `${area}-${'*'.repeat(local.length - 2)}${local.slice(-2)}`;
  }
  // Landline without separator: 010 and 02x are 3-digit area codes, all other 0xxx are 4 digits.
  if (/^0\d{9,11}$/.test(digits)) {
    const areaLen = /^(010|02\d)/.test(digits) ? 3 : 4;
    const local = digits.slice(areaLen);
    return `${digits.slice(0, areaLen)}-${'*'.repeat(local.length - 2)}${local.slice(-2)}`;
  }
  if (digits.length > 2) return '*'.repeat(digits.length - 2) + digits.slice(-2);
  return '*'.repeat(digits.length);
}
