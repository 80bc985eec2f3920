// Identifiers with correct check characters: 统一社会信用代码 (GB 32100, check from the core's usccCheckChar),
// the 主体标识码 inside it (GB 11714 organisation code with its own check digit), 居民身份证号 (GB 11643, check from
// the core's residentIdCheckChar) and 机动车号牌 (GA 36).

import { residentIdCheckChar } from '../../../electron/core/data/resident-id';
import { usccCheckChar } from '../../../electron/core/data/uscc';
import type { Rng } from './prng';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of an 8-character organisation code body. */
export function orgCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charAt(i);
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function withUsccCheck(first17: string): string {
  const check = usccCheckChar(first17);
  if (check === null) throw new Error(`cannot compute a USCC check character for ${first17}`);
  return first17 + check;
}

export interface UsccSpec {
  /** 1 企业, 2 个体工商户. */
  category: '1' | '2';
  /** 登记管理机关行政区划码. */
  division: string;
  /** 'ma': an MA… code assigned since the 2015 reform; 'org': a pre-2015 organisation code carried over. */
  style: 'ma' | 'org';
}

export function makeUscc(rng: Rng, spec: UsccSpec): string {
  const body8 = spec.style === 'ma' ? `MA${rng.pick(['2', '2', '2', '9', '5'])}${rng.chars(USCC_ALPHABET, 5)}` : `${rng.pick(['7', '7', '6', '5', '1'])}${rng.chars('0123456789', 7)}`;
  return withUsccCheck(`9${spec.category}${spec.division}${body8}${orgCodeCheck(body8)}`);
}

/** A different character of the code alphabet for position 18: a code that fails only its check. */
export function breakUsccCheck(uscc: string): string {
  const right = uscc.charAt(17);
  const i = USCC_ALPHABET.indexOf(right);
  return uscc.slice(0, 17) + USCC_ALPHABET.charAt((i + 7) % USCC_ALPHABET.length);
}

export function withResidentIdCheck(first17: string): string {
  const check = residentIdCheckChar(first17);
  if (check === null) throw new Error(`cannot compute a resident-ID check character for ${first17}`);
  return first17 + check;
}

export function breakResidentIdCheck(id: string): string {
  const chars = '0123456789X';
  const i = chars.indexOf(id.charAt(17));
  return id.slice(0, 17) + chars.charAt((i + 3) % chars.length);
}

/** 18-digit resident ID; the 17th digit is odd for men, even for women. */
export function makeResidentId(rng: Rng, area: string, birth: string, male: boolean): string {
  const seq = rng.int(0, 49) * 20 + rng.int(0, 4) * 2 + (male ? 1 : 0);
  return withResidentIdCheck(`${area}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`);
}

// Plate letters leave out I and O (GA 36).
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** 浙J + 5 characters, at most two of them letters (as issued in Taizhou). */
export function ordinaryPlate(rng: Rng): string {
  const letters = rng.weighted([[0, 3], [1, 5], [2, 2]] as const);
  const pos = new Set<number>();
  while (pos.size < letters) pos.add(rng.int(0, 4));
  let serial = '';
  for (let i = 0; i < 5; i++) serial += pos.has(i) ? rng.chars(PLATE_LETTERS, 1) : rng.chars(DIGITS, 1);
  return `浙J${serial}`;
}

/** Small new-energy: 浙J + D (pure electric) or F + letter/digit + 4 digits. */
export function smallNewEnergyPlate(rng: Rng): string {
  const second = rng.chance(0.6) ? rng.chars(DIGITS, 1) : rng.chars(PLATE_LETTERS, 1);
  return `浙J${rng.chance(0.75) ? 'D' : 'F'}${second}${rng.chars(DIGITS, 4)}`;
}

/** Large new-energy: 浙J + 5 digits + D or F. */
export function largeNewEnergyPlate(rng: Rng): string {
  return `浙J${rng.chars(DIGITS, 5)}${rng.chance(0.6) ? 'D' : 'F'}`;
}
