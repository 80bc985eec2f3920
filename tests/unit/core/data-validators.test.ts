// Validators for the identifiers a party is found by (USCC, resident ID, plate) and for capture coordinates.
// Real examples are published ones whose check character our algorithm reproduces; constructed ones say so.
import { describe, expect, it } from 'vitest';
import { usccAuthority, usccCheckChar, validateUscc } from '../../../electron/core/data/uscc';
import { maskPhone, maskResidentId, residentIdCheckChar, validateResidentId } from '../../../electron/core/data/resident-id';
import { normalizePlate, validatePlate } from '../../../electron/core/data/plate';
import { distanceMeters, insideBounds, parseCoordinate, validateLatLon } from '../../../electron/core/data/coordinates';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// 91350100M000100Y43: the example cited with GB 32100-2015 across its guides and tooling.
// 914403001922038216: 华为技术有限公司, as shown (with its registry link) in the zh.wikipedia 華為 infobox.
const STANDARD_USCC = '91350100M000100Y43';
const HUAWEI_USCC = '914403001922038216';

describe('USCC (GB 32100-2015)', () => {
  it('accepts the published examples and reproduces their check characters', () => {
    expect(validateUscc(STANDARD_USCC)).toEqual({ ok: true, value: STANDARD_USCC });
    expect(validateUscc(HUAWEI_USCC)).toEqual({ ok: true, value: HUAWEI_USCC });
    expect(usccCheckChar(STANDARD_USCC.slice(0, 17))).toBe('3');
    expect(usccCheckChar(HUAWEI_USCC.slice(0, 17))).toBe('6');
  });
  it('trims and upper-cases before checking', () => {
    expect(validateUscc('  91350100m000100y43 ')).toEqual({ ok: true, value: STANDARD_USCC });
  });
  it('maps a remainder of 0 to check character 0 (31 → 0), and reaches the top of the alphabet', () => {
    // Constructed codes (not real parties) whose weighted sums hit the two ends of the mapping.
    expect(usccCheckChar('91330100MA2001000')).toBe('0');
    expect(validateUscc('91330100MA20010000').ok).toBe(true);
    expect(usccCheckChar('91330100MA2002700')).toBe('Y');
  });
  it('detects every single-character substitution of a real code', () => {
    // 31 is prime and no weight is a multiple of it, so any one changed character must change the remainder.
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of USCC_ALPHABET) {
        if (ch === HUAWEI_USCC.charAt(pos)) continue;
        const mutated = HUAWEI_USCC.slice(0, pos) + ch + HUAWEI_USCC.slice(pos + 1);
        expect(validateUscc(mutated).ok, mutated).toBe(false);
      }
    }
  });
  it('says what is wrong, in both languages', () => {
    expect(validateUscc('91350100M000100Y4')).toMatchObject({ ok: false, reason: expect.stringContaining('18位') });
    expect(validateUscc('91350100M000100Y433')).toMatchObject({ ok: false, reason: expect.stringContaining('USCC must be 18 characters') });
    expect(validateUscc('')).toMatchObject({ ok: false });
    expect(validateUscc('91350100M000100I43')).toMatchObject({ ok: false, reason: expect.stringContaining('含非法字符 I') });
    expect(validateUscc('91350100M000100-43')).toMatchObject({ ok: false, reason: expect.stringContaining('含非法字符 -') });
    expect(validateUscc('91350100M000100Y44')).toMatchObject({ ok: false, reason: expect.stringContaining('校验码错误：应为 3') });
    expect(validateUscc('91350100M000100Y44')).toMatchObject({ ok: false, reason: expect.stringContaining('check character should be 3') });
  });
  it('checks the registration-authority code and the division code', () => {
    // Authority B does not exist; the check character is made right so that only the authority is wrong.
    const badAuthority = 'B1350100M000100Y4';
    expect(validateUscc(badAuthority + (usccCheckChar(badAuthority) ?? ''))).toMatchObject({ ok: false, reason: expect.stringContaining('登记管理部门代码') });
    const badDivision = '913501A0M000100Y4';
    expect(validateUscc(badDivision + (usccCheckChar(badDivision) ?? ''))).toMatchObject({ ok: false, reason: expect.stringContaining('行政区划码') });
    for (const authority of ['1', '5', '9', 'Y', '3', 'N']) {
      const first17 = authority + '1350100M000100Y4';
      expect(validateUscc(first17 + (usccCheckChar(first17) ?? '')).ok, authority).toBe(true);
    }
    expect(usccAuthority(HUAWEI_USCC)).toBe('工商/市场监管');
    expect(usccAuthority('Z')).toBeNull();
  });
  it('returns null for a check character it cannot compute', () => {
    expect(usccCheckChar('91350100M000100I4')).toBeNull();
    expect(usccCheckChar('91350100M000100Y')).toBeNull();
    expect(usccCheckChar('')).toBeNull();
  });
});

