// The shapes that cross from the core to the UI and the CLI. zod schemas are the single source: the types
// are inferred from them, and main parses every payload with them.

import { z } from 'zod';
import { WARNING_CODES } from '../core/evidence/warnings';

export const WarningCodeSchema = z.enum(WARNING_CODES);

export const CaseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string().nullable(),
  createdAt: z.string(),
  evidenceCount: z.number().int(),
  warningCount: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const GpsSchema = z.object({ lat: z.number(), lon: z.number(), altitude: z.number().nullable() });

export const EvidenceItemSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  seq: z.number().int(),
  sourceName: z.string(),
  sourcePath: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  sha256: z.string(),
  sm3: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  capturedAt: z.string().nullable(),
  timeBasis: z.enum(['exif-offset', 'assumed-zone', 'video-mvhd', 'none']),
  assumedZone: z.string().nullable(),
  gps: GpsSchema.nullable(),
  gpsDatum: z.string().nullable(),
  gpsTime: z.string().nullable(),
  device: z.object({ make: z.string().nullable(), model: z.string().nullable(), serial: z.string().nullable() }),
  software: z.string().nullable(),
  orientation: z.number().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  hasThumbnail: z.boolean(),
  warnings: z.array(WarningCodeSchema),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const RejectionSchema = z.object({ path: z.string(), reason: z.string() });
export type Rejection = z.infer<typeof RejectionSchema>;

export const ImportSummarySchema = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(RejectionSchema),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const JobStatusSchema = z.object({
  id: z.string(),
  kind: z.literal('import-photos'),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  filesDone: z.number().int(),
  filesTotal: z.number().int(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  current: z.string().nullable(),
  summary: ImportSummarySchema.nullable(),
  error: z.string().nullable(),
});
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  details: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof AuditEntrySchema>;

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headHash: z.string(),
  problems: z.array(z.object({ seq: z.number().int(), kind: z.string(), zh: z.string(), en: z.string() })),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifySchema>;

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  operator: z.string(),
  zone: z.string(),
  schemaVersion: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;
