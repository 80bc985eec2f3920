// The shapes that cross from the core to the UI and the CLI. zod schemas are the single source: the types
// are inferred from them, and main parses every payload with them.

import { z } from 'zod';
import { ELEMENT_IDS } from '../core/chain/catalog';
import { DATASET_KINDS } from '../core/data/dataset-kinds';
import { WARNING_CODES } from '../core/evidence/warnings';

export const WarningCodeSchema = z.enum(WARNING_CODES);

export const CaseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string().nullable(),
  createdAt: z.string(),
  evidenceCount: z.number().int(),
  warningCount: z.number().int(),
  /** Whether the evidence chain is complete; null where the case's violation type is not in the catalogue. */
  complete: z.boolean().nullable(),
  /** collecting: still gathering evidence; complete: chain complete; exported: a signed case file was exported. */
  status: z.enum(['collecting', 'complete', 'exported']),
  partyName: z.string().nullable(),
  /** The earliest deadline not yet past (correction or statement), for "due soon" on the home screen. */
  nextDeadline: z.object({ at: z.string(), atMs: z.number(), kind: z.enum(['correction-order', 'facts-notice']), number: z.string() }).nullable(),
  lastExportAt: z.string().nullable(),
  /** Each element of the chain as proved, weak or missing, for completeness at a glance; null where not judged. */
  elements: z.array(z.object({ id: z.enum(ELEMENT_IDS), state: z.enum(['proved', 'weak', 'missing']) })).nullable(),
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
  /** A plate number a handler read on the capture, normalised. */
  plate: z.string().nullable(),
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

export const RowReportSchema = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });
export type RowReport = z.infer<typeof RowReportSchema>;

export const DatasetKindSchema = z.enum(DATASET_KINDS);
export const CrsSchema = z.enum(['wgs84', 'cgcs2000', 'gcj02', 'bd09']);
export const EncodingChoiceSchema = z.enum(['auto', 'utf8', 'gb18030']);

export const DataImportSummarySchema = z.object({
  dataset: z.string(),
  version: z.number().int(),
  versionId: z.string(),
  kind: DatasetKindSchema,
  encoding: z.string(),
  rows: z.number().int(),
  imported: z.number().int(),
  rejected: z.array(RowReportSchema),
  warnings: z.array(RowReportSchema),
});
export type DataImportSummary = z.infer<typeof DataImportSummarySchema>;

export const ExportResultSchema = z.object({
  pdf: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  signer: z.object({ subject: z.string(), fingerprintSha256: z.string(), testCertificate: z.boolean() }),
  complete: z.boolean(),
  warnings: z.array(z.string()),
  pages: z.number().int(),
  package: z.string().nullable(),
});
export type ExportResultDto = z.infer<typeof ExportResultSchema>;

export const JobStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['import-photos', 'import-data', 'export']),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  filesDone: z.number().int(),
  filesTotal: z.number().int(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  current: z.string().nullable(),
  summary: ImportSummarySchema.nullable(),
  /** Dataset imports count rows, in phases: reading the file, validating rows, writing them. */
  rowsDone: z.number().int(),
  rowsTotal: z.number().int(),
  phase: z.enum(['reading', 'validating', 'writing']).nullable(),
  dataSummary: DataImportSummarySchema.nullable(),
  /** An export reports its steps in `phase`-like text and its result here. */
  exportStep: z.enum(['assembling', 'laying-out', 'signing', 'writing', 'packaging']).nullable(),
  exportResult: ExportResultSchema.nullable(),
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

export const DatasetVersionSchema = z.object({
  id: z.string(),
  dataset: z.string(),
  version: z.number().int(),
  kind: DatasetKindSchema,
  department: z.string(),
  exportedOn: z.string().nullable(),
  fileName: z.string(),
  fileSha256: z.string(),
  encoding: z.string(),
  crs: z.string(),
  rows: z.number().int(),
  imported: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
  current: z.boolean(),
});
export type DatasetVersion = z.infer<typeof DatasetVersionSchema>;

export const FieldValueSchema = z.union([z.string(), z.number(), z.null()]);

export const RecordSummarySchema = z.object({
  ref: z.string(),
  kind: DatasetKindSchema,
  key: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  datasetVersion: z.string(),
  fields: z.record(z.string(), FieldValueSchema),
});
export type RecordSummary = z.infer<typeof RecordSummarySchema>;

export const RecordProblemSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  severity: z.enum(['reject', 'warning']),
  reason: z.string(),
  raw: z.record(z.string(), z.string()),
});
export type RecordProblem = z.infer<typeof RecordProblemSchema>;

