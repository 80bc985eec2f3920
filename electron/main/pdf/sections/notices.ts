// 文书与送达, 时间线 and 裁量: the documents served on the party with how and when, every event of the case in
// order with the basis of its time, and the discretion tier with its benchmark and the decision.

import type { LayoutContext } from './context';
import { paragraph, sectionTitle, subsectionTitle } from '../layout/text';
import { table } from '../layout/table';
import { COLOR, SIZE } from '../layout/style';

export function drawNotices(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('文书与送达', model.notices[0]?.servedAt.split(' ')[0] ?? '');
  sectionTitle(flow, '文书与送达');
  if (model.notices.length === 0) paragraph(flow, '本案尚未送达任何文书。', { color: COLOR.alert });
  model.notices.forEach((n, i) => {
    subsectionTitle(flow, `${['一', '二', '三', '四', '五', '六'][i] ?? String(i + 1)}、${n.kind} ${n.number}`);
    table(
      flow,
      [{ title: '', weight: 1 }, { title: '', weight: 4.2 }],
      [
        ['文书内容', n.content],
        ['送达时间', n.servedAt],
        ['送达方式', n.method],
        ['期限', n.deadline],
        ['陈述申辩', n.statement],
      ],
      { header: false, labels: true },
    );
  });
}

export function drawTimeline(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('时间线', '', { newPage: false, keep: 120 });
  sectionTitle(flow, '时间线');
  const rows = model.verdict.timeline.map((t, i) => [String(i + 1), t.at, ctx.renumber(t.label, t.ref), t.basis]);
  table(flow, [{ title: '序号', weight: 0.6, align: 'center' }, { title: '时间', weight: 1.6 }, { title: '事件', weight: 4 }, { title: '时间依据', weight: 2.2 }], rows);
  paragraph(flow, '时间为本机关所在时区的当地时间；“24:00”为期限最后一日的终了。', { size: SIZE.small, color: COLOR.muted });
}

export function drawDiscretion(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('裁量', '', { newPage: false, keep: 140 });
  sectionTitle(flow, '裁量');
  const suggestion = model.verdict.discretion;
  const facts = suggestion.facts;
  table(
    flow,
    [{ title: '', weight: 1 }, { title: '', weight: 4.2 }],
    [
      ['建议档次', `${model.discretion.tier}（${model.discretion.range}）`],
      ['裁量基准', suggestion.tier?.basis ?? '无匹配的裁量档次'],
      ['认定事实', `12 个月内同类案件：${facts.priorCaseIds.length ? facts.priorCaseIds.join('、') : '无'}；是否改正：${facts.corrected === true ? '已改正' : facts.corrected === false ? '逾期未改正' : '尚无证据'}`],
      ['理由', model.discretion.reasons.map((r, i) => `${i + 1}. ${r}`).join('\n')],
      ['首违不罚', suggestion.exemptEligible ? '符合（行政处罚法第三十三条第一款）' : '不符合'],
      ['决定', model.discretion.decision ?? '尚未作出裁量决定'],
    ],
    { header: false, labels: true },
  );
}
