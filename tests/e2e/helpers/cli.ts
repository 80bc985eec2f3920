// The CLI, run against a test's workspace (to fill it before the host starts, or to read its audit log).

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from './host';

const run = promisify(execFile);

/** Runs `casechain --workspace <workspace> ...args` and returns its stdout; a non-zero exit rejects. */
export async function cli(workspace: string, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/casechain.mjs', '--workspace', workspace, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, TZ: 'UTC', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
