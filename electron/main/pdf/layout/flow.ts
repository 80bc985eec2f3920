// A cursor running down the pages of the document: sections ask for vertical space and the flow starts a new
// page when the current one is full. A flow can also run "dry" — paginating without drawing — which is how
// the table of contents learns how many pages it needs before the page numbers it prints are known.

import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import type { CaseFileFonts } from '../fonts';
import { wrapText } from './cjk-wrap';
import { CONTENT, COLOR, PAGE } from './style';

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
}

export class Flow {
  /** The page being filled; null in a dry run. */
  page: PDFPage | null = null;
  /** The top of the free space on the current page. */
  y: number = CONTENT.top;
  /** Pages this flow started, in order. */
  readonly pages: (PDFPage | null)[] = [];
  private readonly widthCache = new Map<PDFFont, Map<string, number>>();

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: CaseFileFonts,
    /** Where new pages go: appended (undefined) or inserted from this index on (the table of contents). */
    private readonly insertAt: number | undefined = undefined,
    readonly dry = false,
  ) {}

  /** Continues on a page that already exists (the cover, drawn last), from the top of its content area. */
  usePage(page: PDFPage): void {
    this.page = page;
    this.pages.push(page);
    this.y = CONTENT.top;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  newPage(): void {
    if (this.dry) this.page = null;
    else if (this.insertAt === undefined) this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    else this.page = this.doc.insertPage(this.insertAt + this.pages.length, [PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = CONTENT.top;
  }

  /** Space left on the current page. */
  get remaining(): number {
    return this.pages.length === 0 ? 0 : this.y - CONTENT.bottom;
  }

  /** Makes sure `height` fits below the cursor, starting a new page if it does not (or if none is started). */
  ensure(height: number): void {
    if (this.pages.length === 0 || height > this.remaining) this.newPage();
  }

  /** Moves the cursor down, without drawing. */
  advance(height: number): void {
    this.y -= height;
  }

  width(text: string, font: PDFFont, size: number): number {
    let cache = this.widthCache.get(font);
    if (!cache) this.widthCache.set(font, (cache = new Map()));
    let w = cache.get(text);
    if (w === undefined) {
      w = font.widthOfTextAtSize(text, 1000);
      cache.set(text, w);
    }
    return (w * size) / 1000;
  }

  wrap(text: string, width: number | ((line: number) => number), font: PDFFont, size: number): string[] {
    return wrapText(text, width, (t) => this.width(t, font, size));
  }

  text(text: string, x: number, baseline: number, style: TextStyle): void {
    if (!this.page || text === '') return;
    this.page.drawText(text, { x, y: baseline, font: style.font, size: style.size, color: style.color ?? COLOR.text });
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness = 0.5, color: RGB = COLOR.rule): void {
    this.page?.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color });
  }

  /** A rectangle given by its top-left corner, as the flow measures from the top. */
  rect(x: number, top: number, width: number, height: number, options: { fill?: RGB; border?: RGB; borderWidth?: number }): void {
    this.page?.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      ...(options.fill ? { color: options.fill } : {}),
      ...(options.border ? { borderColor: options.border, borderWidth: options.borderWidth ?? 0.5 } : {}),
    });
  }
}
