import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder, removed after the test run unless CASECHAIN_KEEP_TMP is set. */
export function tempDir(prefix = 'casechain-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => (process.env['CASECHAIN_KEEP_TMP'] ? undefined : rmSync(path, { recursive: true, force: true })) };
}
