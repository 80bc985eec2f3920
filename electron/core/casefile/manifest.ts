// The machine-readable record attached to the case file as `casechain-manifest.json`, for the provincial online
// case system and for offline verification. Versioned: a reader checks `schema` before anything else.

import type { ChainInput } from '../chain/chain-input';
import type { ChainVerdict } from '../chain/evaluate-chain';

export const MANIFEST_SCHEMA = 'casechain.casefile/1';
export const MANIFEST_ATTACHMENT_NAME = 'casechain-manifest.json';

/** Where an original sits inside the PDF: a JPEG is an image XObject whose stream bytes are the original file;
 * anything else is an embedded file (attachment) under its name. */
export type EvidenceLocation = { kind: 'image-stream'; objectNumber: number; page: number } | { kind: 'attachment'; name: string };

export interface ManifestEvidence {
  no: number;
  evidenceId: string;
  name: string;
  type: string;
  mediaType: string;
  size: number;
  sha256: string;
  sm3: string;
  capturedAt: string | null;
  timeBasis: string;
  method: string;
  maker: string;
  proves: string;
  position: { lat: number; lon: number; basis: string } | null;
  review: { passed: boolean; result: string; by: string; at: string; note: string | null } | null;
  location: EvidenceLocation;
}

export interface CaseFileManifest {
  schema: typeof MANIFEST_SCHEMA;
  generator: string;
  generatedAt: string;
  bureau: string;
  case: { id: string; title: string; itemCode: string; cause: string; party: string; openedOn: string };
  complete: boolean;
  overrideReason: string | null;
  verdict: ChainVerdict;
  /** The facts the verdict was reached from (captures, reviews, party, notices, dates); re-running the chain rules
   * on them must give the same verdict. Absent only in manifests that carry no facts to re-run. */
  chainInput?: ChainInput;
  evidence: ManifestEvidence[];
  datasets: { role: string; datasetVersion: string; department: string; exportedOn: string | null; fileName: string; fileSha256: string }[];
  notices: { number: string; kind: string; servedAt: string; method: string; deadline: string; statement: string }[];
  discretion: { tier: string; range: string; reasons: string[]; decision: string | null };
  audit: { headSeq: number; headHash: string; entries: { seq: number; at: string; actor: string; action: string; hash: string }[] };
  /** Other attachments (not evidence) and their hashes. */
  attachments: { name: string; sha256: string; size: number }[];
}
