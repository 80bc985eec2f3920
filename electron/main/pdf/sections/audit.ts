// 审计日志摘录: the case's entries of the workspace's hash-chained audit log, each with its hash, and the log's
// head at the time the file was made, so a reviewer can match the file against the log.

import type { LayoutContext } from './context';
import { actionZh, utcText } from './format';
import { paragraph, sectionTitle } from '../layout/text';
import { table } from '../layout/table';
import type { Row } from '../layout/table';
import { COLOR, SIZE } from '../layout/style';

export function drawAudit(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('审计日志摘录');
  sectionTitle(flow, '审计日志摘录');
  paragraph(
    flow,
    `下表为工作区审计日志中与本案有关的 ${model.audit.entries.length} 条记录。日志逐条以哈希链接，任何一条被修改、删除或调换顺序都会使其后的哈希不再相符。生成本案卷时，日志共 ${model.audit.headSeq} 条，最后一条（日志头）的哈希为：`,
    { firstLine: SIZE.body * 2 },
  );
  paragraph(flow, model.audit.headHash, { size: SIZE.table, align: 'center', spaceAfter: 8 });
  const rows = model.audit.entries.flatMap((e): Row[] => [
    [String(e.seq), utcText(e.at).replace(' UTC', ''), e.actor, actionZh(e.action), e.subject ?? '—'],
    { span: { text: `哈希 ${e.hash}`, font: 'sans', size: SIZE.small, color: COLOR.muted } },
  ]);
  table(
    flow,
    [
      { title: '序号', weight: 0.5, align: 'center' },
      { title: '时间（UTC）', weight: 1.45 },
      { title: '操作人', weight: 1.1 },
      { title: '操作', weight: 2.1 },
      { title: '对象', weight: 2.5 },
    ],
    rows,
    { keepTogether: 2 },
  );
  paragraph(flow, '可在工作区中运行 casechain audit verify 核验整条日志链。', { size: SIZE.small, color: COLOR.muted });
}
