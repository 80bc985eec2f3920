import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { verifyCaseFileOffline } from '../../main/verify/verify-with-rules';
import { printJson, printLine } from '../output';

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('verify a signed case file offline: signature, whole-file coverage, certificate, every evidence hash, the chain; exit 1 if anything fails')
    .argument('<file.pdf>', 'the case file')
    .option('--trust <dir>', 'folder of trusted certificates (.cer/.crt/.pem/.der)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { trust?: string; json?: boolean }) => {
      const bytes = new Uint8Array(await readFile(file));
      const r = await verifyCaseFileOffline(bytes, opts.trust);
      if (opts.json) printJson({ ok: r.ok, intact: r.intact, trusted: r.trusted, signer: r.signer, signingTime: r.signingTime, signingTimeSource: r.signingTimeSource, checks: r.checks });
      else {
        printLine(r.ok ? `✓ 核验通过 verified: ${file}` : `✗ 核验未通过 verification failed: ${file}`);
        for (const c of r.checks) printLine(`  ${c.ok ? '✓' : '✗'} ${c.message}`);
      }
      if (!r.ok) process.exitCode = 1;
    });
}
