import type { Command } from 'commander';
import { inspectFile } from '../../main/ingest/inspect-service';
import { printJson, printLine } from '../output';

export function registerInspectCommand(program: Command): void {
  program
    .command('inspect')
    .description('read capture time, place, device and warnings from files without importing them')
    .argument('<files...>', 'files to read')
    .option('--zone <iana>', 'zone assumed where a file recorded none', 'Asia/Shanghai')
    .option('--gps-tolerance <seconds>', 'largest tolerated GPS-time difference', '120')
    .option('--json', 'print JSON')
    .action(async (files: string[], opts: { zone: string; gpsTolerance: string; json?: boolean }) => {
      const results = [];
      for (const f of files) results.push(await inspectFile(f, { zone: opts.zone, gpsToleranceSeconds: Number(opts.gpsTolerance) }));
      if (opts.json) return printJson(results);
      for (const r of results) {
        if (r.error !== null) printLine(`${r.path}\n  ✗ ${r.error}`);
        else printLine(`${r.path}\n  ${r.mediaType} ${r.capturedAt ?? '无时间'} (${r.timeBasis})  ${r.gps ? `${r.gps.lat},${r.gps.lon}` : '无GPS'}  ${r.warnings.join(' ')}`);
      }
    });
}
