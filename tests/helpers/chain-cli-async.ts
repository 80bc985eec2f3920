// Runs the real `casechain` command without blocking the test process, so that the chain scenarios (each one a
// separate workspace) can be built side by side. Same environment rules as ./cli.ts.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { BIN, ROOT, cliEnv } from './cli';
import type { CliRun } from './cli';

export interface ChainCliRun extends CliRun {
  args: readonly string[];
}

// Each command is a Node process that spends most of its ~0.6 s starting up: a few more in flight than there are
// cores keeps the cores busy without thrashing.
const LIMIT = Number(process.env['CHAIN_CLI_PARALLEL'] ?? availableParallelism() + 1);
let running = 0;
/** How many commands this process has run, for the timings a test may print. */
export let commandsRun = 0;
const waiting: (() => void)[] = [];

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  // A finished command hands its slot straight to the next one waiting, so `running` never exceeds LIMIT.
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export function cliAsync(args: readonly string[]): Promise<ChainCliRun> {
  commandsRun += 1;
  return slot(() => spawnCli(args));
}

function spawnCli(args: readonly string[]): Promise<ChainCliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ args, status, stdout, stderr });
    });
  });
}

const CREATED = /^casechain: 已新建工作区 created a new workspace at .*\n/m;

/** Runs a command that must succeed with nothing on stderr; returns its stdout. Throws, naming the command, otherwise. */
export async function cliOk(args: readonly string[]): Promise<string> {
  const r = await cliAsync(args);
  const stderr = r.stderr.replace(CREATED, '');
  if (r.status !== 0 || stderr !== '') {
    throw new Error(`casechain ${args.join(' ')} → exit ${String(r.status)}\n${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

/** Runs a command that must succeed and returns its parsed --json output. */
export async function cliOkJson<T>(args: readonly string[]): Promise<T> {
  return JSON.parse(await cliOk(args)) as T;
}
