// Draws a JPEG upright as its EXIF Orientation tag says it should be seen, by the matrix that places the image
// on the page — never by re-encoding: the image stream must stay byte-for-byte the original file.

import { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { PDFImage, PDFPage } from 'pdf-lib';

/** EXIF orientations 5–8 turn the picture a quarter turn: the displayed width is the stored height. */
export function isQuarterTurn(orientation: number | null): boolean {
  return orientation !== null && orientation >= 5 && orientation <= 8;
}

/** Width/height of the picture as it is meant to be seen. */
export function displayedSize(image: { width: number; height: number }, orientation: number | null): { width: number; height: number } {
  return isQuarterTurn(orientation) ? { width: image.height, height: image.width } : { width: image.width, height: image.height };
}

/** Where the stored pixel at (u, v) — fractions of its width and height from the top-left — appears in the
 * displayed picture, as fractions (x, y) from the displayed top-left (EXIF 2.32, Orientation tag). */
function displayed(orientation: number | null, u: number, v: number): [number, number] {
  switch (orientation) {
    case 2: return [1 - u, v];
    case 3: return [1 - u, 1 - v];
    case 4: return [u, 1 - v];
    case 5: return [v, u];
    case 6: return [1 - v, u];
    case 7: return [1 - v, 1 - u];
    case 8: return [v, 1 - u];
    default: return [u, v];
  }
}

/** The matrix [a b c d e f] that maps the image's unit square onto the box (x, y, width, height), upright. */
export function orientationMatrix(orientation: number | null, box: { x: number; y: number; width: number; height: number }): [number, number, number, number, number, number] {
  // PDF draws an image into the unit square with its first row at the top: unit point (p, q) shows stored pixel
  // (u, v) = (p, 1 − q). The displayed point (x, y) lands on the page at (X, Y) = (box.x + x·w, box.y + (1 − y)·h).
  const place = (p: number, q: number): [number, number] => {
    const [x, y] = displayed(orientation, p, 1 - q);
    return [box.x + x * box.width, box.y + (1 - y) * box.height];
  };
  const [e, f] = place(0, 0);
  const [ax, ay] = place(1, 0);
  const [cx, cy] = place(0, 1);
  return [ax - e, ay - f, cx - e, cy - f, e, f];
}

/** Draws `image` into the box, turned and mirrored as its EXIF orientation requires. */
export function drawOrientedImage(page: PDFPage, image: PDFImage, orientation: number | null, box: { x: number; y: number; width: number; height: number }): void {
  const name = page.node.newXObject('Image', image.ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...orientationMatrix(orientation, box)), drawObject(name), popGraphicsState());
}
