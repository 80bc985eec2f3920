// The reviewer's trust folder: certificates they have decided to trust (a CA's root, or a bureau's own test
// certificate), as .cer/.crt/.pem/.der files, PEM files possibly holding several.

import { X509Certificate } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

const EXTENSIONS = new Set(['.cer', '.crt', '.pem', '.der']);
const PEM = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

export interface TrustStore {
  certificates: X509Certificate[];
  /** Files that could not be read as certificates, with why. */
  skipped: { file: string; reason: string }[];
}

export async function loadTrustStore(dir: string): Promise<TrustStore> {
  const store: TrustStore = { certificates: [], skipped: [] };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    store.skipped.push({ file: dir, reason: error instanceof Error ? error.message : String(error) });
    return store;
  }
  for (const name of names.sort()) {
    if (!EXTENSIONS.has(extname(name).toLowerCase())) continue;
    try {
      const bytes = await readFile(join(dir, name));
      const text = bytes.toString('latin1');
      const blocks = [...text.matchAll(PEM)].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'));
      for (const der of blocks.length > 0 ? blocks : [bytes]) store.certificates.push(new X509Certificate(der));
    } catch (error) {
      store.skipped.push({ file: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return store;
}
