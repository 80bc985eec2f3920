// The workspace's signing key: the PKCS#12 file exactly as imported (it is already encrypted with its passphrase)
// in <workspace>/keys/signing.p12, readable by the owner only, beside signing.json describing the certificate. The
// passphrase is never stored; it is asked for each time a case file is signed.

import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeCertificate } from './certificate-info';
import type { CertificateInfo } from './certificate-info';
import { readP12 } from './p12-read';
import type { KeyAlgorithm, SigningIdentity } from './p12-read';
import { SigningError } from './signing-error';

export interface StoredKeyInfo extends CertificateInfo {
  algorithm: KeyAlgorithm;
  importedAt: string;
}

const KEYS_DIR = 'keys';
const P12_FILE = 'signing.p12';
const INFO_FILE = 'signing.json';

function paths(wsDir: string): { dir: string; p12: string; info: string } {
  const dir = join(wsDir, KEYS_DIR);
  return { dir, p12: join(dir, P12_FILE), info: join(dir, INFO_FILE) };
}

async function writeAtomically(path: string, data: Uint8Array | string, mode: number): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data, { mode });
  await chmod(temp, mode); // the umask may have narrowed or the file may have existed
  await rename(temp, path);
}

/**
 * Checks the file opens with the passphrase, then keeps it (replacing any earlier key).
 * @throws SigningError from readP12 when the file or passphrase is wrong; nothing is stored then
 */
export async function importKey(wsDir: string, p12Bytes: Uint8Array, passphrase: string): Promise<StoredKeyInfo> {
  const identity = await readP12(p12Bytes, passphrase);
  const [certificate] = identity.chain;
  if (!certificate) throw new SigningError('no-certificate', '证书文件中没有证书 (the file holds no certificate)');
  const info: StoredKeyInfo = { ...describeCertificate(certificate), algorithm: identity.algorithm, importedAt: new Date().toISOString() };
  const p = paths(wsDir);
  await mkdir(p.dir, { recursive: true, mode: 0o700 });
  await writeAtomically(p.p12, p12Bytes, 0o600);
  await writeAtomically(p.info, `${JSON.stringify(info, null, 2)}\n`, 0o600);
  return info;
}

/** The stored certificate's description, without the passphrase; null when no key was imported. */
export async function readKeyInfo(wsDir: string): Promise<StoredKeyInfo | null> {
  try {
    return JSON.parse(await readFile(paths(wsDir).info, 'utf8')) as StoredKeyInfo;
  } catch {
    return null;
  }
}

/**
 * Opens the stored key with its passphrase.
 * @throws SigningError no-key-stored, wrong-passphrase, or key-store-mismatch when signing.p12 is not the file
 *   signing.json describes (replaced behind the app's back)
 */
export async function loadKey(wsDir: string, passphrase: string): Promise<SigningIdentity & { info: StoredKeyInfo }> {
  const p = paths(wsDir);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(p.p12));
  } catch {
    throw new SigningError('no-key-stored', '尚未导入签名证书，请先导入 .p12/.pfx 证书文件 (no signing certificate imported yet)');
  }
  const identity = await readP12(bytes, passphrase);
  const [certificate] = identity.chain;
  const info = await readKeyInfo(wsDir);
  const actual = certificate ? describeCertificate(certificate) : null;
  if (!info || !actual || info.fingerprintSha256 !== actual.fingerprintSha256) {
    throw new SigningError('key-store-mismatch', '签名证书文件与记录不符，请重新导入证书 (the stored certificate does not match its record; import it again)');
  }
  return { ...identity, info };
}
