import type { Command } from 'commander';
import { ImportService } from '../../main/ingest/import-service';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerImportCommands(program: Command, ctx: CliContext): void {
  const cmd = program.command('import').description('import evidence into a case');
  cmd
    .command('photos')
    .description('import camera captures (files or folders, recursively): JPEG, HEIC/HEIF, TIFF, PNG, MP4/MOV')
    .requiredOption('--case <id>', 'case id')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print {"imported","duplicates","rejected":[{"path","reason"}]}')
    .action(async (paths: string[], opts: { case: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      const controller = new AbortController();
      // Ctrl-C stops after the files in flight; what was imported stays imported.
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      try {
        let lastPrint = 0;
        const summary = await new ImportService(ws).importPaths(opts.case, paths, {
          signal: controller.signal,
          onProgress: (p) => {
            if (opts.json || !process.stderr.isTTY || Date.now() - lastPrint < 200) return;
            lastPrint = Date.now();
            process.stderr.write(`\r${p.filesDone}/${p.filesTotal} files, ${(p.bytesDone / 1e6).toFixed(1)}/${(p.bytesTotal / 1e6).toFixed(1)} MB`);
          },
        });
        if (opts.json) {
          printJson({ imported: summary.imported, duplicates: summary.duplicates, rejected: summary.rejected, cancelled: summary.cancelled });
        } else {
          if (process.stderr.isTTY) process.stderr.write('\n');
          printLine(`导入 imported: ${summary.imported}  重复 duplicates: ${summary.duplicates}  拒绝 rejected: ${summary.rejected.length}`);
          for (const r of summary.rejected) printLine(`  ✗ ${r.path}: ${r.reason}`);
        }
      } finally {
        process.off('SIGINT', onSigint);
        ws.close();
      }
    });
}
