// The contract's methods, implemented once over a workspace; IPC and the browser host both dispatch here.

import { describeAuditProblem } from '../../core/audit/audit-chain';
import type { Handlers } from '../../contract/api';
import type { CaseSummary } from '../../contract/dto';
import { ChainService, catalog } from '../chain/chain-service';
import { NoticeService } from '../chain/notice-service';
import { ReviewService } from '../chain/review-service';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportCaseFile } from '../casefile/export-service';
import { importKey, loadKey, readKeyInfo } from '../signing/key-store';
import { writeP12 } from '../signing/p12-write';
import { makeTestCertificate } from '../signing/test-certificate';
import { rememberVerified } from '../verify/evidence-originals';
import { verifyCaseFileOffline } from '../verify/verify-with-rules';
import { caseMap } from '../data/case-map';
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
  const reviews = new ReviewService(ws);
  const notices = new NoticeService(ws);
  const chain = async (): Promise<ChainService> => new ChainService(ws, await catalog());

  return {
    'workspace.info': async () => ({ path: ws.dir, operator: ws.settings.operator, zone: ws.settings.zone, schemaVersion: ws.db.schemaVersion }),
    'cases.list': async () => {
      const c = await chain();
      const now = Date.now();
      return cases.list().map((s) => {
        let complete: boolean | null = null;
        let elements: CaseSummary['elements'] = null;
        try {
          const verdict = c.verdict(s.id, now);
          complete = verdict.complete;
          elements = verdict.elements.map((e) => ({ id: e.id, state: e.state }));
        } catch {
          // the type is not in the catalogue: completeness cannot be judged
        }
        const lastExportAt = ws.audit.list(`case:${s.id}`).filter((e) => e.action === 'casefile.export').at(-1)?.at ?? null;
        const upcoming = notices
          .list(s.id)
          .filter((n) => n.deadlineMs > now && !(n.kind === 'facts-notice' && n.statementReceivedAtMs !== null))
          .sort((a, b) => a.deadlineMs - b.deadlineMs)[0];
        return {
          ...s,
          complete,
          status: lastExportAt ? ('exported' as const) : complete ? ('complete' as const) : ('collecting' as const),
          partyName: parties.current(s.id)?.name ?? null,
          nextDeadline: upcoming ? { at: upcoming.deadline, atMs: upcoming.deadlineMs, kind: upcoming.kind, number: upcoming.number } : null,
          lastExportAt,
          elements,
        };
      });
    },
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
    'map.forCase': async ({ caseId, radiusMeters }) => {
      cases.get(caseId);
      return caseMap(ws, caseId, radiusMeters);
    },
    'catalog.list': async () =>
      (await catalog()).map((i) => ({
        code: i.code,
        name: i.name,
        nameEn: i.nameEn,
        correctionOrderRequired: i.correctionOrderRequired,
        correctionDays: i.correctionDays,
        statementDays: i.rules.procedure.statementDays,
        penaltyText: i.penalty.text,
        tiers: i.tiers,
      })),
    'chain.get': async ({ caseId }) => (await chain()).verdict(caseId),
    'evidence.review': async ({ caseId, evidenceId, note, ...answers }) => reviews.review(caseId, reviews.resolveItem(caseId, evidenceId), { ...answers, note: note ?? null }),
    'evidence.reviewOf': async ({ evidenceId }) => ({ review: reviews.currentReview(evidenceId), meta: reviews.meta(evidenceId) }),
    'evidence.setMeta': async ({ caseId, evidenceId, ...changes }) => reviews.setMeta(caseId, reviews.resolveItem(caseId, evidenceId), changes),
    'notices.list': async ({ caseId }) => notices.list(caseId),
    'notices.add': async ({ caseId, kind, served, method, deadlineDays, consent, facts }) => {
      const item = (await chain()).itemFor(caseId);
      const days = deadlineDays ?? (kind === 'correction-order' ? item.correctionDays : item.rules.procedure.statementDays);
      return notices.add(caseId, { kind, served, method, deadlineDays: days, consent: consent ?? null, content: null, facts: facts ?? null });
    },
    'notices.statement': async ({ noticeId, received, note }) => notices.recordStatement(noticeId, received, note ?? null),
    'notices.noStatement': async ({ noticeId }) => notices.recordNoStatement(noticeId),
    'keys.info': async () => readKeyInfo(ws.dir),
    'keys.import': async ({ path, passphrase }) => {
      const info = await importKey(ws.dir, new Uint8Array(await readFile(path)), passphrase);
      ws.db.transaction(() => ws.audit.append(ws.settings.operator, 'key.import', 'workspace', { subject: info.subject, fingerprint: info.fingerprintSha256, testCertificate: info.testCertificate }));
      return info;
    },
    'keys.createTest': async ({ name, org, algorithm, passphrase }) => {
      const cert = await makeTestCertificate({ name, org, algorithm });
      const info = await importKey(ws.dir, await writeP12(cert.privateKey, [cert.certificate], passphrase, { friendlyName: name }), passphrase);
      // The workspace's own test certificate is trusted by its own reviewer screen, and nowhere else.
      await mkdir(join(ws.dir, 'trust'), { recursive: true });
      await writeFile(join(ws.dir, 'trust', `test-${info.fingerprintSha256.slice(0, 16)}.cer`), cert.certificate);
      ws.db.transaction(() => ws.audit.append(ws.settings.operator, 'key.import', 'workspace', { subject: info.subject, fingerprint: info.fingerprintSha256, testCertificate: true }));
      return info;
    },
    'casefile.export': async ({ caseId, passphrase, overrideIncomplete, package: withPackage }) => {
      cases.get(caseId);
      // Opened here, not in the job: a wrong passphrase is answered at once, where the handler typed it.
      const identity = await loadKey(ws.dir, passphrase);
      const items = await catalog();
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
      const fileName = `案卷-${caseId}-${stamp}.pdf`;
      const out = join(ws.dir, 'exports', fileName);
      const job = jobs.start('export', async (signal, update) => {
        const r = await exportCaseFile(ws, items, {
          signal,
          caseId,
          out,
          identity,
          overrideIncomplete: overrideIncomplete ?? null,
          packageTarget: withPackage ? out.replace(/\.pdf$/, '.zip') : null,
          onProgress: (step) => update({ exportStep: step }),
        });
        return { exportResult: { ...r, fileName } };
      });
      return { jobId: job.id };
    },
    'casefile.verify': async ({ path, trustDir }) => {
      const workspaceTrust = join(ws.dir, 'trust');
      const trust = trustDir ?? ((await stat(workspaceTrust).catch(() => null))?.isDirectory() ? workspaceTrust : undefined);
      const r = await verifyCaseFileOffline(new Uint8Array(await readFile(path)), trust);
      // From now on the reviewer's screen may show this file's originals (bridge.verifiedEvidenceUrl).
      rememberVerified(path);
      return { ok: r.ok, intact: r.intact, trusted: r.trusted, signer: r.signer, signingTime: r.signingTime, signingTimeSource: r.signingTimeSource, manifest: r.manifest, checks: r.checks };
    },
    'discretion.get': async ({ caseId }) => (await chain()).decision(caseId),
    'discretion.decide': async ({ caseId, accept, tierId, amountYuan, reason }) =>
      (await chain()).decideDiscretion(caseId, { accept, tierId: tierId ?? null, amountYuan: amountYuan ?? null, reason: reason ?? null }),
  };
}
