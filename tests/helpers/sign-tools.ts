// The independent checkers (Debian's poppler-utils pdfsig, qpdf, openssl), run when present, and OpenSSL-made
// keys and PKCS#12 files to check our reader against what another tool writes.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

export interface ToolRun {
  status: number | null;
  out: string;
}

export function run(command: string, args: string[]): ToolRun {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** pdfsig's report (poppler-utils), run without options: it checks the signature and names the certificate. */
export const pdfsig = (path: string): ToolRun => run('pdfsig', [path]);
export const qpdfCheck = (path: string): ToolRun => run('qpdf', ['--check', path]);

/** An OpenSSL key and self-signed certificate exported as PKCS#12 with OpenSSL 3's defaults (or -legacy). */
export function opensslP12(dir: string, algorithm: 'rsa' | 'ec', subject: string, passphrase: string, legacy = false): Uint8Array {
  const key = join(dir, `${algorithm}.key`);
  const crt = join(dir, `${algorithm}.crt`);
  const p12 = join(dir, `${algorithm}${legacy ? '-legacy' : ''}.p12`);
  const keyArgs = algorithm === 'rsa' ? ['-newkey', 'rsa:2048'] : ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  execFileSync('openssl', ['req', '-x509', ...keyArgs, '-nodes', '-keyout', key, '-out', crt, '-days', '30', '-subj', subject, '-utf8'], { stdio: 'pipe' });
  execFileSync('openssl', ['pkcs12', '-export', ...(legacy ? ['-legacy'] : []), '-inkey', key, '-in', crt, '-out', p12, '-passout', `pass:${passphrase}`], { stdio: 'pipe' });
  return new Uint8Array(readFileSync(p12));
}

/** An OpenSSL CA (EC P-256) and an RSA end-entity certificate it issued, the leaf exported as PKCS#12 with the CA
 * certificate included (`withChain`) or not. Returns the P12 and the CA certificate's path. */
export function opensslIssuedP12(dir: string, leafSubject: string, passphrase: string, withChain = true): { p12: Uint8Array; caCert: string } {
  const f = (name: string): string => join(dir, name);
  const ossl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'pipe' });
  ossl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.crt'), '-days', '30', '-utf8',
    '-subj', '/C=CN/O=测试认证中心/CN=测试根证书', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ossl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('leaf.key'), '-out', f('leaf.csr'), '-subj', leafSubject, '-utf8');
  writeFileSync(f('leaf.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n');
  ossl('x509', '-req', '-in', f('leaf.csr'), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('leaf.crt'), '-days', '10', '-extfile', f('leaf.ext'));
  ossl('pkcs12', '-export', '-inkey', f('leaf.key'), '-in', f('leaf.crt'), ...(withChain ? ['-certfile', f('ca.crt')] : []), '-out', f('leaf.p12'), '-passout', `pass:${passphrase}`);
  return { p12: new Uint8Array(readFileSync(f('leaf.p12'))), caCert: f('ca.crt') };
}

/** `openssl cms -verify` of a detached CMS over `content` (certificate chain not checked), and its -print dump. */
export function opensslCms(dir: string, cms: Uint8Array, content: Uint8Array): { verify: ToolRun; print: ToolRun } {
  // /Contents is zero-padded after the DER; give OpenSSL the DER alone.
  const der = cms.subarray(0, derLength(cms));
  writeFileSync(join(dir, 'sig.der'), der);
  writeFileSync(join(dir, 'content.bin'), content);
  return {
    verify: run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'content.bin'), '-noverify', '-out', '/dev/null']),
    print: run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', join(dir, 'sig.der')]),
  };
}

/** The length of the DER element at the start of `bytes` (tag, length and content). */
function derLength(bytes: Uint8Array): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (bytes[2 + i] ?? 0);
  return 2 + n + len;
}
