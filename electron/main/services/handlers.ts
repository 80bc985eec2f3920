// The contract's methods, implemented once over a workspace; IPC and the browser host both dispatch here.

import { describeAuditProblem } from '../../core/audit/audit-chain';
import type { Handlers } from '../../contract/api';
import { ImportService } from '../ingest/import-service';
import type { Workspace } from '../workspace/workspace';
import { CaseService } from './case-service';
import { EvidenceService } from './evidence-service';
import { JobRunner } from './job-runner';

export function createHandlers(ws: Workspace, jobs = new JobRunner()): Handlers {
  const cases = new CaseService(ws);
  const evidence = new EvidenceService(ws);
  const importer = new ImportService(ws);

  return {
    'workspace.info': async () => ({ path: ws.dir, ...pick(ws.settings), schemaVersion: ws.db.schemaVersion }),
    'cases.list': async () => cases.list(),
    'cases.create': async ({ title, type }) => cases.create(title, type ?? null),
    'evidence.list': async ({ caseId }) => {
      cases.get(caseId);
      return evidence.list(caseId);
    },
    'import.start': async ({ caseId, paths }) => {
      cases.get(caseId);
      const job = jobs.startImport((signal, onProgress) => importer.importPaths(caseId, paths, { signal, onProgress }));
      return { jobId: job.id };
    },
    'jobs.get': async ({ jobId }) => jobs.get(jobId),
    'jobs.cancel': async ({ jobId }) => jobs.cancel(jobId),
    'audit.list': async ({ caseId }) => ws.audit.list(caseId ? `case:${caseId}` : null),
    'audit.verify': async () => {
      const v = ws.audit.verify();
      return { ok: v.ok, entries: v.entries, headHash: v.headHash, problems: v.problems.map((p) => ({ seq: p.seq, kind: p.kind, ...describeAuditProblem(p) })) };
    },
  };
}

function pick(s: Workspace['settings']): { operator: string; zone: string } {
  return { operator: s.operator, zone: s.zone };
}
