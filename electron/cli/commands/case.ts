import type { Command } from 'commander';
import { ChainService, catalog } from '../../main/chain/chain-service';
import { CaseService } from '../../main/services/case-service';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerCaseCommands(program: Command, ctx: CliContext): void {
  const cmd = program.command('case').description('cases 案件');
  cmd
    .command('new')
    .description('open a new case; prints its id')
    .requiredOption('--title <text>', 'case title, e.g. the cause and place')
    .option('--type <code>', 'violation catalogue code')
    .option('--json', 'print {"id": ...}')
    .action(async (opts: { title: string; type?: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const created = new CaseService(ws).create(opts.title, opts.type ?? null);
        if (opts.json) printJson({ id: created.id });
        else printLine(created.id);
      } finally {
        ws.close();
      }
    });
  cmd
    .command('list')
    .description('list cases, newest first')
    .option('--json', 'print [{"id","title","type","createdAt"}]')
    .action(async (opts: { json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const cases = new CaseService(ws).list();
        const chain = new ChainService(ws, await catalog());
        const complete = (id: string): boolean => {
          try {
            return chain.verdict(id).complete;
          } catch {
            return false; // no catalogue item: a chain cannot be judged, so it is not complete
          }
        };
        if (opts.json) printJson(cases.map((c) => ({ id: c.id, title: c.title, type: c.type, createdAt: c.createdAt, evidenceCount: c.evidenceCount, complete: complete(c.id) })));
        else for (const c of cases) printLine(`${c.id}\t${c.createdAt}\t${c.evidenceCount} 件证据\t${complete(c.id) ? '证据链完整' : '证据链不完整'}\t${c.title}`);
      } finally {
        ws.close();
      }
    });
}