// Noon on 2026-06-12 in China.
const NOW = Date.parse('2026-06-12T04:00:00Z');

describe('resident ID (GB 11643-1999)', () => {
  it("accepts the standard's worked example and reads its birth date and sex", () => {
    expect(validateResidentId('11010519491231002X', NOW)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(validateResidentId(' 11010519491231002x ', NOW)).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
  it("reproduces the standard's second example, which the 1900 floor then rejects", () => {
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(validateResidentId('440524188001010014', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('早于1900年') });
  });
  it('reads sex from the 17th digit', () => {
    // Constructed: the standard example with sequence 001 (odd → male), check character recomputed.
    const first17 = '11010519491231001';
    expect(validateResidentId(first17 + (residentIdCheckChar(first17) ?? ''), NOW)).toMatchObject({ ok: true, sex: 'male' });
  });
  it('detects every single-digit change', () => {
    const id = '11010519491231002X';
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of '0123456789X') {
        if (ch === id.charAt(pos) || (ch === 'X' && pos < 17)) continue;
        const mutated = id.slice(0, pos) + ch + id.slice(pos + 1);
        expect(validateResidentId(mutated, NOW).ok, mutated).toBe(false);
      }
    }
  });
  const withCheck = (first17: string): string => first17 + (residentIdCheckChar(first17) ?? '');
  it('rejects dates that do not exist, with leap years right', () => {
    expect(validateResidentId(withCheck('11010520000229002'), NOW).ok).toBe(true); // 2000 is a leap year
    expect(validateResidentId(withCheck('11010519000228002'), NOW).ok).toBe(true); // 1900 is not a leap year: 02-28 is its last February day
    expect(validateResidentId(withCheck('11010519000229002'), NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('1900-02-29 不存在') });
    expect(validateResidentId(withCheck('11010519491301002'), NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('不存在') });
    expect(validateResidentId(withCheck('11010519490001002'), NOW)).toMatchObject({ ok: false });
    expect(validateResidentId(withCheck('11010519490431002'), NOW)).toMatchObject({ ok: false });
    expect(validateResidentId(withCheck('11010519490400002'), NOW)).toMatchObject({ ok: false });
  });
  it('takes the year floor at 1900-01-01', () => {
    expect(validateResidentId(withCheck('11010519000101002'), NOW).ok).toBe(true);
    expect(validateResidentId(withCheck('11010518991231002'), NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('birth year before 1900') });
  });
  it("rejects a birth date after today's China calendar day, even when UTC is still on the day before", () => {
    expect(validateResidentId(withCheck('11010520260612002'), NOW).ok).toBe(true);
    expect(validateResidentId(withCheck('11010520260613002'), NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('in the future') });
    // 2026-06-12T17:30Z is already 06-13 01:30 in China.
    expect(validateResidentId(withCheck('11010520260613002'), Date.parse('2026-06-12T17:30:00Z')).ok).toBe(true);
    expect(validateResidentId(withCheck('11010520260613002'), Date.parse('2026-06-12T15:59:59Z')).ok).toBe(false);
  });
  it('explains length, legacy and character problems', () => {
    expect(validateResidentId('110105491231002', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('15位') });
    expect(validateResidentId('11010519491231002', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('应为18位') });
    expect(validateResidentId('1101051949123100X2', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('含非法字符 X') });
    expect(validateResidentId('11010519491231002Y', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('含非法字符 Y') });
    expect(validateResidentId('110105194912310020', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('应为 X') });
    expect(residentIdCheckChar('1101051949123100A')).toBeNull();
  });
  it('masks IDs keeping the first 6 and last 4, and never shows a short one whole', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
    expect(maskResidentId('110105491231002')).toBe('110105*****1002');
    expect(maskResidentId('12345')).toBe('***45');
    expect(maskResidentId('1')).toBe('*');
    expect(maskResidentId('')).toBe('');
  });
  it('masks mobiles and landlines', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0571-87654321')).toBe('0571-******21');
    expect(maskPhone('(010) 12345678')).toBe('010-******78');
    expect(maskPhone('057187654321')).toBe('0571-******21');
    expect(maskPhone('02112345678')).toBe('021-******78');
    expect(maskPhone('0571-87654321转8001')).toBe('0571-******21');
    expect(maskPhone('87654321')).toBe('******21');
    expect(maskPhone('1')).toBe('*');
  });
});

