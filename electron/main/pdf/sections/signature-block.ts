// The box the signer fills in: 电子签名 with lines for 签名人, 单位, 签名时间 and 证书指纹, left blank here. Its
// page and rectangle (and where each value goes) are returned so the signer can write the values and place the
// signature's visible widget on it.

import type { LayoutContext } from './context';
import { COLOR, CONTENT, SIZE, baselineOffset } from '../layout/style';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SignatureBox {
  /** 0-based index of the page in the document. */
  pageIndex: number;
  /** The box, in PDF user space (origin bottom-left). */
  rect: Rect;
  /** Where each value goes: the start of its baseline and the width available, in user space. */
  fields: Record<'signer' | 'organisation' | 'signedAt' | 'fingerprint', { x: number; y: number; width: number; size: number }>;
}

const LABELS = [
  ['signer', '签名人'],
  ['organisation', '单位'],
  ['signedAt', '签名时间'],
  ['fingerprint', '证书指纹（SHA-256）'],
] as const;

const HEIGHT = 150;

/** Draws the box at the bottom of the last page (a new page if it does not fit) and says where it is. */
export function drawSignatureBlock(ctx: LayoutContext): { page: NonNullable<LayoutContext['flow']['page']>; box: Omit<SignatureBox, 'pageIndex'> } {
  const { flow } = ctx;
  flow.ensure(HEIGHT + 20);
  const page = flow.page;
  if (!page) throw new Error('the signature block needs a page');
  const top = CONTENT.bottom + HEIGHT;
  const { heading, body } = flow.fonts;
  flow.rect(CONTENT.left, top, CONTENT.width, HEIGHT, { border: COLOR.text, borderWidth: 1 });
  const titleSize = SIZE.subsection + 1;
  flow.text('电子签名', CONTENT.left + 12, top - 12 - baselineOffset(titleSize, titleSize * 1.4), { font: heading, size: titleSize });
  const labelWidth = 118;
  const rowHeight = 24;
  const size = SIZE.body;
  const fields = {} as SignatureBox['fields'];
  LABELS.forEach(([key, label], i) => {
    const baseline = top - 44 - i * rowHeight - baselineOffset(size, rowHeight);
    flow.text(`${label}：`, CONTENT.left + 18, baseline, { font: body, size });
    const x = CONTENT.left + 18 + labelWidth;
    const width = CONTENT.right - 18 - x;
    flow.line(x, baseline - 3, x + width, baseline - 3, 0.5, COLOR.muted);
    fields[key] = { x: x + 2, y: baseline, width: width - 4, size };
  });
  flow.y = CONTENT.bottom;
  return { page, box: { rect: { x: CONTENT.left, y: CONTENT.bottom, width: CONTENT.width, height: HEIGHT }, fields } };
}
