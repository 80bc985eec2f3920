// The evidence chain's verdict as the manifest states it: re-evaluated by the caller's chain rules when given
// (the CLI passes the core rules), otherwise checked for internal consistency; and whether the chain is complete.

import type { CaseFileManifest } from '../../core/casefile/manifest';
import { check } from './types';
import type { ReevaluatedChain, VerifyCheck, VerifyOptions } from './types';

const STATE_ZH: Record<string, string> = { proved: '已证明', weak: '薄弱', missing: '缺失' };
const stateZh = (s: string): string => STATE_ZH[s] ?? s;

async function reevaluated(manifest: CaseFileManifest, reevaluate: NonNullable<VerifyOptions['reevaluate']>): Promise<VerifyCheck> {
  let again: ReevaluatedChain;
  try {
    again = await reevaluate(manifest);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return check('chain-verdict', false, `无法重新评估证据链：${why}`, `could not re-evaluate the chain: ${why}`);
  }
  const differences: { element: string; manifest: string; reevaluated: string }[] = [];
  for (const element of manifest.verdict.elements) {
    const state = again.elements.find((e) => e.id === element.id)?.state ?? 'missing';
    if (state !== element.state) differences.push({ element: element.name, manifest: element.state, reevaluated: state });
  }
  const whole = (complete: boolean): string => (complete ? '完整' : '不完整');
  if (again.complete !== manifest.complete) differences.push({ element: '整体', manifest: whole(manifest.complete), reevaluated: whole(again.complete) });
  if (differences.length === 0) return check('chain-verdict', true, '按证据链规则重新评估，结论与清单一致', 'the chain re-evaluated by the rules agrees with the manifest', { reevaluated: again });
  const list = differences.map((d) => `${d.element}：清单为${stateZh(d.manifest)}，重新评估为${stateZh(d.reevaluated)}`).join('；');
  return check('chain-verdict', false, `重新评估的证据链结论与清单不符：${list}`, `the re-evaluated chain disagrees with the manifest: ${differences.map((d) => `${d.element} ${d.manifest} → ${d.reevaluated}`).join('; ')}`, { differences });
}

function consistency(manifest: CaseFileManifest): VerifyCheck {
  const verdict = manifest.verdict;
  const notProved = verdict.elements.filter((e) => e.state !== 'proved');
  const allProved = notProved.length === 0 && verdict.elements.length > 0;
  const problems: string[] = [];
  if (manifest.complete !== verdict.complete) problems.push(`清单标记${manifest.complete ? '完整' : '不完整'}，结论为${verdict.complete ? '完整' : '不完整'}`);
  if (verdict.complete !== allProved) problems.push(`结论为${verdict.complete ? '完整' : '不完整'}，但${allProved ? '各要件均已证明' : `${notProved.map((e) => `${e.name}${stateZh(e.state)}`).join('、')}`}`);
  if (verdict.caseId && verdict.caseId !== manifest.case.id) problems.push(`结论属于案件 ${verdict.caseId}，不是 ${manifest.case.id}`);
  if (problems.length > 0) {
    return check('chain-verdict', false, `清单中的证据链结论自相矛盾：${problems.join('；')}`, 'the manifest’s chain verdict contradicts itself', { problems });
  }
  return check('chain-verdict', true, '清单中的证据链结论前后一致（未重新评估规则）', 'the manifest’s chain verdict is consistent (rules not re-run)', null);
}

export async function checkVerdict(manifest: CaseFileManifest, reevaluate: VerifyOptions['reevaluate']): Promise<VerifyCheck[]> {
  const verdictCheck = reevaluate ? await reevaluated(manifest, reevaluate) : consistency(manifest);
  const missing = manifest.verdict.elements.filter((e) => e.state !== 'proved');
  const override = manifest.overrideReason ? `；出具理由：${manifest.overrideReason}` : '';
  const overrideEn = manifest.overrideReason ? `; issued anyway because: ${manifest.overrideReason}` : '';
  const completeCheck = manifest.complete
    ? check('chain-complete', true, '证据链完整：各要件均已证明', 'the evidence chain is complete', null)
    : check(
        'chain-complete',
        false,
        `证据链不完整：${missing.map((e) => `${e.name}${stateZh(e.state)}`).join('、') || '（未列明）'}${override}`,
        `the evidence chain is incomplete: ${missing.map((e) => `${e.nameEn} ${e.state}`).join(', ')}${overrideEn}`,
        { missing: missing.map((e) => e.id), overrideReason: manifest.overrideReason },
      );
  return [verdictCheck, completeCheck];
}
