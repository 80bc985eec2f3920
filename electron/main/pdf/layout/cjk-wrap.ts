// Line breaking for Chinese text with Latin runs: a line may break between any two Chinese characters, but not
// inside a Latin word or number unless the word alone is wider than the line (hashes, long file names); no line
// starts with closing punctuation (。，、；：？！）」》…) and none ends with an opening bracket (（「《“), the
// rules Chinese typesetting calls 避头尾 (GB/T 15834, JIS X 4051 kinsoku).

/** Characters a line may not start with. */
const NO_LINE_START = new Set([...'。，、；：？！）」』》〉】〕”’…—·%‰,.;:?!)]}']);
/** Characters a line may not end with. */
const NO_LINE_END = new Set([...'（「『《〈【〔“‘([{']);

export type Measure = (text: string) => number;

/**
 * Splits into break units: one CJK character (or punctuation), one space, or a run of Latin letters and digits.
 * A long run with letters (file names, device ids, subjects such as case:C2026-0001/C2026-0001-E001) may also
 * break before a hyphen or after a slash or underscore — before, not after, the hyphen, because text extraction
 * (pdftotext, copy and paste) takes a hyphen at a line end for a soft hyphen and drops it. Short runs such as
 * SHA-256 and runs of digits (dates, times, numbers) stay whole.
 */
export function tokenize(text: string): string[] {
  const tokens = text.match(/[A-Za-z0-9@#&_+\-=/\\.,:;'"!?%~*^$|<>()[\]{}]+|\s|./gsu) ?? [];
  return tokens.flatMap((t) => (t.length > 12 && /[A-Za-z]/.test(t) ? splitRun(t) : [t]));
}

/** Break points inside a long Latin run, never leaving a piece shorter than four characters (DS-2CD3…, cam-0612…). */
function splitRun(run: string): string[] {
  const pieces: string[] = [];
  for (const piece of run.split(/(?<=.)(?=-)|(?<=[_/])(?=.)/)) {
    const last = pieces.at(-1);
    if (last !== undefined && (last.length < 4 || piece.length < 4)) pieces[pieces.length - 1] = last + piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * Wraps `text` into lines no wider than `width` (as measured), honouring hard line breaks. A Latin token wider
 * than the line is broken between characters. Spaces at the end or start of a wrapped line are dropped.
 */
export function wrapText(text: string, width: number | ((line: number) => number), measure: Measure): string[] {
  const widthOf = typeof width === 'number' ? () => width : width;
  const out: string[] = [];
  for (const para of text.split('\n')) out.push(...wrapParagraph(para, (i) => widthOf(out.length + i), measure));
  return out;
}

function wrapParagraph(text: string, widthOf: (line: number) => number, measure: Measure): string[] {
  const narrowest = Math.min(widthOf(0), widthOf(1));
  const tokens = tokenize(text).flatMap((t) => (t.length > 1 && measure(t) > narrowest ? [...t] : [t]));
  const lines: string[][] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const token of tokens) {
    const width = widthOf(lines.length);
    const w = measure(token);
    if (line.length === 0 && token === ' ') continue;
    if (lineWidth + w <= width || line.length === 0) {
      line.push(token);
      lineWidth += w;
      continue;
    }
    if (token === ' ') {
      lines.push(line);
      line = [];
      lineWidth = 0;
      continue;
    }
    // The token starts the next line — unless that breaks the rules. Closing punctuation takes the previous
    // unit down with it (with any opening brackets before that); if that cannot be done within the width, it
    // hangs at the end of the line instead (悬挂). An opening bracket at the end of the line moves down.
    const measureAll = (ts: string[]): number => ts.reduce((s, t) => s + measure(t), 0);
    const endsOpen = (ts: string[]): boolean => NO_LINE_END.has(ts.at(-1)?.at(-1) ?? '');
    let kept = [...line];
    let carry = [token];
    while (kept.length > 0 && NO_LINE_START.has(carry[0]?.[0] ?? '')) carry = [kept.pop() as string, ...carry];
    while (kept.length > 0 && endsOpen(kept)) carry = [kept.pop() as string, ...carry];
    const acceptable = kept.length > 0 && kept.some((t) => t !== ' ') && measureAll(carry) <= width;
    if (!acceptable) {
      if (NO_LINE_START.has(token[0] ?? '')) {
        line.push(token);
        lineWidth += w;
        continue;
      }
      kept = line;
      carry = [token];
    }
    lines.push(kept);
    line = carry;
    lineWidth = measureAll(carry);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => l.join('').trimEnd());
}
