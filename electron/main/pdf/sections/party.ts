// 当事人身份认定: the department records the party was identified from, each with its fields and where it came
// from — source department, export date, dataset version, file name and the file's SHA-256 (行政诉讼证据规定
// Art. 10(2): data copied from another department states its source).

import type { LayoutContext } from './context';
import { paragraph, sectionTitle, subsectionTitle } from '../layout/text';
import { table } from '../layout/table';
import { COLOR, SIZE } from '../layout/style';

export function drawParty(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('当事人身份认定');
  sectionTitle(flow, '当事人身份认定');
  paragraph(flow, `当事人：${model.partySummary}`, { firstLine: 0 });
  if (model.partyRecords.length === 0) {
    paragraph(flow, '尚未确认当事人，本案卷不含当事人身份记录。', { color: COLOR.alert, heading: true });
    return;
  }
  model.partyRecords.forEach((r, i) => {
    subsectionTitle(flow, `${['一', '二', '三', '四', '五'][i] ?? String(i + 1)}、${r.role}：${r.kind}`);
    table(flow, [{ title: '字段', weight: 1.3 }, { title: '内容', weight: 4 }], r.fields.length ? r.fields : [['名称', r.name], ['编号', r.key]], { header: false, labels: true });
    paragraph(flow, '数据来源', { size: SIZE.table, heading: true, spaceAfter: 2 });
    table(
      flow,
      [{ title: '', weight: 1.3 }, { title: '', weight: 4 }],
      [
        ['来源部门', r.department || '未记录'],
        ['导出日期', r.exportedOn ?? '未记录'],
        ['数据集版本', r.datasetVersion || '未记录'],
        ['文件名', r.fileName || '未记录'],
        ['文件 SHA-256', { text: r.fileSha256 || '未记录', font: 'sans' }],
      ],
      { header: false, labels: true },
    );
  });
}
