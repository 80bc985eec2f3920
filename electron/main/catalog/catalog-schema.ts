// The zod schema of a catalogue item file (resources/catalog/<code>.json). Items are data that a bureau edits by
// hand, so every object is strict (a misspelt key is an error, not silently ignored) and the cross-field rules a
// typo would break are checked here: ranges in order, each discretion tier inside the legal penalty range, tier ids
// unique. Every issue carries the path of the offending field, which load-catalog turns into a message.

import { z } from 'zod';
import type { CatalogItem } from '../../core/chain/catalog';

const Text = z.string().trim().min(1);
const Yuan = z.number().finite().nonnegative();
const Count = z.number().int().nonnegative();

export const LegalReferenceSchema = z.strictObject({
  law: Text,
  article: Text,
  text: Text,
});

export const DiscretionTierSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Text,
  conditions: z.strictObject({
    firstViolation: z.boolean().optional(),
    corrected: z.boolean().optional(),
    repeat: z.boolean().optional(),
  }),
  minYuan: Yuan,
  maxYuan: Yuan,
  basis: Text,
});

const PARTY_KINDS = ['merchant', 'business', 'vehicle'] as const;

/** A custom issue with a Chinese and an English message; load-catalog shows both. */
export interface BilingualParams {
  zh: string;
  en: string;
}

const CatalogItemShape = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: Text,
  nameEn: Text,
  illegalBasis: z.array(LegalReferenceSchema).min(1),
  penaltyBasis: z.array(LegalReferenceSchema).min(1),
  penalty: z.strictObject({
    kind: z.enum(['fine', 'warning', 'confiscation', 'other']),
    minYuan: Yuan,
    maxYuan: Yuan,
    text: Text,
  }),
  correctionOrderRequired: z.boolean(),
  correctionDays: Count,
  tiers: z.array(DiscretionTierSchema).min(1),
  rules: z.strictObject({
    act: z.strictObject({
      minCaptures: z.number().int().min(1),
      minGapMinutes: z.number().finite().nonnegative(),
      description: Text,
    }),
    place: z.strictObject({
      maxSpreadMeters: z.number().finite().positive(),
      maxDistanceToPremisesMeters: z.number().finite().positive(),
    }),
    party: z.strictObject({ kinds: z.array(z.enum(PARTY_KINDS)).min(1) }),
    procedure: z.strictObject({
      recaptureAfterDeadline: z.boolean(),
      factsNotice: z.boolean(),
      statementDays: Count,
    }),
  }),
});

type Shape = z.infer<typeof CatalogItemShape>;

/** The rules that span fields. Runs only once the shape itself is valid. */
function crossFieldIssues(item: Shape): { path: (string | number)[]; params: BilingualParams }[] {
  const out: { path: (string | number)[]; params: BilingualParams }[] = [];
  const { minYuan: lo, maxYuan: hi } = item.penalty;
  if (lo > hi) {
    out.push({
      path: ['penalty', 'maxYuan'],
      params: { zh: `罚款上限 ${hi} 元小于下限 ${lo} 元`, en: `the maximum ${hi} yuan is below the minimum ${lo} yuan` },
    });
  }
  const seen = new Map<string, number>();
  item.tiers.forEach((tier, i) => {
    const first = seen.get(tier.id);
    if (first !== undefined) {
      out.push({
        path: ['tiers', i, 'id'],
        params: { zh: `档次 id「${tier.id}」与第 ${first + 1} 个档次重复`, en: `tier id "${tier.id}" repeats tier ${first + 1}` },
      });
    } else {
      seen.set(tier.id, i);
    }
    if (tier.minYuan > tier.maxYuan) {
      out.push({
        path: ['tiers', i, 'maxYuan'],
        params: { zh: `档次「${tier.name}」上限 ${tier.maxYuan} 元小于下限 ${tier.minYuan} 元`, en: `tier "${tier.id}": maximum ${tier.maxYuan} yuan is below its minimum ${tier.minYuan} yuan` },
      });
      return;
    }
    // A 0–0 tier is "no penalty" (e.g. 首违不罚, 行政处罚法 Art. 33), which lies outside any fine range by design.
    if (tier.minYuan === 0 && tier.maxYuan === 0) return;
    if (tier.minYuan < lo) {
      out.push({
        path: ['tiers', i, 'minYuan'],
        params: { zh: `档次「${tier.name}」下限 ${tier.minYuan} 元低于法定罚款下限 ${lo} 元`, en: `tier "${tier.id}": minimum ${tier.minYuan} yuan is below the legal minimum ${lo} yuan` },
      });
    }
    if (tier.maxYuan > hi) {
      out.push({
        path: ['tiers', i, 'maxYuan'],
        params: { zh: `档次「${tier.name}」上限 ${tier.maxYuan} 元超过法定罚款上限 ${hi} 元`, en: `tier "${tier.id}": maximum ${tier.maxYuan} yuan is above the legal maximum ${hi} yuan` },
      });
    }
  });
  const kinds = item.rules.party.kinds;
  kinds.forEach((kind, i) => {
    if (kinds.indexOf(kind) !== i) {
      out.push({ path: ['rules', 'party', 'kinds', i], params: { zh: `当事人类别「${kind}」重复`, en: `party kind "${kind}" is listed twice` } });
    }
  });
  if (item.correctionOrderRequired && item.correctionDays < 1) {
    out.push({
      path: ['correctionDays'],
      params: { zh: '须先责令限期改正的事项，改正期限至少 1 日', en: 'an item that requires an order to correct needs a time limit of at least 1 day' },
    });
  }
  if (item.rules.procedure.recaptureAfterDeadline && !item.correctionOrderRequired) {
    out.push({
      path: ['rules', 'procedure', 'recaptureAfterDeadline'],
      params: { zh: '不须先责令改正的事项不能要求期限后的复查照片', en: 'a re-capture after the deadline needs an order to correct (correctionOrderRequired)' },
    });
  }
  return out;
}

export const CatalogItemSchema = CatalogItemShape.superRefine((item, ctx) => {
  for (const issue of crossFieldIssues(item)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: `${issue.params.zh} / ${issue.params.en}`, params: { ...issue.params } });
  }
}) satisfies z.ZodType<CatalogItem>;

// The schema must describe CatalogItem exactly, not merely something assignable to it: a field added to the type
// and forgotten here (or the reverse) fails the type-check.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exact: Equals<z.infer<typeof CatalogItemSchema>, CatalogItem> = true;
void exact;