describe('vehicle plates', () => {
  it('normalises separators, spaces, full-width characters and case', () => {
    expect(validatePlate('浙J·12345')).toEqual({ ok: true, value: '浙J12345', kind: 'ordinary' });
    expect(validatePlate(' 浙 j-12345 ')).toMatchObject({ ok: true, value: '浙J12345' });
    expect(validatePlate('浙Ｊ１２３４５')).toMatchObject({ ok: true, value: '浙J12345' });
    expect(validatePlate('浙J•1A2B3')).toMatchObject({ ok: true, value: '浙J1A2B3', kind: 'ordinary' });
    expect(normalizePlate('京Ａ　ｄ１２３４５')).toBe('京AD12345');
  });
  it('reads small and large new-energy plates and their drivetrain letter', () => {
    expect(validatePlate('浙JD12345')).toEqual({ ok: true, value: '浙JD12345', kind: 'new-energy-small', energy: 'pure-electric' });
    expect(validatePlate('浙JFA1234')).toMatchObject({ ok: true, kind: 'new-energy-small', energy: 'non-pure-electric' });
    expect(validatePlate('浙J12345D')).toEqual({ ok: true, value: '浙J12345D', kind: 'new-energy-large', energy: 'pure-electric' });
    expect(validatePlate('浙J12345F')).toMatchObject({ ok: true, kind: 'new-energy-large', energy: 'non-pure-electric' });
    // Letters added once a city's D/F numbers ran out: A B C E pure electric, G H J K not.
    expect(validatePlate('沪AA12345')).toMatchObject({ ok: true, kind: 'new-energy-small', energy: 'pure-electric' });
    expect(validatePlate('沪AG12345')).toMatchObject({ ok: true, kind: 'new-energy-small', energy: 'non-pure-electric' });
  });
  it('reads trailer, learner, police and HK/Macau plates', () => {
    expect(validatePlate('浙J1234挂')).toMatchObject({ ok: true, kind: 'trailer' });
    expect(validatePlate('浙A1234学')).toMatchObject({ ok: true, kind: 'learner' });
    expect(validatePlate('浙A0123警')).toMatchObject({ ok: true, kind: 'police' });
    expect(validatePlate('粤Z·1234港')).toMatchObject({ ok: true, value: '粤Z1234港', kind: 'hk-macau' });
    expect(validatePlate('粤Z1234澳')).toMatchObject({ ok: true, kind: 'hk-macau' });
    expect(validatePlate('浙A1234港')).toMatchObject({ ok: false, reason: expect.stringContaining('粤Z') });
  });
  it('rejects impossible plates with a reason', () => {
    expect(validatePlate('浙I12345')).toMatchObject({ ok: false, reason: expect.stringContaining('I or O') });
    expect(validatePlate('浙O12345')).toMatchObject({ ok: false });
    expect(validatePlate('浙J1234O')).toMatchObject({ ok: false, reason: expect.stringContaining('serial cannot contain I or O') });
    expect(validatePlate('浙J1234')).toMatchObject({ ok: false, reason: expect.stringContaining('现为6位') });
    expect(validatePlate('浙J123456')).toMatchObject({ ok: false, reason: expect.stringContaining('D/F') });
    expect(validatePlate('浙JZ12345')).toMatchObject({ ok: false, reason: expect.stringContaining('D/F') });
    expect(validatePlate('浙JD1234A')).toMatchObject({ ok: false }); // small new-energy: last 4 are digits
    expect(validatePlate('浙JF1A234')).toMatchObject({ ok: false });
    expect(validatePlate('浙J1234DF')).toMatchObject({ ok: false });
    expect(validatePlate('无A12345')).toMatchObject({ ok: false, reason: expect.stringContaining('省份简称') });
    expect(validatePlate('浙112345')).toMatchObject({ ok: false, reason: expect.stringContaining('发牌机关') });
    expect(validatePlate('浙J1234挂5')).toMatchObject({ ok: false });
    expect(validatePlate('浙J12345678')).toMatchObject({ ok: false, reason: expect.stringContaining('7位') });
    expect(validatePlate('')).toMatchObject({ ok: false, reason: expect.stringContaining('为空') });
    expect(validatePlate('·-')).toMatchObject({ ok: false, reason: expect.stringContaining('为空') });
  });
  it('knows all 31 province abbreviations', () => {
    for (const p of '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼') {
      expect(validatePlate(`${p}A12345`).ok, p).toBe(true);
    }
    expect(validatePlate('港A12345').ok).toBe(false);
  });
});

