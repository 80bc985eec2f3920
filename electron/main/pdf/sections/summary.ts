// 案件概要: the facts as the chain proves them, element by element (state, the evidence each rests on, the
// problems found), the legal and penalty basis, and the discretion. An incomplete chain exported on the
// handler's word is said so first, in red, with the handler's reason.

import type { LayoutContext } from './context';
import { STATE_ZH, SEVERITY_ZH } from './format';
import { paragraph, sectionTitle, subsectionTitle } from '../layout/text';
import { table } from '../layout/table';
import { COLOR, CONTENT, LEADING, SIZE } from '../layout/style';

export function drawSummary(ctx: LayoutContext): void {
  const { model, flow } = ctx;
  ctx.section('案件概要', model.openedOn);
  sectionTitle(flow, '案件概要');

  if (model.overrideReason) overrideNotice(ctx, model.overrideReason);

  const facts: [string, string][] = [
    ['案号', model.caseNumber],
    ['案由', `${model.cause}（事项编码 ${model.itemCode}）`],
    ['当事人', model.partySummary],
    ['承办人', model.handlers.join('、')],
    ['立案日期', model.openedOn],
    ['证据链结论', model.verdict.complete ? '完整：各项要件均已证明' : `不完整：${model.verdict.elements.filter((e) => e.state === 'missing').map((e) => e.name).join('、') || '有要件'}未证明`],
  ];
  table(flow, [{ title: '项目', weight: 1 }, { title: '内容', weight: 4.2 }], facts, { header: false, labels: true });

  subsectionTitle(flow, '一、要件与证据');
  const rows = model.verdict.elements.map((e) => {
    const evidence = e.evidence.map(ctx.refName).join('、') || '—';
    const problems = e.problems.map((p) => `【${SEVERITY_ZH[p.severity]}】${ctx.renumber(p.message)}`).join('\n') || '无';
    const color = e.state === 'missing' ? COLOR.alert : COLOR.text;
    return [{ text: e.name, font: 'heading' as const }, { text: STATE_ZH[e.state], color }, evidence, problems];
  });
  table(flow, [{ title: '要件', weight: 0.9, align: 'center' }, { title: '状态', weight: 1.1, align: 'center' }, { title: '所依据的证据', weight: 2.4 }, { title: '审查情况', weight: 4.3 }], rows);

  subsectionTitle(flow, '二、违法依据与处罚依据');
  table(flow, [{ title: '', weight: 1 }, { title: '', weight: 4.2 }], [
    ['违法依据', model.legalBasis.join('\n') || '—'],
    ['处罚依据', model.penaltyBasis.join('\n') || '—'],
  ], { header: false, labels: true });

  subsectionTitle(flow, '三、裁量');
  table(flow, [{ title: '', weight: 1 }, { title: '', weight: 4.2 }], [
    ['建议档次', `${model.discretion.tier}（${model.discretion.range}）`],
    ['理由', model.discretion.reasons.map((r, i) => `${i + 1}. ${r}`).join('\n')],
    ['决定', model.discretion.decision ?? '尚未作出裁量决定'],
  ], { header: false, labels: true });
}

function overrideNotice(ctx: LayoutContext, reason: string): void {
  const { flow } = ctx;
  const size = SIZE.body + 0.5;
  const pad = 8;
  const text = `证据链不完整，经办案人员说明理由后导出：${reason}`;
  const lines = flow.wrap(text, CONTENT.width - 2 * pad, flow.fonts.heading, size);
  const height = lines.length * size * LEADING.body + 2 * pad;
  flow.ensure(height + 10);
  flow.rect(CONTENT.left, flow.y, CONTENT.width, height, { fill: COLOR.alertFill, border: COLOR.alert, borderWidth: 1.2 });
  flow.advance(pad);
  paragraph(flow, text, { size, heading: true, color: COLOR.alert, indent: pad, width: CONTENT.width - 2 * pad, spaceAfter: 0 });
  flow.advance(pad + 10);
}
