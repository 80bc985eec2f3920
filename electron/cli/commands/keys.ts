import { Option } from 'commander';
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { describeCertificate } from '../../main/signing/certificate-info';
import { importKey } from '../../main/signing/key-store';
import { writeP12 } from '../../main/signing/p12-write';
import { makeTestCertificate } from '../../main/signing/test-certificate';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';
import { passphraseFrom } from './passphrase';

export function registerKeysCommands(program: Command, ctx: CliContext): void {
  const keys = program.command('keys').description('signing keys and certificates 签名证书');
  keys
    .command('test-cert')
    .description('make a self-signed TEST certificate (marked 测试证书, no legal effect) as a PKCS#12 file')
    .option('--name <text>', 'signer (CN)', '测试签名人')
    .option('--org <text>', 'organisation (O)', '测试单位')
    .addOption(new Option('--algorithm <alg>', 'key type').choices(['rsa', 'ec']).default('rsa'))
    .requiredOption('--out <file.p12>', 'where to write the PKCS#12 file')
    .requiredOption('--passphrase-env <VAR>', 'environment variable holding the passphrase for the file')
    .option('--json', 'print JSON')
    .action(async (opts: { name: string; org: string; algorithm: 'rsa' | 'ec'; out: string; passphraseEnv: string; json?: boolean }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv, 'keys test-cert');
      const cert = await makeTestCertificate({ name: opts.name, org: opts.org, algorithm: opts.algorithm });
      await writeFile(opts.out, await writeP12(cert.privateKey, [cert.certificate], passphrase, { friendlyName: opts.name }), { mode: 0o600 });
      const info = describeCertificate(cert.certificate);
      if (opts.json) printJson({ p12: opts.out, ...info });
      else printLine(`测试证书 test certificate: ${opts.out}\n  ${info.subject}\n  SHA-256 ${info.fingerprintSha256}`);
    });
  keys
    .command('import')
    .description('import a PKCS#12 (.p12/.pfx) signing certificate into the workspace (kept encrypted by its passphrase)')
    .argument('<file.p12>', 'the PKCS#12 file')
    .requiredOption('--passphrase-env <VAR>', 'environment variable holding its passphrase')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { passphraseEnv: string; json?: boolean }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv, 'keys import');
      const ws = await ctx.openWorkspace();
      try {
        const info = await importKey(ws.dir, new Uint8Array(await readFile(file)), passphrase);
        const { operator } = ws.settings;
        ws.db.transaction(() => ws.audit.append(operator, 'key.import', 'workspace', { subject: info.subject, fingerprint: info.fingerprintSha256, testCertificate: info.testCertificate }));
        if (opts.json) printJson(info);
        else printLine(`已导入签名证书 imported: ${info.subject}\n  SHA-256 ${info.fingerprintSha256}${info.testCertificate ? '\n  测试证书，不具法律效力' : ''}`);
      } finally {
        ws.close();
      }
    });
}
