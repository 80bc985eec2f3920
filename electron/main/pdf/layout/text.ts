// Headings and wrapped paragraphs drawn into the flow.

import type { RGB } from 'pdf-lib';
import type { Flow } from './flow';
import { CONTENT, COLOR, LEADING, SIZE, baselineOffset } from './style';

export interface ParagraphOptions {
  size?: number;
  color?: RGB;
  heading?: boolean;
  /** Left indent of every line, in points. */
  indent?: number;
  /** First-line indent in points (Chinese prose indents two characters). */
  firstLine?: number;
  /** Indent of the lines after the first (a hanging label such as "1. "). */
  hanging?: number;
  align?: 'left' | 'center';
  spaceAfter?: number;
  width?: number;
}

/** Draws wrapped text at the cursor; each line goes to a new page if it does not fit. Returns the lines drawn. */
export function paragraph(flow: Flow, text: string, options: ParagraphOptions = {}): number {
  const size = options.size ?? SIZE.body;
  const font = options.heading ? flow.fonts.heading : flow.fonts.body;
  const lineHeight = size * LEADING.body;
  const left = CONTENT.left + (options.indent ?? 0);
  const width = options.width ?? CONTENT.right - left;
  const first = options.firstLine ?? 0;
  const hanging = options.hanging ?? 0;
  const lines = flow.wrap(text, (i) => width - (i === 0 ? first : hanging), font, size);
  lines.forEach((line, i) => {
    flow.ensure(lineHeight);
    const x = left + (i === 0 ? first : hanging);
    const w = flow.width(line, font, size);
    const dx = options.align === 'center' ? (width - w) / 2 : 0;
    flow.text(line, x + dx, flow.y - baselineOffset(size, lineHeight), { font, size, color: options.color ?? COLOR.text });
    flow.advance(lineHeight);
  });
  flow.advance(options.spaceAfter ?? size * 0.4);
  return lines.length;
}

/** A section title: centred, in the heading face, with space around it; kept with what follows it. */
export function sectionTitle(flow: Flow, title: string): void {
  flow.ensure(SIZE.section * 4);
  flow.advance(SIZE.section * 0.3);
  paragraph(flow, title, { size: SIZE.section, heading: true, align: 'center', spaceAfter: SIZE.section * 0.8 });
}

/** A subsection heading, left-aligned, kept with at least a few lines of what follows. */
export function subsectionTitle(flow: Flow, title: string): void {
  flow.ensure(SIZE.subsection * LEADING.body + 60);
  flow.advance(SIZE.subsection * 0.4);
  paragraph(flow, title, { size: SIZE.subsection, heading: true, spaceAfter: SIZE.subsection * 0.3 });
}
