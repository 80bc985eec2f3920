// Finds the signature in the raw bytes: the /ByteRange array and the /Contents hex string it brackets. Done by
// scanning rather than through a PDF parser, because the question is about bytes — which of them the signature
// covers — and a parser would hide exactly the appended or altered bytes we are looking for.

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const HEX = /^[0-9A-Fa-f\s]*$/;

export interface SignatureLocation {
  byteRange: [number, number, number, number];
  /** Where /ByteRange was found. */
  at: number;
  /** The /Contents bytes (the DER CMS and its zero padding), or null when /Contents is not a hex string. */
  contents: Uint8Array | null;
  /** Problems with the ByteRange itself, in Chinese and English. */
  problems: { zh: string; en: string }[];
  /** How many /ByteRange arrays the file holds (more than one: another signature, or a copy). */
  count: number;
}

export const latin1 = (bytes: Uint8Array, start = 0, end = bytes.byteLength): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

function contentsKeyBefore(text: string, position: number): boolean {
  return /\/Contents\s*$/.test(text.slice(Math.max(0, position - 32), position));
}

/** The first /ByteRange that brackets a hex string, with what is wrong with it; null when there is none. */
export function locateSignature(bytes: Uint8Array): SignatureLocation | null {
  const text = latin1(bytes);
  const matches = [...text.matchAll(BYTE_RANGE)];
  if (matches.length === 0) return null;
  const parsed = matches.map((m) => ({ at: m.index, range: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number] }));
  // Prefer one that brackets a /Contents hex string; a ByteRange inside a stream or a broken one comes last.
  const brackets = (r: [number, number, number, number]): boolean => r[1] < r[2] && r[2] <= bytes.byteLength && bytes[r[1]] === 0x3c && bytes[r[2] - 1] === 0x3e;
  const chosen = parsed.find((p) => brackets(p.range)) ?? parsed[0];
  if (!chosen) return null;
  const [start, a, b, c] = chosen.range;
  const problems: SignatureLocation['problems'] = [];
  if (start !== 0) problems.push({ zh: `签名范围不是从文件开头开始（起点 ${start}）`, en: `the signed range does not start at byte 0 (${start})` });
  if (b + c > bytes.byteLength) problems.push({ zh: `签名范围超出文件末尾（文件被截短了 ${b + c - bytes.byteLength} 字节）`, en: `the signed range ends past the end of the file (truncated by ${b + c - bytes.byteLength} bytes)` });
  let contents: Uint8Array | null = null;
  if (!brackets(chosen.range)) {
    problems.push({ zh: '签名范围的空缺处不是 /Contents 签名值', en: 'the gap in the signed range is not the /Contents value' });
  } else {
    if (!contentsKeyBefore(text, a)) problems.push({ zh: '签名范围的空缺处前面不是 /Contents', en: 'the gap is not preceded by /Contents' });
    if (chosen.at > a) problems.push({ zh: '/ByteRange 位于签名值之后', en: '/ByteRange follows the signature value' });
    const hex = text.slice(a + 1, b - 1);
    if (!HEX.test(hex)) {
      problems.push({ zh: '/Contents 不是十六进制字符串', en: '/Contents is not a hex string' });
    } else {
      const clean = hex.replace(/\s+/g, '');
      contents = new Uint8Array(Buffer.from(clean.length % 2 ? `${clean}0` : clean, 'hex'));
    }
  }
  return { byteRange: chosen.range, at: chosen.at, contents, problems, count: matches.length };
}

/** The bytes the signature covers: [0, a) and [b, b + c). */
export function signedBytes(bytes: Uint8Array, range: readonly [number, number, number, number]): Uint8Array[] {
  const [start, a, b, c] = range;
  return [bytes.subarray(start, start + a), bytes.subarray(b, Math.min(bytes.byteLength, b + c))];
}
