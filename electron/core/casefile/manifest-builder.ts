// Builds the machine-readable manifest from the same model the pages are laid out from, plus where the PDF
// builder put each original (an image stream's object number, or an attachment's name). Pure: no I/O.

import type { CaseFileModel } from './case-file-model';
import { MANIFEST_SCHEMA } from './manifest';
import type { CaseFileManifest, EvidenceLocation } from './manifest';

export interface ManifestAttachment {
  name: string;
  sha256: string;
  size: number;
}

/**
 * @param locations where each evidence item's original sits in the PDF, by evidence id; every item needs one.
 * @param attachments files attached beside the evidence (not the evidence originals, not the manifest itself).
 * @param generator the program and version that wrote the file, e.g. "CaseChain 0.1.0".
 */
export function buildManifest(
  model: CaseFileModel,
  locations: ReadonlyMap<string, EvidenceLocation>,
  attachments: readonly ManifestAttachment[],
  generator: string,
): CaseFileManifest {
  return {
    schema: MANIFEST_SCHEMA,
    generator,
    generatedAt: model.generatedAt,
    bureau: model.bureau,
    case: { id: model.caseId, title: model.title, itemCode: model.itemCode, cause: model.cause, party: model.partyName, openedOn: model.openedOn },
    complete: model.verdict.complete,
    overrideReason: model.overrideReason,
    verdict: model.verdict,
    chainInput: model.chainInput,
    evidence: model.evidence.map((e) => {
      const location = locations.get(e.evidenceId);
      if (!location) throw new Error(`evidence ${e.evidenceId} has no location in the case file`);
      return {
        no: e.no,
        evidenceId: e.evidenceId,
        name: e.name,
        type: e.type,
        mediaType: e.mediaType,
        size: e.size,
        sha256: e.sha256,
        sm3: e.sm3,
        capturedAt: e.capturedAt,
        timeBasis: e.madeAtBasis,
        method: e.method,
        maker: e.maker,
        proves: e.proves,
        position: e.position,
        review: e.review,
        location,
      };
    }),
    datasets: model.partyRecords.map((r) => ({
      role: r.role,
      datasetVersion: r.datasetVersion,
      department: r.department,
      exportedOn: r.exportedOn,
      fileName: r.fileName,
      fileSha256: r.fileSha256,
    })),
    notices: model.notices.map((n) => ({ number: n.number, kind: n.kind, servedAt: n.servedAt, method: n.method, deadline: n.deadline, statement: n.statement })),
    discretion: model.discretion,
    audit: {
      headSeq: model.audit.headSeq,
      headHash: model.audit.headHash,
      entries: model.audit.entries.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, hash: e.hash })),
    },
    attachments: attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
  };
}
