import type { Command } from 'commander';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerInitCommand(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('create (or update) a workspace: operator name and time zone')
    .option('--operator <name>', 'who is working: recorded in every audit entry')
    .option('--zone <iana>', 'zone assumed for captures that recorded none', 'Asia/Shanghai')
    .option('--json', 'print JSON')
    .action(async (opts: { operator?: string; zone: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace({ quietCreate: true });
      try {
        const settings = ws.updateSettings({ zone: opts.zone, ...(opts.operator ? { operator: opts.operator } : {}) });
        if (opts.json) printJson({ workspace: ws.dir, ...settings });
        else printLine(`工作区 workspace: ${ws.dir}\n操作员 operator: ${settings.operator}\n时区 zone: ${settings.zone}`);
      } finally {
        ws.close();
      }
    });
}
