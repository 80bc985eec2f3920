import type { Command } from 'commander';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ChainService, catalog } from '../../main/chain/chain-service';
import { exportCaseFile } from '../../main/casefile/export-service';
import { seedSampleIfNew } from '../../main/sample/seed-sample';
import { importKey, loadKey } from '../../main/signing/key-store';
import { writeP12 } from '../../main/signing/p12-write';
import { makeTestCertificate } from '../../main/signing/test-certificate';
import { verifyCaseFileOffline } from '../../main/verify/verify-with-rules';
import { Workspace } from '../../main/workspace/workspace';
import { printJson, printLine } from '../output';

/** The whole pipeline on the bundled sample, on a machine with no display and no Electron binary. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('run the whole pipeline on the bundled sample: workspace, data, captures, reviews, notices, chain, signed PDF (test certificate), verification')
    .requiredOption('--out <dir>', 'folder for the demo workspace and its outputs (replaced)')
    .option('--algorithm <alg>', 'test key type: rsa or ec', 'rsa')
    .option('--json', 'print JSON')
    .action(async (opts: { out: string; algorithm: string; json?: boolean }) => {
      const out = resolve(opts.out);
      await rm(out, { recursive: true, force: true });
      await mkdir(join(out, 'trust'), { recursive: true });
      const ws = await Workspace.open(join(out, 'workspace'));
      try {
        const { caseId } = await seedSampleIfNew(ws);
        const id = caseId as string;
        const verdict = new ChainService(ws, await catalog()).verdict(id);
        // A throwaway passphrase: the demo's key protects nothing, and none is left in any file.
        const passphrase = randomBytes(12).toString('hex');
        const cert = await makeTestCertificate({ name: '张三（测试）', org: '台州市椒江区综合行政执法局', algorithm: opts.algorithm === 'ec' ? 'ec' : 'rsa' });
        await writeFile(join(out, 'test-signer.p12'), await writeP12(cert.privateKey, [cert.certificate], passphrase));
        await writeFile(join(out, 'trust', 'test-signer.cer'), cert.certificate);
        await importKey(ws.dir, new Uint8Array(await readFile(join(out, 'test-signer.p12'))), passphrase);
        const pdf = join(out, `案卷-${id}.pdf`);
        const exported = await exportCaseFile(ws, await catalog(), { caseId: id, out: pdf, identity: await loadKey(ws.dir, passphrase), overrideIncomplete: null, packageTarget: join(out, `案卷-${id}.zip`) });
        const verified = await verifyCaseFileOffline(new Uint8Array(await readFile(pdf)), join(out, 'trust'));
        if (opts.json) {
          printJson({ workspace: ws.dir, case: id, complete: verdict.complete, pdf, sha256: exported.sha256, pages: exported.pages, package: exported.package, verified: verified.ok, checks: verified.checks.map((c) => ({ id: c.id, ok: c.ok, message: c.message })) });
        } else {
          printLine(`工作区 workspace: ${ws.dir}`);
          printLine(`案件 case: ${id}（证据链${verdict.complete ? '完整' : '不完整'}）`);
          printLine(`案卷 PDF: ${pdf}（${exported.pages} 页，SHA-256 ${exported.sha256}）`);
          printLine(`数据包 package: ${exported.package}`);
          printLine(`核验 verification (trusting ${join(out, 'trust')}): ${verified.ok ? '通过 PASSED' : '未通过 FAILED'}`);
          for (const c of verified.checks) printLine(`  ${c.ok ? '✓' : '✗'} ${c.message}`);
        }
        if (!verified.ok) process.exitCode = 1;
      } finally {
        ws.close();
      }
    });
}
