// 裁量: a suggested tier from the catalogue's discretion benchmarks, with the facts that decided it — whether
// this is the party's first such violation in 12 months, whether the order to correct was obeyed, and whether
// 首违不罚 (行政处罚法 Art. 33) applies. The handler accepts it or overrides it with a reason.

import type { CatalogItem, DiscretionTier } from './catalog';

export interface DiscretionFacts {
  priorCaseIds: string[];
  firstViolation: boolean;
  /** true: corrected in time; false: a re-capture after the deadline shows it continuing; null: not known. */
  corrected: boolean | null;
}

export interface DiscretionSuggestion {
  tier: DiscretionTier | null;
  exemptEligible: boolean;
  facts: DiscretionFacts;
  reasons: string[];
  reasonsEn: string[];
}

export function suggestTier(item: CatalogItem, facts: DiscretionFacts): DiscretionSuggestion {
  const holds = (t: DiscretionTier): boolean =>
    (t.conditions.firstViolation === undefined || t.conditions.firstViolation === facts.firstViolation) &&
    (t.conditions.repeat === undefined || t.conditions.repeat === !facts.firstViolation) &&
    (t.conditions.corrected === undefined || t.conditions.corrected === facts.corrected);
  const tier = item.tiers.find(holds) ?? null;
  const exemptEligible = facts.firstViolation && facts.corrected === true;
  const reasons = [
    facts.firstViolation ? '当事人 12 个月内无同类违法记录（首次）' : `当事人 12 个月内已有同类案件 ${facts.priorCaseIds.join('、')}（再次）`,
    facts.corrected === true ? '已在期限内改正' : facts.corrected === false ? '逾期未改正（复查照片证明）' : '是否改正尚无证据',
    exemptEligible ? '符合首违不罚条件（行政处罚法第三十三条第一款）' : '不符合首违不罚条件',
  ];
  const reasonsEn = [
    facts.firstViolation ? 'no similar violation by the party in 12 months (first)' : `similar cases in 12 months: ${facts.priorCaseIds.join(', ')} (repeat)`,
    facts.corrected === true ? 'corrected in time' : facts.corrected === false ? 'not corrected by the deadline (re-capture)' : 'no evidence yet whether it was corrected',
    exemptEligible ? 'eligible for no penalty on a first minor violation (Art. 33)' : 'not eligible for Art. 33 exemption',
  ];
  return { tier, exemptEligible, facts, reasons, reasonsEn };
}
