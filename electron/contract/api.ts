// The one API between the UI (or any other client) and the core: a typed map of method names to input and
// output schemas. The Electron preload and the browser host both expose exactly this.

import { z } from 'zod';
import {
  CaseMapSchema,
  KeyInfoSchema,
  VerifyResultSchema,
  Art41ReviewSchema,
  CatalogItemSummarySchema,
  ChainVerdictSchema,
  DiscretionDecisionSchema,
  ElementIdSchema,
  EvidenceMetaSchema,
  NoticeSchema,
  CaptureLocationSchema,
  ColumnMappingSchema,
  ConfirmedPartySchema,
  CrsSchema,
  DataPreviewSchema,
  DatasetKindSchema,
  DatasetVersionSchema,
  EncodingChoiceSchema,
  PartyCandidateSchema,
  RecordProblemSchema,
  RecordSummarySchema,
  AuditEntrySchema,
  AuditVerifySchema,
  CaseSummarySchema,
  EvidenceItemSchema,
  JobStatusSchema,
  WorkspaceInfoSchema,
} from './dto';

const Id = z.string().min(1).max(200);

export const api = {
  'workspace.info': { input: z.object({}), output: WorkspaceInfoSchema },
  'cases.list': { input: z.object({}), output: z.array(CaseSummarySchema) },
  'cases.create': {
    input: z.object({ title: z.string().trim().min(1).max(200), type: z.string().max(64).nullish() }),
    output: CaseSummarySchema,
  },
  'evidence.list': { input: z.object({ caseId: Id }), output: z.array(EvidenceItemSchema) },
  'import.start': {
    input: z.object({ caseId: Id, paths: z.array(z.string().min(1)).min(1).max(100_000) }),
    output: z.object({ jobId: z.string() }),
  },
  'jobs.get': { input: z.object({ jobId: Id }), output: JobStatusSchema },
  'jobs.cancel': { input: z.object({ jobId: Id }), output: JobStatusSchema },
  'audit.list': { input: z.object({ caseId: Id.nullish() }), output: z.array(AuditEntrySchema) },
  'audit.verify': { input: z.object({}), output: AuditVerifySchema },
  'evidence.setPlate': { input: z.object({ evidenceId: Id, plate: z.string().trim().min(1).max(20) }), output: z.object({ plate: z.string() }) },
  'datasets.list': { input: z.object({}), output: z.array(DatasetVersionSchema) },
  'datasets.preview': {
    input: z.object({ path: z.string().min(1), kind: DatasetKindSchema, encoding: EncodingChoiceSchema.default('auto') }),
    output: DataPreviewSchema,
  },
  'datasets.import': {
    input: z.object({
      path: z.string().min(1),
      kind: DatasetKindSchema,
      crs: CrsSchema,
      encoding: EncodingChoiceSchema.default('auto'),
      department: z.string().trim().max(200).nullish(),
      exportedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
      mapping: ColumnMappingSchema.nullish(),
      saveMapping: z.boolean().default(false),
    }),
    output: z.object({ jobId: z.string() }),
  },
  'datasets.problems': { input: z.object({ versionId: Id }), output: z.array(RecordProblemSchema) },
  'datasets.problemsCsv': { input: z.object({ versionId: Id }), output: z.object({ fileName: z.string(), csv: z.string() }) },
  'records.search': {
    input: z.object({ query: z.string().max(200).default(''), kind: DatasetKindSchema.nullish(), limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(RecordSummarySchema),
  },
  'records.open': { input: z.object({ ref: Id }), output: RecordSummarySchema.extend({ problems: z.array(RecordProblemSchema) }) },
  'party.candidates': {
    input: z.object({ caseId: Id }),
    output: z.object({ locations: z.array(CaptureLocationSchema), candidates: z.array(PartyCandidateSchema) }),
  },
  'party.confirm': { input: z.object({ caseId: Id, ref: Id }), output: ConfirmedPartySchema },
  'party.get': { input: z.object({ caseId: Id }), output: ConfirmedPartySchema.nullable() },
  'map.forCase': { input: z.object({ caseId: Id, radiusMeters: z.number().min(10).max(2000).default(150) }), output: CaseMapSchema },
  'catalog.list': { input: z.object({}), output: z.array(CatalogItemSummarySchema) },
  'chain.get': { input: z.object({ caseId: Id }), output: ChainVerdictSchema },
  'evidence.review': {
    input: z.object({
      caseId: Id,
      evidenceId: Id,
      authentic: z.boolean(),
      clear: z.boolean(),
      complete: z.boolean(),
      accurate: z.boolean(),
      note: z.string().trim().max(2000).nullish(),
    }),
    output: Art41ReviewSchema,
  },
  'evidence.reviewOf': { input: z.object({ evidenceId: Id }), output: z.object({ review: Art41ReviewSchema.nullable(), meta: EvidenceMetaSchema }) },
  'evidence.setMeta': {
    input: z.object({
      caseId: Id,
      evidenceId: Id,
      method: z.enum(['fixed-camera', 'mobile-capture', 'data-export']).optional(),
      operator: z.string().trim().max(100).optional(),
      proves: z.array(ElementIdSchema).optional(),
    }),
    output: EvidenceMetaSchema,
  },
  'notices.list': { input: z.object({ caseId: Id }), output: z.array(NoticeSchema) },
  'notices.add': {
    input: z.object({
      caseId: Id,
      kind: z.enum(['correction-order', 'facts-notice']),
      served: z.string().min(1),
      method: z.enum(['direct', 'post', 'electronic', 'public']),
      deadlineDays: z.number().int().min(0).max(365).nullish(),
      consent: z.string().trim().max(200).nullish(),
      facts: z.string().trim().max(2000).nullish(),
    }),
    output: NoticeSchema,
  },
  'notices.statement': { input: z.object({ noticeId: Id, received: z.string().min(1), note: z.string().max(4000).nullish() }), output: NoticeSchema },
  'notices.noStatement': { input: z.object({ noticeId: Id }), output: NoticeSchema },
  'keys.info': { input: z.object({}), output: KeyInfoSchema.nullable() },
  'keys.import': { input: z.object({ path: z.string().min(1), passphrase: z.string().min(1) }), output: KeyInfoSchema },
  'keys.createTest': {
    input: z.object({ name: z.string().trim().min(1).max(100), org: z.string().trim().min(1).max(200), algorithm: z.enum(['rsa', 'ec']).default('rsa'), passphrase: z.string().min(4) }),
    output: KeyInfoSchema,
  },
  'casefile.export': {
    input: z.object({ caseId: Id, passphrase: z.string().min(1), overrideIncomplete: z.string().trim().max(2000).nullish(), package: z.boolean().default(false) }),
    output: z.object({ jobId: z.string() }),
  },
  'casefile.verify': { input: z.object({ path: z.string().min(1), trustDir: z.string().nullish() }), output: VerifyResultSchema },
  'discretion.get': { input: z.object({ caseId: Id }), output: DiscretionDecisionSchema.nullable() },
  'discretion.decide': {
    input: z.object({ caseId: Id, accept: z.boolean(), tierId: z.string().nullish(), amountYuan: z.number().int().min(0).nullish(), reason: z.string().trim().max(2000).nullish() }),
    output: DiscretionDecisionSchema,
  },
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

export type Handlers = { [M in Method]: (input: z.output<Api[M]['input']>) => Promise<Output<M>> };

export { BRIDGE_GLOBAL } from './bridge';
export type { CaseChainBridge, PickedFile } from './bridge';
