// The contract's methods, implemented once over a workspace; IPC and the browser host both dispatch here.

import { describeAuditProblem } from '../../core/audit/audit-chain';
import type { Handlers } from '../../contract/api';
import { importDataset } from '../data/dataset-import';
import { previewDataset } from '../data/dataset-preview';
import { saveMapping } from '../data/mappings';
import { PartyService } from '../data/party-service';
import { RecordService } from '../data/record-service';
import { ImportService } from '../ingest/import-service';
import type { Workspace } from '../workspace/workspace';
import { CaseService } from './case-service';
import { EvidenceService } from './evidence-service';
import { JobRunner } from './job-runner';

export function createHandlers(ws: Workspace, jobs = new JobRunner()): Handlers {
  const cases = new CaseService(ws);
  const evidence = new EvidenceService(ws);
  const importer = new ImportService(ws);
  const records = new RecordService(ws);
  const parties = new PartyService(ws);

  return {
    'workspace.info': async () => ({ path: ws.dir, operator: ws.settings.operator, zone: ws.settings.zone, schemaVersion: ws.db.schemaVersion }),
    'cases.list': async () => cases.list(),
    'cases.create': async ({ title, type }) => cases.create(title, type ?? null),
    'evidence.list': async ({ caseId }) => {
      cases.get(caseId);
      return evidence.list(caseId);
    },
    'evidence.setPlate': async ({ evidenceId, plate }) => ({ plate: evidence.setPlate(evidenceId, plate) }),
    'import.start': async ({ caseId, paths }) => {
      cases.get(caseId);
      const job = jobs.start('import-photos', async (signal, update) => {
        const summary = await importer.importPaths(caseId, paths, { signal, onProgress: update });
        return { summary, cancelled: summary.cancelled };
      });
      return { jobId: job.id };
    },
    'jobs.get': async ({ jobId }) => jobs.get(jobId),
    'jobs.cancel': async ({ jobId }) => jobs.cancel(jobId),
    'audit.list': async ({ caseId }) => ws.audit.list(caseId ? `case:${caseId}` : null),
    'audit.verify': async () => {
      const v = ws.audit.verify();
      return { ok: v.ok, entries: v.entries, headHash: v.headHash, problems: v.problems.map((p) => ({ seq: p.seq, kind: p.kind, ...describeAuditProblem(p) })) };
    },
    'datasets.list': async () => records.versions(),
    'datasets.preview': async ({ path, kind, encoding }) => previewDataset(ws, path, kind, encoding),
    'datasets.import': async ({ path, kind, crs, encoding, department, exportedOn, mapping, saveMapping: save }) => {
      if (mapping && save) saveMapping(ws, kind, mapping);
      const job = jobs.start('import-data', async (signal, update) => {
        const dataSummary = await importDataset(ws, path, {
          kind,
          crs,
          encoding,
          department: department ?? null,
          exportedOn: exportedOn ?? null,
          ...(mapping ? { mapping } : {}),
          signal,
          onProgress: (p) => update({ rowsDone: p.rowsDone, rowsTotal: p.rowsTotal, phase: p.phase }),
        });
        return { dataSummary };
      });
      return { jobId: job.id };
    },
    'datasets.problems': async ({ versionId }) => records.problems(versionId),
    'datasets.problemsCsv': async ({ versionId }) => ({
      fileName: `${versionId.replace(/[^\p{L}\p{N}@_-]+/gu, '_')}-问题行.csv`,
      csv: records.problemsCsv(versionId),
    }),
    'records.search': async ({ query, kind, limit }) => records.search(query, kind ?? null, limit),
    'records.open': async ({ ref }) => records.open(ref),
    'party.candidates': async ({ caseId }) => {
      cases.get(caseId);
      return parties.candidates(caseId);
    },
    'party.confirm': async ({ caseId, ref }) => parties.confirm(caseId, ref),
    'party.get': async ({ caseId }) => parties.current(caseId),
  };
}
