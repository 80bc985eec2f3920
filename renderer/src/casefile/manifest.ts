// The case-file manifest as the reviewer's screen reads it. `casefile.verify` hands it over as `unknown` on
// purpose: it comes from a file that may be damaged, forged or from another version, so it is parsed here, one
// section at a time — a section that cannot be read is left out and the rest is still shown. The checks, not
// this parse, say whether the file can be trusted.

import { z } from 'zod';

/** Keeps the items that parse and drops the rest, so one damaged entry does not hide the whole list. */
function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((values) =>
      values.flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

const text = z.string();
const optionalText = z.string().nullish().catch(null);

const ReviewSchema = z.object({
  passed: z.boolean().optional(),
  result: text,
  by: text,
  at: text,
  note: optionalText,
});

const EvidenceSchema = z.object({
  no: z.number().int(),
  evidenceId: z.string().optional(),
  name: text,
  type: text.catch(''),
  mediaType: text.catch(''),
  size: z.number().catch(0),
  sha256: text,
  sm3: text.catch(''),
  capturedAt: optionalText,
  timeBasis: text.catch(''),
  method: text.catch(''),
  maker: text.catch(''),
  proves: text.catch(''),
  review: ReviewSchema.nullable().catch(null),
});

const ProblemSchema = z.object({
  code: text,
  severity: z.enum(['blocking', 'weak', 'info']).catch('info'),
  message: text,
  messageEn: text.catch(''),
});

const ElementSchema = z.object({
  id: text,
  name: text,
  nameEn: text.catch(''),
  state: z.enum(['proved', 'weak', 'missing']),
  evidence: z.array(z.string()).catch([]),
  problems: lenientArray(ProblemSchema),
});

const TimelineEventSchema = z.object({
  atMs: z.number(),
  at: text,
  kind: text,
  label: text,
  labelEn: text.catch(''),
  basis: text.catch(''),
  ref: z.string().nullable().catch(null),
});

const VerdictSchema = z.object({
  complete: z.boolean(),
  elements: lenientArray(ElementSchema),
  timeline: lenientArray(TimelineEventSchema),
});

const DatasetSchema = z.object({
  role: text.catch(''),
  datasetVersion: text,
  department: text.catch(''),
  exportedOn: optionalText,
  fileName: text.catch(''),
  fileSha256: text.catch(''),
});

const NoticeSchema = z.object({
  number: text,
  kind: text.catch(''),
  servedAt: text.catch(''),
  method: text.catch(''),
  deadline: text.catch(''),
  statement: text.catch(''),
});

const DiscretionSchema = z.object({
  tier: text.catch(''),
  range: text.catch(''),
  reasons: z.array(z.string()).catch([]),
  decision: optionalText,
});

const AuditSchema = z.object({
  headSeq: z.number().int(),
  headHash: text,
  entries: z.array(z.unknown()).catch([]),
});

const CaseSchema = z.object({
  id: text,
  title: text.catch(''),
  itemCode: text.catch(''),
  cause: text.catch(''),
  party: text.catch(''),
  openedOn: text.catch(''),
});

/** Every section may be missing (undefined) when the file's manifest lacks it or it cannot be read. */
const ManifestSchema = z.object({
  schema: z.string().optional().catch(undefined),
  generator: z.string().optional().catch(undefined),
  generatedAt: z.string().optional().catch(undefined),
  bureau: z.string().optional().catch(undefined),
  case: CaseSchema.optional().catch(undefined),
  complete: z.boolean().optional().catch(undefined),
  overrideReason: optionalText,
  verdict: VerdictSchema.optional().catch(undefined),
  evidence: lenientArray(EvidenceSchema),
  datasets: lenientArray(DatasetSchema),
  notices: lenientArray(NoticeSchema),
  discretion: DiscretionSchema.optional().catch(undefined),
  audit: AuditSchema.optional().catch(undefined),
});

export type CaseFileManifest = z.infer<typeof ManifestSchema>;
export type ManifestEvidence = CaseFileManifest['evidence'][number];
export type ManifestElement = NonNullable<CaseFileManifest['verdict']>['elements'][number];
export type ManifestDataset = CaseFileManifest['datasets'][number];
export type ManifestNotice = CaseFileManifest['notices'][number];

/** The readable parts of a manifest, or null where there is none to read (no manifest, or not an object). */
export function readManifest(value: unknown): CaseFileManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const parsed = ManifestSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether a capture passed its Art. 41 review: the manifest says so, or (older files) its result has no 否. */
export function reviewPassed(review: NonNullable<ManifestEvidence['review']>): boolean {
  return review.passed ?? !/否/.test(review.result);
}
