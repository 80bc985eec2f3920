// What every page carries once the page count is known: the footer 「第 X 页 共 Y 页」 and, on every page after
// the cover, a running header with the case number and the bureau above a thin rule.

import type { PDFDocument } from 'pdf-lib';
import type { CaseFileFonts } from '../fonts';
import { COLOR, CONTENT, PAGE, SIZE } from './style';

export function pageNumberText(page: number, total: number): string {
  return `第 ${page} 页 共 ${total} 页`;
}

export function drawPageFurniture(doc: PDFDocument, fonts: CaseFileFonts, header: { left: string; right: string }): void {
  const pages = doc.getPages();
  const size = SIZE.furniture;
  pages.forEach((page, i) => {
    const footer = pageNumberText(i + 1, pages.length);
    const w = fonts.body.widthOfTextAtSize(footer, size + 0.5);
    page.drawText(footer, { x: (PAGE.width - w) / 2, y: PAGE.footerBaseline, size: size + 0.5, font: fonts.body, color: COLOR.text });
    if (i === 0) return;
    const y = PAGE.height - PAGE.headerBaseline;
    page.drawText(header.left, { x: CONTENT.left, y, size, font: fonts.body, color: COLOR.muted });
    const rw = fonts.body.widthOfTextAtSize(header.right, size);
    page.drawText(header.right, { x: CONTENT.right - rw, y, size, font: fonts.body, color: COLOR.muted });
    page.drawLine({ start: { x: CONTENT.left, y: y - 4 }, end: { x: CONTENT.right, y: y - 4 }, thickness: 0.4, color: COLOR.muted });
  });
}