export const FieldSpecSchema = z.object({ key: z.string(), zh: z.string(), en: z.string(), required: z.boolean(), personal: z.boolean() });

export const ColumnMappingSchema = z.record(z.string(), z.string().nullable());

export const DataPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'json', 'geojson']),
  encoding: z.string(),
  headers: z.array(z.string()),
  fields: z.array(FieldSpecSchema),
  mapping: ColumnMappingSchema,
  missingRequired: z.array(z.string()),
  rowCount: z.number().int(),
  sample: z.array(z.record(z.string(), z.string())),
});
export type DataPreview = z.infer<typeof DataPreviewSchema>;

export const GridHitSchema = z.object({ ref: z.string(), code: z.string(), name: z.string(), level: z.string(), leader: z.string().nullable() });

export const CaptureLocationSchema = z.object({
  evidenceId: z.string(),
  seq: z.number().int(),
  capturedAt: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  basis: z.enum(['gps', 'camera-registry']),
  accuracyMeters: z.number(),
  camera: z.object({ ref: z.string(), deviceId: z.string(), name: z.string() }).nullable(),
  grids: z.array(GridHitSchema),
});
export type CaptureLocation = z.infer<typeof CaptureLocationSchema>;

export const RegistrationSchema = z.object({
  ref: z.string(),
  name: z.string(),
  uscc: z.string(),
  status: z.string().nullable(),
  establishedOn: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean().nullable(),
  sameStreet: z.boolean(),
});

export const PartyCandidateSchema = z.object({
  ref: z.string(),
  kind: z.enum(['merchant', 'business', 'vehicle']),
  name: z.string(),
  address: z.string().nullable(),
  uscc: z.string().nullable(),
  distanceMeters: z.number().nullable(),
  evidenceSeqs: z.array(z.number().int()),
  registration: RegistrationSchema.nullable(),
  corroborated: z.boolean(),
  dataset: z.string(),
  explanation: z.object({ zh: z.string(), en: z.string() }),
});
export type PartyCandidate = z.infer<typeof PartyCandidateSchema>;

export const ConfirmedPartySchema = z.object({
  caseId: z.string(),
  ref: z.string(),
  kind: z.string(),
  name: z.string(),
  corroborated: z.boolean(),
  snapshotSha256: z.string(),
  confirmedAt: z.string(),
  confirmedBy: z.string(),
  snapshot: z.unknown(),
});
export type ConfirmedParty = z.infer<typeof ConfirmedPartySchema>;

export const ElementIdSchema = z.enum(ELEMENT_IDS);

export const ChainProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['blocking', 'weak', 'info']),
  message: z.string(),
  messageEn: z.string(),
  fix: z.object({ target: z.enum(['review', 'evidence', 'party', 'notice', 'import', 'camera-registry', 'statement']), ref: z.string().nullable() }).nullable(),
});

export const DiscretionTierSchema = z.object({
  id: z.string(),
  name: z.string(),
  conditions: z.object({ firstViolation: z.boolean().optional(), corrected: z.boolean().optional(), repeat: z.boolean().optional() }),
  minYuan: z.number(),
  maxYuan: z.number(),
  basis: z.string(),
});

