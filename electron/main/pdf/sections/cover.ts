// 封面: the bureau, 行政处罚案卷, and the form of the case — title, number, cause, party, handlers, dates, the
// chain's verdict and 本卷共 N 页. Drawn last, on the first page, once the page count is known.

import type { PDFPage } from 'pdf-lib';
import type { CaseFileModel } from '../../../core/casefile/case-file-model';
import type { Flow } from '../layout/flow';
import { paragraph } from '../layout/text';
import { COLOR, CONTENT, LEADING, SIZE, baselineOffset } from '../layout/style';
import { utcText } from './format';

const FORM_LEFT = CONTENT.left + 30;
const LABEL_WIDTH = 92;
const FORM_RIGHT = CONTENT.right - 30;

export function coverFields(model: CaseFileModel, totalPages: number): [string, string][] {
  return [
    ['案卷题名', model.title],
    ['案　　号', model.caseNumber],
    ['案　　由', model.cause],
    ['当 事 人', model.partyName],
    ['承 办 人', model.handlers.join('、')],
    ['立案日期', model.openedOn],
    ['结案日期', model.closedOn ?? '（未结案）'],
    ['证 据 链', model.verdict.complete ? '完整' : model.overrideReason ? '不完整（经办案人员说明理由后导出）' : '不完整'],
    ['本卷页数', `本卷共 ${totalPages} 页`],
  ];
}

export function drawCover(flow: Flow, page: PDFPage, model: CaseFileModel, totalPages: number): void {
  flow.usePage(page);
  flow.advance(70);
  paragraph(flow, model.bureau, { size: SIZE.coverBureau, heading: true, align: 'center', spaceAfter: 36 });
  paragraph(flow, '行政处罚案卷', { size: SIZE.coverTitle, heading: true, align: 'center', spaceAfter: 70 });

  const size = SIZE.coverField;
  const lineHeight = size * LEADING.body * 1.25;
  const valueWidth = FORM_RIGHT - FORM_LEFT - LABEL_WIDTH;
  for (const [label, value] of coverFields(model, totalPages)) {
    const lines = flow.wrap(value, valueWidth - 6, flow.fonts.body, size);
    flow.text(`${label}：`, FORM_LEFT, flow.y - baselineOffset(size, lineHeight), { font: flow.fonts.heading, size });
    for (const line of lines) {
      const baseline = flow.y - baselineOffset(size, lineHeight);
      flow.text(line, FORM_LEFT + LABEL_WIDTH + 4, baseline, { font: flow.fonts.body, size });
      flow.line(FORM_LEFT + LABEL_WIDTH, baseline - 5, FORM_RIGHT, baseline - 5, 0.6, COLOR.text);
      flow.advance(lineHeight);
    }
  }
  flow.y = CONTENT.bottom + 40;
  paragraph(flow, `本案卷由 CaseChain 证链于 ${utcText(model.generatedAt)} 生成`, { size: SIZE.table, color: COLOR.muted, align: 'center', spaceAfter: 0 });
}