describe('coordinates', () => {
  it('validates ranges, finiteness and the 0,0 placeholder', () => {
    expect(validateLatLon(30.2741, 120.1551)).toEqual({ ok: true, value: { lat: 30.2741, lon: 120.1551 } });
    expect(validateLatLon(90, 180).ok).toBe(true);
    expect(validateLatLon(-90, -180).ok).toBe(true);
    expect(validateLatLon(0, 0.000001).ok).toBe(true);
    expect(validateLatLon(0, 0)).toMatchObject({ ok: false, reason: expect.stringContaining('0,0') });
    expect(validateLatLon(90.0001, 120)).toMatchObject({ ok: false, reason: expect.stringContaining('latitude out of range') });
    expect(validateLatLon(120.1551, 30.2741)).toMatchObject({ ok: false, reason: expect.stringContaining('swapped') });
    expect(validateLatLon(30, 180.0001)).toMatchObject({ ok: false, reason: expect.stringContaining('longitude out of range') });
    expect(validateLatLon(Number.NaN, 120)).toMatchObject({ ok: false, reason: expect.stringContaining('finite') });
    expect(validateLatLon(30, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
  });
  it('treats bounds as inclusive and handles a box across the 180° meridian', () => {
    const hangzhou = { minLat: 29.18, maxLat: 30.57, minLon: 118.34, maxLon: 120.72 };
    expect(insideBounds({ lat: 30.2741, lon: 120.1551 }, hangzhou)).toBe(true);
    expect(insideBounds({ lat: 29.18, lon: 120.72 }, hangzhou)).toBe(true);
    expect(insideBounds({ lat: 29.1799, lon: 120 }, hangzhou)).toBe(false);
    expect(insideBounds({ lat: 30, lon: 120.7201 }, hangzhou)).toBe(false);
    const fiji = { minLat: -21, maxLat: -12, minLon: 177, maxLon: -178 };
    expect(insideBounds({ lat: -17, lon: 179.5 }, fiji)).toBe(true);
    expect(insideBounds({ lat: -17, lon: -179 }, fiji)).toBe(true);
    expect(insideBounds({ lat: -17, lon: 0 }, fiji)).toBe(false);
  });
  it('measures great-circle distance on the WGS-84 mean radius', () => {
    const r = 6_371_008.8;
    const a = { lat: 30, lon: 120 };
    expect(distanceMeters(a, a)).toBe(0);
    // One degree of latitude is R·π/180 on the sphere.
    expect(distanceMeters({ lat: 30, lon: 120 }, { lat: 31, lon: 120 })).toBeCloseTo((r * Math.PI) / 180, 6);
    // And so is one degree of longitude on the equator.
    expect(distanceMeters({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo((r * Math.PI) / 180, 6);
    // Antipodes: haversine is ill-conditioned there (h ≈ 1), so allow a metre over 20,000 km; it must not be NaN.
    expect(Math.abs(distanceMeters({ lat: 10, lon: 20 }, { lat: -10, lon: -160 }) - r * Math.PI)).toBeLessThan(1);
    const b = { lat: 30.2741, lon: 120.1551 };
    const c = { lat: 30.2750, lon: 120.1560 };
    expect(distanceMeters(b, c)).toBeCloseTo(distanceMeters(c, b), 9);
    // About 130 m between two points a street apart in Hangzhou (dLat 100 m, dLon ≈ 86.6 m).
    expect(distanceMeters(b, c)).toBeGreaterThan(130);
    expect(distanceMeters(b, c)).toBeLessThan(134);
  });
  it('parses decimal degrees', () => {
    expect(parseCoordinate('121.4208')).toEqual({ ok: true, value: 121.4208, axis: null });
    expect(parseCoordinate(' -31.23 ')).toEqual({ ok: true, value: -31.23, axis: null });
    expect(parseCoordinate('+31.23')).toMatchObject({ ok: true, value: 31.23 });
    expect(parseCoordinate('31.23°N')).toEqual({ ok: true, value: 31.23, axis: 'lat' });
    expect(parseCoordinate('S 33.86')).toEqual({ ok: true, value: -33.86, axis: 'lat' });
    expect(parseCoordinate('121.4208e')).toEqual({ ok: true, value: 121.4208, axis: 'lon' });
    expect(parseCoordinate('180')).toMatchObject({ ok: true, value: 180 });
    expect(parseCoordinate('0W')).toEqual({ ok: true, value: 0, axis: 'lon' });
  });
  it('parses degrees, minutes and seconds with ASCII, prime and full-width marks', () => {
    const expected = 121 + 25 / 60 + 14.9 / 3600;
    const r1 = parseCoordinate('121°25\'14.9"E');
    expect(r1).toMatchObject({ ok: true, axis: 'lon' });
    expect(r1.ok && r1.value).toBeCloseTo(expected, 12);
    const r2 = parseCoordinate('东经121°25′14.9″');
    expect(r2.ok && r2.value).toBeCloseTo(expected, 12);
    const r3 = parseCoordinate('121° 25＇ 14.9＂ W');
    expect(r3).toMatchObject({ ok: true, axis: 'lon' });
    expect(r3.ok && r3.value).toBeCloseTo(-expected, 12);
    const r4 = parseCoordinate('N31°13.5\'');
    expect(r4).toMatchObject({ ok: true, axis: 'lat' });
    expect(r4.ok && r4.value).toBeCloseTo(31.225, 12);
    expect(parseCoordinate('南纬33°52′')).toMatchObject({ ok: true, axis: 'lat' });
    expect(parseCoordinate("31°13'0''N")).toMatchObject({ ok: true, axis: 'lat' });
  });
  it('refuses what it cannot read unambiguously', () => {
    expect(parseCoordinate('121,4208')).toMatchObject({ ok: false, reason: expect.stringContaining('decimal point') });
    expect(parseCoordinate('')).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
    expect(parseCoordinate('abc')).toMatchObject({ ok: false });
    expect(parseCoordinate('121°60\'0"E')).toMatchObject({ ok: false, reason: expect.stringContaining('below 60') });
    expect(parseCoordinate('121°25\'60"E')).toMatchObject({ ok: false, reason: expect.stringContaining('below 60') });
    expect(parseCoordinate('121.5°25\'E')).toMatchObject({ ok: false, reason: expect.stringContaining('last unit') });
    expect(parseCoordinate('91N')).toMatchObject({ ok: false, reason: expect.stringContaining('90°') });
    expect(parseCoordinate('91')).toMatchObject({ ok: true, value: 91 }); // axis unknown: up to 180
    expect(parseCoordinate('180.0001')).toMatchObject({ ok: false });
    expect(parseCoordinate('-31N')).toMatchObject({ ok: false, reason: expect.stringContaining('sign and hemisphere') });
    expect(parseCoordinate('N31S')).toMatchObject({ ok: false, reason: expect.stringContaining('two hemisphere') });
    expect(parseCoordinate('121°25\'14.9"')).toMatchObject({ ok: true, axis: null });
    expect(parseCoordinate("25'14.9\"E")).toMatchObject({ ok: false });
  });
});
