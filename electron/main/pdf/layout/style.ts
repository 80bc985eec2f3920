// The case file's page geometry and type scale. A4 portrait; the wider left margin is the binding edge of a
// bound case file (装订线). Sizes follow Chinese document practice: 五号 10.5 pt body, 小五 9 pt tables.

import { rgb } from 'pdf-lib';
import type { RGB } from 'pdf-lib';

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginLeft: 28 * MM,
  marginRight: 20 * MM,
  marginTop: 25 * MM,
  marginBottom: 22 * MM,
  /** Baseline of the running header and of the footer, measured from the page edge. */
  headerBaseline: 14 * MM,
  footerBaseline: 12 * MM,
} as const;

export const CONTENT = {
  left: PAGE.marginLeft,
  right: PAGE.width - PAGE.marginRight,
  width: PAGE.width - PAGE.marginLeft - PAGE.marginRight,
  top: PAGE.height - PAGE.marginTop,
  bottom: PAGE.marginBottom,
} as const;

export const SIZE = { coverTitle: 30, coverBureau: 18, coverField: 13, section: 16, subsection: 12, body: 10.5, table: 9, small: 7.5, furniture: 8.5 } as const;

/** Line height as a multiple of the type size. */
export const LEADING = { body: 1.6, table: 1.4 } as const;

export const COLOR: Record<'text' | 'muted' | 'rule' | 'headerFill' | 'alert' | 'alertFill' | 'placeholderFill', RGB> = {
  text: rgb(0, 0, 0),
  muted: rgb(0.35, 0.35, 0.35),
  rule: rgb(0.25, 0.25, 0.25),
  headerFill: rgb(0.9, 0.9, 0.9),
  alert: rgb(0.72, 0.08, 0.08),
  alertFill: rgb(1, 0.95, 0.95),
  placeholderFill: rgb(0.96, 0.96, 0.96),
};

/** Where the glyphs of a line of type `size` sit in a line box of height `lineHeight`: the baseline's offset from
 * the box's top. Noto CJK ideographs fill roughly 0.88 em above the baseline and 0.12 em below. */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight - size) / 2 + 0.88 * size;
}
