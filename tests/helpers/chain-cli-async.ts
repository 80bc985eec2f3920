// Runs `casechain` commands without blocking the test process, so that the chain scenarios (each one in its own
// workspace) are built side by side. Two ways, with the same result shape:
//
// - `cliSpawn`: a separate process per command, exactly as a user runs bin/casechain.mjs (same environment rules
//   as ./cli.ts). Used for the commands whose output a test asserts on.
// - `cliAsync`: through a small pool of long-lived CLI servers (./chain-cli-server.ts) that call the same runCli()
//   per command. Used for building the cases. CHAIN_CLI_SPAWN=1 makes it spawn a process per command too.
import { fork, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, cliEnv } from './cli';
import type { CliRun } from './cli';

export interface ChainCliRun extends CliRun {
  args: readonly string[];
}

// A few more commands in flight than there are cores keeps the cores busy without thrashing.
const LIMIT = Number(process.env['CHAIN_CLI_PARALLEL'] ?? availableParallelism() + 1);
const SPAWN_ALWAYS = process.env['CHAIN_CLI_SPAWN'] === '1';

/** How many commands were run, and how many of them as separate processes (for the timings a test prints). */
export const counts = { commands: 0, spawned: 0 };

let running = 0;
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

/** One separate `casechain` process, as a user would run it. */
export function cliSpawn(args: readonly string[]): Promise<ChainCliRun> {
  counts.commands += 1;
  counts.spawned += 1;
  return slot(() => spawnCli(args));
}

/** One command, through an idle CLI server (or a process of its own with CHAIN_CLI_SPAWN=1). */
export function cliAsync(args: readonly string[]): Promise<ChainCliRun> {
  if (SPAWN_ALWAYS) return cliSpawn(args);
  counts.commands += 1;
  return slot(async () => {
    const server = idle.pop() ?? startServer();
    try {
      return await server.run(args);
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) idle.push(server);
    }
  });
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

interface Server {
  child: ChildProcess;
  run(args: readonly string[]): Promise<ChainCliRun>;
}

const idle: Server[] = [];
const started: ChildProcess[] = [];

function startServer(): Server {
  const child = fork(join(ROOT, 'tests', 'helpers', 'chain-cli-server.ts'), [], {
    cwd: ROOT,
    env: cliEnv(),
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  started.push(child);
  let nextId = 0;
  const pending = new Map<number, (r: { status: number; stdout: string; stderr: string }) => void>();
  child.on('message', (m: { id?: number; status: number; stdout: string; stderr: string }) => {
    if (m.id === undefined) return; // "ready"
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`chain CLI server ${String(child.pid)} exited (${String(code)})`))));
  died.catch(() => undefined);
  return {
    child,
    run: (args) => {
      const id = ++nextId;
      const answer = new Promise<ChainCliRun>((resolve) => pending.set(id, (r) => resolve({ args, ...r })));
      child.send({ id, args: [...args] });
      return Promise.race([answer, died]);
    },
  };
}

/** Ends the CLI servers this module started (each by its own process id). */
export async function stopCliServers(): Promise<void> {
  await Promise.all(
    started.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill();
        }),
    ),
  );
  idle.splice(0);
}

const CREATED = /^casechain: 已新建工作区 created a new workspace at .*\n/m;

function checked(r: ChainCliRun): string {
  const stderr = r.stderr.replace(CREATED, '');
  if (r.status !== 0 || stderr !== '') {
    throw new Error(`casechain ${r.args.join(' ')} → exit ${String(r.status)}\n${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

/** Runs a command that must succeed with nothing on stderr; returns its stdout. Throws, naming the command, otherwise. */
export async function cliOk(args: readonly string[], opts: { spawn?: boolean } = {}): Promise<string> {
  return checked(await (opts.spawn ? cliSpawn(args) : cliAsync(args)));
}

/** Runs a command that must succeed and returns its parsed --json output. */
export async function cliOkJson<T>(args: readonly string[], opts: { spawn?: boolean } = {}): Promise<T> {
  return JSON.parse(await cliOk(args, opts)) as T;
}
