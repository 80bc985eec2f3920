// Ruled tables: column widths by weight, every cell wrapped (CJK rules), a header row repeated on each page the
// table runs onto, and rows split between pages only when a row is taller than what is left of a fresh page.
// A row may instead be one cell spanning all columns (hashes under an evidence row, notes).

import type { PDFFont, RGB } from 'pdf-lib';
import type { Flow } from './flow';
import { CONTENT, COLOR, LEADING, SIZE, baselineOffset } from './style';

export interface Column {
  title: string;
  /** Relative width. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface CellStyle {
  color?: RGB;
  fill?: RGB;
  font?: 'body' | 'heading' | 'sans';
  size?: number;
}

export type Cell = string | ({ text: string } & CellStyle);
export type Row = Cell[] | { span: Cell };

export interface TableOptions {
  header?: boolean;
  size?: number;
  /** Shade the first column and set it in the heading face (a label/value form). */
  labels?: boolean;
  left?: number;
  width?: number;
  /** Rows come in groups of this many (an item and its notes), kept on one page where they fit on one. */
  keepTogether?: number;
}

const PAD_X = 3.5;
const PAD_Y = 2.5;

interface LaidCell {
  lines: string[];
  x: number;
  width: number;
  font: PDFFont;
  size: number;
  color: RGB;
  fill: RGB | undefined;
  align: 'left' | 'center' | 'right';
}

interface Geometry {
  xs: number[];
  widths: number[];
  lineHeight: number;
  size: number;
}

function geometry(columns: Column[], options: TableOptions): Geometry {
  const left = options.left ?? CONTENT.left;
  const total = options.width ?? CONTENT.width;
  const sum = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / sum) * total);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const size = options.size ?? SIZE.table;
  return { xs, widths, lineHeight: size * LEADING.table, size };
}

function layRow(flow: Flow, row: Row, columns: Column[], g: Geometry, options: TableOptions, header = false): LaidCell[] {
  const cells: { cell: Cell; x: number; width: number; align: LaidCell['align']; index: number }[] = Array.isArray(row)
    ? row.map((cell, i) => ({ cell, x: g.xs[i] ?? 0, width: g.widths[i] ?? 0, align: columns[i]?.align ?? 'left', index: i }))
    : [{ cell: row.span, x: g.xs[0] ?? 0, width: g.widths.reduce((s, w) => s + w, 0), align: 'left', index: -1 }];
  return cells.map(({ cell, x, width, align, index }) => {
    const style: CellStyle = typeof cell === 'string' ? {} : cell;
    const text = typeof cell === 'string' ? cell : cell.text;
    const isLabel = options.labels === true && index === 0;
    const role = style.font ?? (header || isLabel ? 'heading' : 'body');
    const font = flow.fonts[role];
    const size = style.size ?? g.size;
    return {
      lines: flow.wrap(text, width - 2 * PAD_X, font, size),
      x,
      width,
      font,
      size,
      color: style.color ?? COLOR.text,
      fill: style.fill ?? (header || isLabel ? COLOR.headerFill : undefined),
      align: header ? 'center' : align,
    };
  });
}

function lineHeightOf(cells: LaidCell[], g: Geometry): number {
  return Math.max(g.lineHeight, ...cells.map((c) => c.size * LEADING.table));
}

function rowLines(cells: LaidCell[]): number {
  return Math.max(1, ...cells.map((c) => c.lines.length));
}

/** Draws lines [from, from + count) of a row at the cursor and moves the cursor below it. */
function drawSlice(flow: Flow, cells: LaidCell[], g: Geometry, from: number, count: number): void {
  const lh = lineHeightOf(cells, g);
  const height = count * lh + 2 * PAD_Y;
  const top = flow.y;
  for (const c of cells) {
    flow.rect(c.x, top, c.width, height, { border: COLOR.rule, borderWidth: 0.5, ...(c.fill ? { fill: c.fill } : {}) });
    c.lines.slice(from, from + count).forEach((line, i) => {
      const w = flow.width(line, c.font, c.size);
      const dx = c.align === 'center' ? (c.width - 2 * PAD_X - w) / 2 : c.align === 'right' ? c.width - 2 * PAD_X - w : 0;
      flow.text(line, c.x + PAD_X + dx, top - PAD_Y - i * lh - baselineOffset(c.size, lh), { font: c.font, size: c.size, color: c.color });
    });
  }
  flow.advance(height);
}

/** The table's height if drawn without a page break. */
export function measureTable(flow: Flow, columns: Column[], rows: Row[], options: TableOptions = {}): number {
  const g = geometry(columns, options);
  const all = [...(options.header === false ? [] : [layRow(flow, columns.map((c) => c.title), columns, g, options, true)]), ...rows.map((r) => layRow(flow, r, columns, g, options))];
  return all.reduce((s, cells) => s + rowLines(cells) * lineHeightOf(cells, g) + 2 * PAD_Y, 0);
}

export function table(flow: Flow, columns: Column[], rows: Row[], options: TableOptions = {}): void {
  const g = geometry(columns, options);
  const header = options.header === false ? null : layRow(flow, columns.map((c) => c.title), columns, g, options, true);
  const headerHeight = header ? rowLines(header) * lineHeightOf(header, g) + 2 * PAD_Y : 0;
  const drawHeader = (): void => {
    if (header) drawSlice(flow, header, g, 0, rowLines(header));
  };
  const laid = rows.map((r) => layRow(flow, r, columns, g, options));
  const first = laid[0];
  flow.ensure(headerHeight + (first ? Math.min(rowLines(first), 2) * lineHeightOf(first, g) + 2 * PAD_Y : 0));
  drawHeader();
  const heightOf = (cells: LaidCell[]): number => rowLines(cells) * lineHeightOf(cells, g) + 2 * PAD_Y;
  const group = options.keepTogether ?? 1;
  laid.forEach((cells, index) => {
    if (group > 1 && index % group === 0) {
      const need = laid.slice(index, index + group).reduce((s, c) => s + heightOf(c), 0);
      if (need > flow.remaining && need + headerHeight <= CONTENT.top - CONTENT.bottom) {
        flow.newPage();
        drawHeader();
      }
    }
    const total = rowLines(cells);
    const lh = lineHeightOf(cells, g);
    let done = 0;
    while (done < total) {
      const fit = Math.floor((flow.remaining - 2 * PAD_Y) / lh);
      const left = total - done;
      // Keep a short row whole; split a long one, but never leave a lone line behind.
      if (fit < Math.min(left, left <= 3 ? left : 2)) {
        flow.newPage();
        drawHeader();
        continue;
      }
      const n = Math.min(left, fit);
      drawSlice(flow, cells, g, done, n);
      done += n;
    }
  });
  flow.advance(SIZE.body * 0.6);
}
