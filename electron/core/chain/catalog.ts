// A violation catalogue item (from the province's unified catalogue of enforcement items): what the violation is,
// its legal and penalty basis, the penalty range and discretion tiers, whether an order to correct must come
// first, and the item-specific rules each element of the evidence chain must satisfy. Items are data
// (resources/catalog/*.json), so a bureau adds or edits items without code.

export const ELEMENT_IDS = ['act', 'time', 'place', 'party', 'device', 'procedure'] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export const ELEMENT_NAMES: Record<ElementId, { zh: string; en: string }> = {
  act: { zh: '违法事实', en: 'The act' },
  time: { zh: '时间', en: 'When' },
  place: { zh: '地点', en: 'Where' },
  party: { zh: '主体', en: 'Who' },
  device: { zh: '设备', en: 'Device' },
  procedure: { zh: '程序', en: 'Procedure' },
};

export interface LegalReference {
  /** The law or regulation, e.g. 浙江省城市市容和环境卫生管理条例 (2021). */
  law: string;
  /** The article (and paragraph), e.g. 第十七条第一款. */
  article: string;
  /** The provision's text, or its gist where the text is long. */
  text: string;
}

export interface DiscretionTier {
  id: string;
  name: string;
  /** Every stated condition must hold; an absent condition does not matter. Tiers are tried in order. */
  conditions: { firstViolation?: boolean; corrected?: boolean; repeat?: boolean };
  minYuan: number;
  maxYuan: number;
  /** Why this tier exists, e.g. 行政处罚法第三十三条 (首违不罚). */
  basis: string;
}

export interface CatalogItem {
  code: string;
  name: string;
  nameEn: string;
  illegalBasis: LegalReference[];
  penaltyBasis: LegalReference[];
  penalty: { kind: 'fine' | 'warning' | 'confiscation' | 'other'; minYuan: number; maxYuan: number; text: string };
  /** The penalty may only follow an order to correct within a time limit that was not obeyed (逾期不改正). */
  correctionOrderRequired: boolean;
  /** The usual time limit given in the order to correct, in days. */
  correctionDays: number;
  tiers: DiscretionTier[];
  rules: {
    act: { minCaptures: number; minGapMinutes: number; description: string };
    place: { maxSpreadMeters: number; maxDistanceToPremisesMeters: number };
    party: { kinds: ('merchant' | 'business' | 'vehicle')[] };
    procedure: { recaptureAfterDeadline: boolean; factsNotice: boolean; statementDays: number };
  };
}
