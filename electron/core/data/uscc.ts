// 统一社会信用代码 (GB 32100-2015). The party of a case is identified from other departments' records (DESIGN.md §3,
// 主体); a mistyped code silently points at another party, or at none, so it is checked before it is trusted.
//
// Layout: 1 登记管理部门代码 · 2 机构类别代码 · 3–8 登记管理机关行政区划码 · 9–17 主体标识码 · 18 校验码.

// The code alphabet: digits and capitals without I, O, Z, S, V (too easily misread as 1, 0, 2, 5, U).
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// Registration authorities. The standard text names 1 机构编制, 5 民政, 9 工商 and Y 其他; later allocations under it
// are in real use (e.g. 3 司法行政 for law firms "31…", N 农业 for rural collective organisations "N2…"), so they are
// accepted too: rejecting a real party's code would be worse than letting a rare typo reach the check character.
const AUTHORITIES: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '工商/市场监管',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
};

export type UsccResult = { ok: true; value: string } | { ok: false; reason: string };

/** Check character for the first 17 characters, or null when one of them is outside the code alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31; // 31 → 0
  return ALPHABET.charAt(check);
}

/** Name of the registration authority a code's first character stands for, or null if unknown. */
export function usccAuthority(code: string): string | null {
  return AUTHORITIES[code.charAt(0)] ?? null;
}

export function validateUscc(code: string): UsccResult {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) {
    return { ok: false, reason: `统一社会信用代码应为18位，现为${value.length}位 (USCC must be 18 characters)` };
  }
  for (const ch of value) {
    if (!ALPHABET.includes(ch)) {
      const hint = ch === 'I' || ch === 'O' || ch === 'Z' || ch === 'S' || ch === 'V' ? '，代码不使用 I O Z S V' : '';
      return { ok: false, reason: `含非法字符 ${ch}${hint} (invalid character ${ch})` };
    }
  }
  const first = value.charAt(0);
  if (!(first in AUTHORITIES)) {
    return { ok: false, reason: `登记管理部门代码 ${first} 无效 (unknown registration authority ${first})` };
  }
  const division = value.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    return { ok: false, reason: `第3–8位行政区划码应为6位数字，现为 ${division} (division code must be 6 digits)` };
  }
  // Positions 9–17 are not checked against GB 11714 (组织机构代码): for 个体工商户 they are a registry-assigned
  // number without that check digit, and the USCC check character below already covers all 17 characters.
  const expected = usccCheckChar(value.slice(0, 17));
  if (expected !== value.charAt(17)) {
    return { ok: false, reason: `校验码错误：应为 ${expected ?? '?'} (check character should be ${expected ?? '?'})` };
  }
  return { ok: true, value };
}