export const ChainVerdictSchema = z.object({
  caseId: z.string(),
  itemCode: z.string(),
  complete: z.boolean(),
  elements: z.array(
    z.object({ id: ElementIdSchema, name: z.string(), nameEn: z.string(), state: z.enum(['proved', 'weak', 'missing']), evidence: z.array(z.string()), problems: z.array(ChainProblemSchema) }),
  ),
  timeline: z.array(
    z.object({ atMs: z.number(), at: z.string(), kind: z.string(), label: z.string(), labelEn: z.string(), basis: z.string(), ref: z.string().nullable() }),
  ),
  discretion: z.object({
    tier: DiscretionTierSchema.nullable(),
    exemptEligible: z.boolean(),
    facts: z.object({ priorCaseIds: z.array(z.string()), firstViolation: z.boolean(), corrected: z.boolean().nullable() }),
    reasons: z.array(z.string()),
    reasonsEn: z.array(z.string()),
  }),
});
export type ChainVerdictDto = z.infer<typeof ChainVerdictSchema>;

export const Art41ReviewSchema = z.object({
  authentic: z.boolean(),
  clear: z.boolean(),
  complete: z.boolean(),
  accurate: z.boolean(),
  note: z.string().nullable(),
  reviewer: z.string(),
  reviewedAt: z.string(),
});

export const EvidenceMetaSchema = z.object({
  method: z.enum(['fixed-camera', 'mobile-capture', 'data-export']).nullable(),
  operator: z.string().nullable(),
  proves: z.array(ElementIdSchema),
});

export const NoticeSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(['correction-order', 'facts-notice']),
  number: z.string(),
  content: z.string(),
  servedAt: z.string(),
  servedAtMs: z.number(),
  method: z.enum(['direct', 'post', 'electronic', 'public']),
  consent: z.string().nullable(),
  consentRecorded: z.boolean(),
  deadlineDays: z.number().int(),
  effectiveAtMs: z.number(),
  deadlineMs: z.number(),
  deadline: z.string(),
  statementReceivedAtMs: z.number().nullable(),
  statementNote: z.string().nullable(),
  noStatementRecordedAtMs: z.number().nullable(),
});
export type NoticeDto = z.infer<typeof NoticeSchema>;

export const CatalogItemSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  correctionOrderRequired: z.boolean(),
  correctionDays: z.number(),
  statementDays: z.number(),
  penaltyText: z.string(),
  tiers: z.array(DiscretionTierSchema),
});

export const DiscretionDecisionSchema = z.object({
  tierId: z.string().nullable(),
  accepted: z.boolean(),
  amountYuan: z.number().nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string(),
  decidedBy: z.string(),
});

export const KeyInfoSchema = z.object({
  subject: z.string(),
  commonName: z.string().nullable(),
  organization: z.string().nullable(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  fingerprintSha256: z.string(),
  selfSigned: z.boolean(),
  testCertificate: z.boolean(),
});

export const VerifyCheckSchema = z.object({ id: z.string(), ok: z.boolean(), message: z.string(), messageEn: z.string(), details: z.record(z.string(), z.unknown()).nullable() });

export const VerifyResultSchema = z.object({
  ok: z.boolean(),
  intact: z.boolean(),
  trusted: z.boolean(),
  signer: KeyInfoSchema.nullable(),
  signingTime: z.string().nullable(),
  signingTimeSource: z.enum(['timestamp', 'signer-clock']).nullable(),
  /** The manifest as found in the file (see README: the case-file manifest), for showing evidence and the chain. */
  manifest: z.unknown(),
  checks: z.array(VerifyCheckSchema),
});
export type VerifyResultDto = z.infer<typeof VerifyResultSchema>;

export const CaseMapSchema = z.object({
  /** WGS-84 bounds of everything drawn, with a margin. */
  bounds: z.object({ minLat: z.number(), maxLat: z.number(), minLon: z.number(), maxLon: z.number() }),
  grids: z.array(z.object({ ref: z.string(), code: z.string(), name: z.string(), level: z.string(), leader: z.string().nullable(), polygons: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))) })),
  captures: z.array(z.object({ evidenceId: z.string(), seq: z.number().int(), lat: z.number(), lon: z.number(), basis: z.enum(['gps', 'camera-registry']), capturedAt: z.string().nullable() })),
  places: z.array(z.object({ ref: z.string(), kind: z.enum(['merchant', 'business']), name: z.string(), lat: z.number(), lon: z.number(), party: z.boolean() })),
});
export type CaseMap = z.infer<typeof CaseMapSchema>;
