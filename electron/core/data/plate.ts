// 机动车号牌 (GA 36). A vehicle-borne violation (e.g. 建筑垃圾遗撒) names its party through the vehicle registry, and
// the plate is read by a person or a camera's OCR; a plate that cannot exist must be caught here rather than
// matched against the registry, where a near miss would name somebody else's vehicle.

// The 31 mainland province-level abbreviations used on plates.
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

// Letters never used on plates: I and O read as 1 and 0.
const AUTHORITY_LETTER = /^[A-HJ-NP-Z]$/;
const ALNUM = '[0-9A-HJ-NP-Z]';

// Ordinary 5-character serial.
const ORDINARY = new RegExp(`^${ALNUM}{5}$`);
// Small new-energy: D (纯电) or F (非纯电) first, then a letter or digit, then 4 digits. Where a city has used up its
// D/F numbers, the Ministry of Public Security lets it continue with A B C E (pure electric) and G H J K (not pure),
// and those plates are on the road (e.g. in Shanghai), so they are accepted too.
const NEW_ENERGY_SMALL = new RegExp(`^([DABCEFGHJK])${ALNUM}[0-9]{4}$`);
// Large new-energy: 5 digits, then D or F last.
const NEW_ENERGY_LARGE = /^[0-9]{5}([DF])$/;
// Special plates: 4-character serial, then one character naming the use.
const SUFFIXED = new RegExp(`^(${ALNUM}{4})([挂学警港澳])$`);

const PURE_ELECTRIC = 'DABCE';

export type PlateKind = 'ordinary' | 'new-energy-small' | 'new-energy-large' | 'trailer' | 'learner' | 'police' | 'hk-macau';

export type PlateResult =
  | {
      ok: true;
      /** Normalised: no separators, half-width, upper case, e.g. 浙J12345. */
      value: string;
      kind: PlateKind;
      /** New-energy plates only: what the serial letter says about the drivetrain. */
      energy?: 'pure-electric' | 'non-pure-electric';
    }
  | { ok: false; reason: string };

/**
 * Half-width, upper case, without the spaces and separators people and OCR put between the authority letter and
 * the serial ("浙J·12345", "浙 J-12345", "浙Ｊ１２３４５").
 */
export function normalizePlate(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000·•・.\-－–—_]/g, '')
    .toUpperCase();
}

const SUFFIX_KIND: Readonly<Record<string, PlateKind>> = { 挂: 'trailer', 学: 'learner', 警: 'police', 港: 'hk-macau', 澳: 'hk-macau' };

export function validatePlate(text: string): PlateResult {
  const value = normalizePlate(text);
  const chars = [...value];
  const province = chars[0] ?? '';
  const authority = chars[1] ?? '';
  const serial = chars.slice(2).join('');

  if (chars.length === 0) return { ok: false, reason: '号牌为空 (plate is empty)' };
  if (!PROVINCES.includes(province)) {
    return { ok: false, reason: `首字“${province}”不是省份简称 (first character must be a province abbreviation)` };
  }
  if (authority === 'I' || authority === 'O') {
    return { ok: false, reason: `发牌机关代号不使用字母 ${authority} (authority letter cannot be I or O)` };
  }
  if (!AUTHORITY_LETTER.test(authority)) {
    return { ok: false, reason: `第2位应为发牌机关字母，现为“${authority}” (second character must be a letter)` };
  }
  if (/[IO]/.test(serial)) {
    return { ok: false, reason: '号牌序号不使用字母 I 和 O (serial cannot contain I or O)' };
  }

  if (chars.length === 7) {
    if (ORDINARY.test(serial)) return { ok: true, value, kind: 'ordinary' };
    const special = SUFFIXED.exec(serial);
    const kind = special?.[2] ? SUFFIX_KIND[special[2]] : undefined;
    if (kind === 'hk-macau' && value.slice(0, 2) !== '粤Z') {
      return { ok: false, reason: '港澳入出境车号牌应为“粤Z”开头 (HK/Macau plates are 粤Z…港/澳)' };
    }
    if (kind) return { ok: true, value, kind };
    return { ok: false, reason: `号牌序号“${serial}”应为5位字母或数字 (serial must be 5 letters or digits)` };
  }
  if (chars.length === 8) {
    const large = NEW_ENERGY_LARGE.exec(serial);
    if (large?.[1]) {
      return { ok: true, value, kind: 'new-energy-large', energy: large[1] === 'D' ? 'pure-electric' : 'non-pure-electric' };
    }
    const small = NEW_ENERGY_SMALL.exec(serial);
    if (small?.[1]) {
      return { ok: true, value, kind: 'new-energy-small', energy: PURE_ELECTRIC.includes(small[1]) ? 'pure-electric' : 'non-pure-electric' };
    }
    return {
      ok: false,
      reason: `新能源号牌序号“${serial}”应为D/F加5位（小型，末4位为数字）或5位数字加D/F（大型） (new-energy serial must start or end with D/F)`,
    };
  }
  return { ok: false, reason: `号牌应为7位（新能源8位），现为${chars.length}位 (plate must be 7 characters, 8 for new-energy)` };
}
