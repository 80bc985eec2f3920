// Cancelling an export: at whichever step the handler presses 取消导出, nothing is left behind — no PDF, no
// half-written package, no temporary file — and the audit log records no export. The same through the job
// runner as the UI uses it (start, then jobs.cancel).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/contract/envelope';
import { catalog } from '../../electron/main/chain/chain-service';
import { exportCaseFile } from '../../electron/main/casefile/export-service';
import type { ExportOptions } from '../../electron/main/casefile/export-service';
import { seedSampleIfNew } from '../../electron/main/sample/seed-sample';
import { createHandlers } from '../../electron/main/services/handlers';
import { loadKey } from '../../electron/main/signing/key-store';
import type { SigningIdentity } from '../../electron/main/signing/p12-read';
import { Workspace } from '../../electron/main/workspace/workspace';
import { tempDir } from '../helpers/temp';

const PASSPHRASE = 'cancel-test';
let tmp: ReturnType<typeof tempDir>;
let ws: Workspace;
let caseId: string;
let identity: SigningIdentity;
let handlers: ReturnType<typeof createHandlers>;

const exportsDir = (): string => join(ws.dir, 'exports');
const leftovers = (): string[] => {
  try {
    return readdirSync(exportsDir());
  } catch {
    return [];
  }
};
const exportEntries = (): number => ws.audit.list(`case:${caseId}`).filter((e) => e.action === 'casefile.export').length;

beforeAll(async () => {
  tmp = tempDir('casechain-export-cancel-');
  ws = await Workspace.open(join(tmp.path, 'ws'));
  caseId = (await seedSampleIfNew(ws)).caseId as string;
  handlers = createHandlers(ws);
  await handlers['keys.createTest']({ name: '张三（测试）', org: '椒江区综合行政执法局', algorithm: 'ec', passphrase: PASSPHRASE });
  identity = await loadKey(ws.dir, PASSPHRASE);
}, 120_000);
afterAll(() => {
  ws.close();
  tmp.cleanup();
});

type Step = Parameters<NonNullable<ExportOptions['onProgress']>>[0];

describe('export cancel', () => {
  it.each<Step>(['assembling', 'laying-out', 'signing', 'writing', 'packaging'])('cancelled at “%s” leaves no file and no audit entry', async (step) => {
    const before = exportEntries();
    const controller = new AbortController();
    const out = join(exportsDir(), `cancel-${step}.pdf`);
    const run = exportCaseFile(ws, await catalog(), {
      caseId,
      out,
      identity,
      overrideIncomplete: null,
      packageTarget: out.replace(/\.pdf$/, '.zip'),
      signal: controller.signal,
      onProgress: (s) => {
        if (s === step) controller.abort(new AppError('cancelled', '已取消 (cancelled)'));
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(leftovers().filter((f) => f.includes(`cancel-${step}`))).toEqual([]);
    expect(leftovers().filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(exportEntries()).toBe(before);
  }, 60_000);

  it('the same export not cancelled writes its PDF and package and logs them once', async () => {
    const before = exportEntries();
    const out = join(exportsDir(), 'not-cancelled.pdf');
    const r = await exportCaseFile(ws, await catalog(), { caseId, out, identity, overrideIncomplete: null, packageTarget: out.replace(/\.pdf$/, '.zip'), signal: new AbortController().signal });
    expect(r.pdf).toBe(out);
    expect(leftovers()).toEqual(expect.arrayContaining(['not-cancelled.pdf', 'not-cancelled.zip']));
    expect(exportEntries()).toBe(before + 1);
  }, 60_000);

  it('jobs.cancel on a running export job ends it as cancelled with nothing written', async () => {
    const filesBefore = leftovers().length;
    const before = exportEntries();
    const { jobId } = await handlers['casefile.export']({ caseId, passphrase: PASSPHRASE, overrideIncomplete: null, package: true });
    await handlers['jobs.cancel']({ jobId });
    let status = await handlers['jobs.get']({ jobId });
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      status = await handlers['jobs.get']({ jobId });
    }
    expect(status.state).toBe('cancelled');
    expect(status.exportResult).toBeNull();
    expect(leftovers().length).toBe(filesBefore);
    expect(exportEntries()).toBe(before);
  }, 60_000);
});
