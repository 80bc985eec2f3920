// A fixture that gives each test its own workspace and its own `casechain serve`, and stops both afterwards.
// `test.use({ sample: false })` starts with an empty workspace instead of the bundled sample case;
// `test.use({ sampleData: false })` keeps the sample case but leaves the sample departments' datasets out, for
// tests that import them through the UI. `test.use({ prepare: { run } })` runs `run` before the host starts, with the workspace
// and scratch folders, e.g. to fill the workspace with the CLI.

import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SAMPLE_CAPTURES = join(REPO_ROOT, 'resources', 'sample', 'captures');
export const SAMPLE_DATA = join(REPO_ROOT, 'resources', 'sample', 'data');
export const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');

export interface Host {
  /** The page URL with ?token=, as the host printed it. */
  url: string;
  origin: string;
  token: string;
  workspace: string;
  /** A scratch folder for files a test makes (removed with the workspace). */
  scratch: string;
}

const URL_LINE = /CaseChain UI: (http:\/\/127\.0\.0\.1:\d+\/\?token=([0-9a-f]+))/;
const START_TIMEOUT_MS = 30_000;

function waitForUrl(child: ChildProcess): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`casechain serve printed no URL within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const fail = (e: Error): void => {
      clearTimeout(timer);
      reject(new Error(`${e.message}\nstdout:\n${out}\nstderr:\n${err}`));
    };
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const m = URL_LINE.exec(out);
      if (m?.[1] && m[2]) {
        clearTimeout(timer);
        resolve({ url: m[1], token: m[2] });
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`casechain serve exited early (code ${code}, signal ${signal})`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** In an object: Playwright would take a bare function for a fixture of its own. */
export interface Prepare {
  run: (folders: { workspace: string; scratch: string }) => Promise<void>;
}

export const test = base.extend<{ sample: boolean; sampleData: boolean; prepare: Prepare | null; host: Host }>({
  sample: [true, { option: true }],
  sampleData: [true, { option: true }],
  prepare: [null, { option: true }],
  host: async ({ sample, sampleData, prepare }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'casechain-e2e-'));
    const workspace = join(root, 'workspace');
    const scratch = join(root, 'scratch');
    if (prepare) {
      try {
        await prepare.run({ workspace, scratch });
      } catch (err) {
        await rm(root, { recursive: true, force: true });
        throw err;
      }
    }
    const seeding = sample ? (sampleData ? [] : ['--no-sample-data']) : ['--no-sample'];
    const args = ['bin/casechain.mjs', '--workspace', workspace, 'serve', '--port', '0', ...seeding];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
    try {
      const { url, token } = await waitForUrl(child);
      await use({ url, token, origin: new URL(url).origin, workspace, scratch });
    } finally {
      await stop(child);
      await rm(root, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
