// Small wordings shared by the sections: element states, audit actions, references, sizes and instants.

import type { CaseFileModel } from '../../../core/casefile/case-file-model';

export const STATE_ZH = { proved: '已证明', weak: '已证明（证明力较弱）', missing: '未证明' } as const;
export const SEVERITY_ZH = { blocking: '缺失', weak: '存疑', info: '说明' } as const;

const ACTION_ZH: Record<string, string> = {
  'case.create': '立案登记',
  'import.batch': '批量导入',
  'evidence.import': '导入证据',
  'evidence.review': '证据审核（第四十一条）',
  'evidence.meta': '记录证据制作信息',
  'evidence.plate': '记录号牌',
  'party.confirm': '确认当事人',
  'notice.add': '送达文书',
  'notice.statement': '收到陈述申辩',
  'notice.no-statement': '记录未陈述申辩',
  'discretion.accept': '采纳裁量建议',
  'discretion.override': '调整裁量档次',
};

export function actionZh(action: string): string {
  const zh = ACTION_ZH[action];
  return zh ? `${zh}（${action}）` : action;
}

export function bytesZh(size: number): string {
  const grouped = size.toLocaleString('en-US');
  if (size < 1024 * 1024) return `${grouped} 字节（${(size / 1024).toFixed(1)} KB）`;
  return `${grouped} 字节（${(size / 1024 / 1024).toFixed(1)} MB）`;
}

/** An ISO instant in UTC as "2026-11-26 08:27:03 UTC" (the model carries audit times in UTC). */
export function utcText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/**
 * Names a reference from the verdict as the file names it: an evidence id as its number in the evidence list, a
 * notice by its document number, a department record by its reference.
 */
export function refNamer(model: CaseFileModel): (ref: string) => string {
  const evidence = new Map(model.evidence.map((e) => [e.evidenceId, `证据${e.no}`]));
  const notices = new Map<string, string>();
  for (const t of model.verdict.timeline) {
    if (t.kind !== 'notice-served' || !t.ref) continue;
    const n = model.notices.find((x) => t.label.includes(x.number));
    if (n) notices.set(t.ref, `${n.kind} ${n.number}`);
  }
  return (ref) => evidence.get(ref) ?? notices.get(ref) ?? (/^R\d+$/.test(ref) ? `部门数据记录 ${ref}` : ref);
}

/** The Art. 41 review in one line: passed, failed (not usable), or not yet reviewed (not usable). */
export function reviewStatus(review: { result: string; by: string; at: string; note: string | null } | null): { text: string; usable: boolean } {
  if (!review) return { text: '尚未审核（行政处罚法第四十一条），不能作为证据使用', usable: false };
  if (review.result.includes('否')) return { text: `审核未通过，不作为证据使用（${review.result}${review.note ? `；${review.note}` : ''}）`, usable: false };
  return { text: `审核通过（${review.by}，${review.at}）`, usable: true };
}

/**
 * The chain's messages and timeline name evidence as "证据 N（file name）" by its number in the case; the file
 * numbers its evidence list 1, 2, 3 … in its own order. Renumbers each such mention, found by its (unique) file
 * name, to the number this file gives it, so the pages never contradict each other.
 */
export function evidenceRenumberer(model: CaseFileModel): (text: string, ref?: string | null) => string {
  const byName = new Map<string, number | null>();
  for (const e of model.evidence) byName.set(e.name, byName.has(e.name) ? null : e.no);
  const byId = new Map(model.evidence.map((e) => [e.evidenceId, e.no]));
  return (text, ref) => {
    // A timeline event names the evidence it is about by id: that decides, whatever the label says.
    const own = ref ? byId.get(ref) : undefined;
    if (own !== undefined) return text.replace(/证据 ?\d+/, `证据${own}`);
    return text.replace(/证据 ?(\d+)（([^）]+)）/g, (whole, _n: string, name: string) => {
      const no = byName.get(name);
      return typeof no === 'number' ? `证据${no}（${name}）` : whole;
    });
  };
}
