import type { Command } from 'commander';
import { describeAuditProblem } from '../../core/audit/audit-chain';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerAuditCommands(program: Command, ctx: CliContext): void {
  const cmd = program.command('audit').description('the hash-chained audit log 审计日志');
  cmd
    .command('verify')
    .description('check that no audit entry was edited, deleted or reordered; exit 1 if one was')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const v = ws.audit.verify();
        const problems = v.problems.map((p) => ({ ...p, ...describeAuditProblem(p) }));
        if (opts.json) printJson({ ok: v.ok, entries: v.entries, headHash: v.headHash, problems });
        else {
          printLine(v.ok ? `审计日志完整 audit log intact: ${v.entries} entries, head ${v.headHash}` : '审计日志被篡改 audit log tampered:');
          for (const p of problems) printLine(`  ✗ ${p.zh} / ${p.en}`);
        }
        if (!v.ok) process.exitCode = 1;
      } finally {
        ws.close();
      }
    });
  cmd
    .command('list')
    .description('print the audit entries (of one case with --case)')
    .option('--case <id>', 'only this case')
    .option('--json', 'print JSON')
    .action(async (opts: { case?: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const entries = ws.audit.list(opts.case ? `case:${opts.case}` : null);
        if (opts.json) printJson(entries);
        else for (const e of entries) printLine(`${e.seq}\t${e.at}\t${e.actor}\t${e.action}\t${e.subject ?? ''}`);
      } finally {
        ws.close();
      }
    });
}
