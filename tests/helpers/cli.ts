// Runs the real `casechain` command (bin/casechain.mjs under plain Node) for adapter tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'casechain.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment every run starts from: nothing inherited that could pick a workspace. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['CASECHAIN_WORKSPACE'];
  return { ...env, ...extra };
}

export function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: cliEnv(env), timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command that must succeed, with nothing on stderr, and returns its parsed --json output. */
export function cliJson<T>(args: readonly string[], env: NodeJS.ProcessEnv = {}): T {
  const r = cli(args, env);
  // The one thing a successful command may say on stderr: that it created a workspace (so a typo shows).
  const stderr = r.stderr.replace(/^casechain: 已新建工作区 created a new workspace at .*\n/m, '');
  expect(stderr, `casechain ${args.join(' ')}`).toBe('');
  expect(r.status, `casechain ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as T;
}
