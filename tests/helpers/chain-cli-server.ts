// A long-lived `casechain`: started once with `node --import tsx`, it runs command after command through the
// same runCli() that bin/casechain.mjs calls, sent over IPC, and answers with what a separate process would have
// given: exit status, stdout and stderr. Each casechain process spends ~0.6 s loading its modules before doing
// ~50 ms of work, so for the hundred-odd commands of the chain scenarios this saves minutes. One command at a
// time per server (the pool in ./chain-cli-async.ts sees to that), since stdout, stderr and exit are patched
// for the duration of a command.
import { runCli } from '../../electron/cli/main';

interface Request {
  id: number;
  args: string[];
}

class Exit {
  constructor(readonly code: number) {}
}

const text = (chunk: unknown): string => (typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const { write: outWrite } = process.stdout;
  const { write: errWrite } = process.stderr;
  const realExit = process.exit;
  process.stdout.write = ((chunk: unknown) => ((stdout += text(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => ((stderr += text(chunk)), true)) as typeof process.stderr.write;
  // The CLI ends a failed command with process.exit(code); here that must end the command, not the server.
  process.exit = ((code?: number) => {
    throw new Exit(code ?? 0);
  }) as typeof process.exit;
  let status = 0;
  try {
    await runCli(args);
  } catch (err) {
    if (err instanceof Exit) status = err.code;
    else {
      stderr += `chain-cli-server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
      status = 1;
    }
  } finally {
    process.stdout.write = outWrite;
    process.stderr.write = errWrite;
    process.exit = realExit;
  }
  if (status === 0 && typeof process.exitCode === 'number') status = process.exitCode;
  process.exitCode = undefined;
  return { status, stdout, stderr };
}

process.on('message', (msg: Request) => {
  void run(msg.args).then((r) => process.send?.({ id: msg.id, ...r }));
});
process.send?.({ ready: true });
