import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { RecordService } from '../../main/data/record-service';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerDataCommands(program: Command, ctx: CliContext): void {
  const cmd = program.command('data').description('inter-department datasets 部门数据');
  cmd
    .command('list')
    .description('dataset versions with their provenance')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const versions = new RecordService(ws).versions();
        if (opts.json) return printJson(versions);
        for (const v of versions) {
          printLine(`${v.current ? '*' : ' '} ${v.id}\t${v.fileName}\t导出 ${v.exportedOn ?? '?'}\t${v.imported}/${v.rows} 行\t拒收 ${v.rejected}\tSHA-256 ${v.fileSha256.slice(0, 16)}…`);
        }
      } finally {
        ws.close();
      }
    });
  cmd
    .command('problems')
    .description('the rejected and doubtful rows of a dataset version')
    .requiredOption('--version <id>', 'dataset version id, e.g. merchant:某部门@1')
    .option('--csv <file>', 'write them as CSV')
    .option('--json', 'print JSON')
    .action(async (opts: { version: string; csv?: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const records = new RecordService(ws);
        if (opts.csv) await writeFile(opts.csv, records.problemsCsv(opts.version));
        const problems = records.problems(opts.version);
        if (opts.json) printJson(problems);
        else for (const p of problems) printLine(`第 ${p.row} 行 [${p.field}] ${p.severity === 'reject' ? '拒收' : '存疑'}：${p.reason}`);
      } finally {
        ws.close();
      }
    });
  cmd
    .command('search')
    .description('search current records by name, address or key (personal data masked)')
    .argument('<query>', 'text to find')
    .option('--kind <kind>', 'only this kind')
    .option('--json', 'print JSON')
    .action(async (query: string, opts: { kind?: 'business' | 'merchant' | 'vehicle' | 'grid' | 'camera'; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const found = new RecordService(ws).search(query, opts.kind ?? null, 100);
        if (opts.json) printJson(found);
        else for (const r of found) printLine(`${r.ref}\t${r.kind}\t${r.key}\t${r.name}\t${r.address ?? ''}`);
      } finally {
        ws.close();
      }
    });
}
