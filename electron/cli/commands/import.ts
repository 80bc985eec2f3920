import { Option } from 'commander';
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { DATASET_KINDS } from '../../core/data/dataset-kinds';
import type { DatasetKind } from '../../core/data/dataset-kinds';
import { CRS_NAMES } from '../../main/data/crs';
import type { CrsName } from '../../main/data/crs';
import { importDataset } from '../../main/data/dataset-import';
import type { EncodingChoice } from '../../main/data/read-table';
import { RecordService } from '../../main/data/record-service';
import { ImportService } from '../../main/ingest/import-service';
import type { CliContext } from '../main';
import { AppError } from '../../contract/envelope';
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

  cmd
    .command('data')
    .description('import an inter-department dataset (CSV in UTF-8/GBK/GB18030, XLSX, JSON, GeoJSON) as a new version')
    .addOption(new Option('--kind <kind>', 'what the file holds').choices([...DATASET_KINDS]).makeOptionMandatory())
    .addOption(new Option('--crs <crs>', 'coordinate system of the file').choices([...CRS_NAMES]).default('wgs84'))
    .addOption(new Option('--encoding <encoding>', 'text encoding of a CSV/JSON file').choices(['auto', 'utf8', 'gb18030']).default('auto'))
    .option('--department <text>', 'the department the data came from (来源部门)')
    .option('--exported <YYYY-MM-DD>', 'the date the department exported it')
    .option('--rejected-csv <file>', 'also write the rejected and doubtful rows as CSV')
    .option('--json', 'print {"dataset","version","imported","rejected":[{"row","field","reason"}]}')
    .argument('<file>', 'the exported file')
    .action(
      async (
        file: string,
        opts: { kind: DatasetKind; crs: CrsName; encoding: EncodingChoice; department?: string; exported?: string; rejectedCsv?: string; json?: boolean },
      ) => {
        if (opts.exported !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.exported)) {
          throw new AppError('invalid-input', `--exported 应为 YYYY-MM-DD (got ${opts.exported})`);
        }
        const ws = await ctx.openWorkspace();
        try {
          const s = await importDataset(ws, file, {
            kind: opts.kind,
            crs: opts.crs,
            encoding: opts.encoding,
            department: opts.department ?? null,
            exportedOn: opts.exported ?? null,
          });
          if (opts.rejectedCsv) await writeFile(opts.rejectedCsv, new RecordService(ws).problemsCsv(s.versionId));
          if (opts.json) {
            printJson({ dataset: s.dataset, version: s.version, versionId: s.versionId, encoding: s.encoding, rows: s.rows, imported: s.imported, rejected: s.rejected, warnings: s.warnings });
          } else {
            printLine(`${s.dataset} 第 ${s.version} 版 (version ${s.version}), ${s.encoding}: 导入 imported ${s.imported} / ${s.rows} 行, 拒收 rejected ${s.rejected.length}, 存疑 warnings ${s.warnings.length}`);
            for (const r of s.rejected) printLine(`  ✗ 第 ${r.row} 行 row ${r.row} [${r.field}] ${r.reason}`);
            for (const r of s.warnings) printLine(`  ! 第 ${r.row} 行 row ${r.row} [${r.field}] ${r.reason}`);
          }
        } finally {
          ws.close();
        }
      },
    );
}
