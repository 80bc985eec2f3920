// 证据清单: one row per evidence item with what 行政诉讼证据规定 Art. 12 asks to be noted — 制作方法, 制作时间,
// 制作人, 证明对象 — and, under it, its SHA-256 and SM3 check values and its Art. 41 review.

import type { LayoutContext } from './context';
import { reviewStatus } from './format';
import { paragraph, sectionTitle } from '../layout/text';
import { table } from '../layout/table';
import type { Row } from '../layout/table';
import { COLOR, SIZE } from '../layout/style';

export function drawEvidenceList(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('证据清单');
  sectionTitle(flow, '证据清单');
  paragraph(flow, `共 ${model.evidence.length} 件。每件证据的原始文件均完整嵌入本案卷（见各证据页），下列校验值（SHA-256，SM3 按 GB/T 32905）可用于核对其未被修改。`, { size: SIZE.table, color: COLOR.muted });
  const rows: Row[] = model.evidence.flatMap((e): Row[] => {
    const status = reviewStatus(e.review);
    return [
      [String(e.no), e.name, `${e.type}\n${e.source}`, e.method, e.madeAt ? `${e.madeAt.replace(' ', '\n')}\n（${e.madeAtBasis}）` : `无（${e.madeAtBasis}）`, e.maker, e.proves || '—'],
      {
        span: {
          text: `SHA-256  ${e.sha256}\nSM3      ${e.sm3}\n${status.text}`,
          font: 'sans',
          size: SIZE.small,
          ...(status.usable ? {} : { color: COLOR.alert }),
        },
      },
    ];
  });
  table(
    flow,
    [
      { title: '编号', weight: 0.65, align: 'center' },
      { title: '名称', weight: 1.75 },
      { title: '类型、来源', weight: 1.45 },
      { title: '制作方法', weight: 1.2 },
      { title: '制作时间', weight: 2.05 },
      { title: '制作人', weight: 1.75 },
      { title: '证明对象', weight: 1.15 },
    ],
    rows,
    { keepTogether: 2 },
  );
}
