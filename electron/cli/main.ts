// `casechain`: the command line over the same services the desktop app uses. Command names, options and
// --json shapes are a contract other tools rely on (see README).

import { Command, Option } from 'commander';
import { defaultWorkspaceDir } from '../main/workspace/default-location';
import { Workspace } from '../main/workspace/workspace';
import { registerCaseCommands } from './commands/case';
import { registerImportCommands } from './commands/import';
import { registerInspectCommand } from './commands/inspect';
import { registerAuditCommands } from './commands/audit';
import { registerInitCommand } from './commands/init';
import { registerServeCommand } from './commands/serve';
import { registerPartyCommands } from './commands/party';
import { registerDataCommands } from './commands/data';
import { registerChainCommands } from './commands/chain';
import { registerDemoCommand } from './commands/demo';
import { registerExportCommand } from './commands/export';
import { registerKeysCommands } from './commands/keys';
import { registerVerifyCommand } from './commands/verify';
import { fail } from './output';

export interface CliContext {
  /** Opens (creating if needed) the selected workspace; says so on stderr when it had to create it. */
  openWorkspace(options?: { quietCreate?: boolean }): Promise<Workspace>;
  workspaceDir(): string;
}

export function buildProgram(): Command {
  const program = new Command('casechain')
    .description('CaseChain 证链 — evidence chains for off-site enforcement cases')
    .addOption(new Option('--workspace <dir>', 'workspace folder (default: CASECHAIN_WORKSPACE or the per-user data folder)'))
    .showHelpAfterError()
    .exitOverride();
  const ctx: CliContext = {
    workspaceDir: () => (program.opts<{ workspace?: string }>().workspace ?? defaultWorkspaceDir()),
    openWorkspace: (options) =>
      Workspace.open(ctx.workspaceDir(), (dir) => {
        if (!options?.quietCreate) process.stderr.write(`casechain: 已新建工作区 created a new workspace at ${dir}\n`);
      }),
  };
  registerInitCommand(program, ctx);
  registerCaseCommands(program, ctx);
  registerImportCommands(program, ctx);
  registerInspectCommand(program);
  registerAuditCommands(program, ctx);
  registerPartyCommands(program, ctx);
  registerDataCommands(program, ctx);
  registerChainCommands(program, ctx);
  registerKeysCommands(program, ctx);
  registerExportCommand(program, ctx);
  registerVerifyCommand(program);
  registerDemoCommand(program);
  registerServeCommand(program, ctx);
  return program;
}

export async function runCli(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return;
    if (typeof code === 'string' && code.startsWith('commander.')) process.exit(2);
    fail(err);
  }
}
