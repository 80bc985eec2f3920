// The one API between the UI (or any other client) and the core: a typed map of method names to input and
// output schemas. The Electron preload and the browser host both expose exactly this.

import { z } from 'zod';
import {
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
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

export type Handlers = { [M in Method]: (input: z.output<Api[M]['input']>) => Promise<Output<M>> };

export { BRIDGE_GLOBAL } from './bridge';
export type { CaseChainBridge, PickedFile } from './bridge';
