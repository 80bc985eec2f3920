// Everything the case file (案卷) shows, gathered from the workspace and ready to lay out; the manifest attached to
// the PDF is derived from the same model, so the pages and the machine-readable record cannot disagree.

import type { ChainInput } from '../chain/chain-input';
import type { ChainVerdict } from '../chain/evaluate-chain';

/** 证据类型 (行政处罚法 Art. 46): camera captures are 电子数据 or 视听资料; department records are 书证. */
export type EvidenceType = '电子数据' | '视听资料' | '书证';

export interface CaseFileEvidence {
  /** 证据编号 in the file: 1, 2, 3 … in the order of the evidence list. */
  no: number;
  evidenceId: string;
  name: string;
  type: EvidenceType;
  source: string;
  /** 制作方法 */
  method: string;
  /** 制作时间, written as a Chinese case file writes it, with its basis. */
  madeAt: string | null;
  madeAtBasis: string;
  /** 制作人 */
  maker: string;
  /** 证明对象 */
  proves: string;
  sha256: string;
  sm3: string;
  size: number;
  mediaType: string;
  /** The original's stored path, read by the PDF builder (never written into the PDF). */
  storedPath: string;
  capturedAt: string | null;
  gps: { lat: number; lon: number; altitude: number | null } | null;
  position: { lat: number; lon: number; basis: 'gps' | 'camera-registry' } | null;
  grids: string[];
  device: string | null;
  camera: { deviceId: string; name: string; reviewed: string; published: string; calibrated: string; clockOffset: string } | null;
  warnings: { code: string; zh: string }[];
  review: { passed: boolean; result: string; by: string; at: string; note: string | null } | null;
  width: number | null;
  height: number | null;
  orientation: number | null;
}

export interface CaseFileRecord {
  role: string;
  kind: string;
  name: string;
  key: string;
  fields: [string, string][];
  department: string;
  exportedOn: string | null;
  datasetVersion: string;
  fileName: string;
  fileSha256: string;
}

export interface CaseFileNotice {
  id: string;
  number: string;
  kind: string;
  content: string;
  servedAt: string;
  method: string;
  deadline: string;
  statement: string;
}

export interface CaseFileAuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  hash: string;
}

export interface CaseFileModel {
  bureau: string;
  caseId: string;
  caseNumber: string;
  title: string;
  cause: string;
  itemCode: string;
  legalBasis: string[];
  penaltyBasis: string[];
  partyName: string;
  partySummary: string;
  handlers: string[];
  openedOn: string;
  closedOn: string | null;
  generatedAt: string;
  verdict: ChainVerdict;
  /** The facts the verdict was reached from, so a reader can re-run the rules on them (casechain verify does). */
  chainInput: ChainInput;
  zone: string;
  /** Why the handler exported an incomplete case; printed on the summary page. */
  overrideReason: string | null;
  discretion: { tier: string; range: string; reasons: string[]; decision: string | null };
  evidence: CaseFileEvidence[];
  partyRecords: CaseFileRecord[];
  notices: CaseFileNotice[];
  audit: { entries: CaseFileAuditEntry[]; headSeq: number; headHash: string };
}
