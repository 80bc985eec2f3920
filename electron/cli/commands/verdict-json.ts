import type { ChainVerdict } from '../../core/chain/evaluate-chain';

/** The `chain --json` contract: complete, elements (id, state, evidence, problems with code and message), timeline. */
export function verdictJson(v: ChainVerdict): unknown {
  return {
    case: v.caseId,
    item: v.itemCode,
    complete: v.complete,
    elements: v.elements.map((e) => ({
      id: e.id,
      name: e.name,
      state: e.state,
      evidence: e.evidence,
      problems: e.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message, messageEn: p.messageEn })),
    })),
    timeline: v.timeline.map((t) => ({ at: t.at, kind: t.kind, label: t.label, labelEn: t.labelEn, basis: t.basis, ref: t.ref })),
    discretion: {
      tier: v.discretion.tier,
      exemptEligible: v.discretion.exemptEligible,
      facts: v.discretion.facts,
      reasons: v.discretion.reasons,
      reasonsEn: v.discretion.reasonsEn,
    },
  };
}
