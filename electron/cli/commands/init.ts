import type { Command } from 'commander';
import { AppError } from '../../contract/envelope';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerInitCommand(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('create (or update) a workspace: operator name and time zone')
    .option('--operator <name>', 'who is working: recorded in every audit entry')
    .option('--zone <iana>', 'zone assumed for captures that recorded none (a new workspace: Asia/Shanghai)')
    .option('--jurisdiction <minLat,minLon,maxLat,maxLon>', 'the bureau\'s area: imported coordinates outside it are rejected')
    .option('--party-radius <metres>', 'how far from a capture a shop is still a candidate party (default 50)')
    .option('--json', 'print JSON')
    .action(async (opts: { operator?: string; zone?: string; jurisdiction?: string; partyRadius?: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace({ quietCreate: true });
      try {
        const settings = ws.updateSettings({
          ...(opts.zone ? { zone: opts.zone } : {}),
          ...(opts.operator ? { operator: opts.operator } : {}),
          ...(opts.jurisdiction ? { jurisdiction: parseJurisdiction(opts.jurisdiction) } : {}),
          ...(opts.partyRadius ? { partyRadiusMeters: parseRadius(opts.partyRadius) } : {}),
        });
        if (opts.json) printJson({ workspace: ws.dir, ...settings });
        else printLine(`工作区 workspace: ${ws.dir}\n操作员 operator: ${settings.operator}\n时区 zone: ${settings.zone}`);
      } finally {
        ws.close();
      }
    });
}

function parseJurisdiction(text: string): { minLat: number; minLon: number; maxLat: number; maxLon: number } {
  const parts = text.split(',').map((p) => Number(p.trim()));
  const [minLat, minLon, maxLat, maxLon] = parts;
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) {
    throw new AppError('invalid-input', `--jurisdiction 应为 最小纬度,最小经度,最大纬度,最大经度 (got ${text})`);
  }
  return { minLat: minLat as number, minLon: minLon as number, maxLat: maxLat as number, maxLon: maxLon as number };
}

function parseRadius(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 5000) throw new AppError('invalid-input', `--party-radius 应为 1–5000 米 (got ${text})`);
  return n;
}
