import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { catalog } from '../../main/chain/chain-service';
import { exportCaseFile } from '../../main/casefile/export-service';
import { loadKey } from '../../main/signing/key-store';
import { readP12 } from '../../main/signing/p12-read';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';
import { passphraseFrom } from './passphrase';

export function registerExportCommand(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('the signed PDF case file 案卷 (PAdES B-B), with the originals and a manifest inside')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .option('--p12 <file.p12>', 'sign with this PKCS#12 file (default: the workspace\'s imported key)')
    .option('--passphrase-env <VAR>', 'environment variable holding the passphrase')
    .option('--package <dir|file.zip>', 'also write the PDF, manifest and originals as a folder or ZIP')
    .option('--override-incomplete <reason>', 'export an incomplete case anyway; the reason is printed on the summary page')
    .option('--timestamp-url <url>', 'an RFC 3161 timestamp authority')
    .option('--json', 'print {"pdf","sha256","signer","complete","warnings"}')
    .action(async (opts: { case: string; out: string; p12?: string; passphraseEnv?: string; package?: string; overrideIncomplete?: string; timestampUrl?: string; json?: boolean }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv, 'export');
      const ws = await ctx.openWorkspace();
      try {
        const identity = opts.p12 ? await readP12(new Uint8Array(await readFile(opts.p12)), passphrase) : await loadKey(ws.dir, passphrase);
        const r = await exportCaseFile(ws, await catalog(), {
          caseId: opts.case,
          out: opts.out,
          identity,
          overrideIncomplete: opts.overrideIncomplete ?? null,
          packageTarget: opts.package ?? null,
          ...(opts.timestampUrl ? { timestampUrl: opts.timestampUrl } : {}),
        });
        if (opts.json) printJson({ pdf: r.pdf, sha256: r.sha256, signer: r.signer.subject, signerFingerprint: r.signer.fingerprintSha256, complete: r.complete, warnings: r.warnings, pages: r.pages, package: r.package });
        else {
          printLine(`案卷 case file: ${r.pdf} (${r.pages} 页)\n  SHA-256 ${r.sha256}\n  签名人 signer: ${r.signer.subject}`);
          for (const w of r.warnings) printLine(`  ! ${w}`);
        }
      } finally {
        ws.close();
      }
    });
}
