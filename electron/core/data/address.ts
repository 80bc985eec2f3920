// The road part of a Chinese address ("解放南路" in "浙江省台州市椒江区海门街道解放南路654号"), so a shop and its
// registration can be matched by street even when one address carries the province, city, district and
// sub-district and the other does not.

const ADMIN_PREFIXES = [
  /^[\u4e00-\u9fa5]{1,8}?(?:省|自治区|特别行政区)/,
  /^[\u4e00-\u9fa5]{1,8}?(?:市|自治州|地区|盟)/,
  /^[\u4e00-\u9fa5]{1,8}?(?:区|县|旗)(?![路街道巷])/,
  /^[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡)(?![路])/,
];
const ROAD = /^([\u4e00-\u9fa5A-Za-z0-9]{1,12}?(?:大道|大街|路|街|巷|弄|道))/;

export function streetOf(address: string | null | undefined): string | null {
  if (!address) return null;
  let rest = address.replace(/\s/g, '');
  for (const prefix of ADMIN_PREFIXES) rest = rest.replace(prefix, '');
  return ROAD.exec(rest)?.[1] ?? null;
}
