import type { Command } from 'commander';
import { PartyService } from '../../main/data/party-service';
import { EvidenceService } from '../../main/services/evidence-service';
import { CaseService } from '../../main/services/case-service';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';

export function registerPartyCommands(program: Command, ctx: CliContext): void {
  const cmd = program.command('party').description('identify the party 当事人 from inter-department records');
  cmd
    .command('candidates')
    .description("ranked candidates near the case's captures, with why each is one")
    .requiredOption('--case <id>', 'case id')
    .option('--json', 'print {"locations":[…], "candidates":[…]}')
    .action(async (opts: { case: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        new CaseService(ws).get(opts.case);
        const result = new PartyService(ws).candidates(opts.case);
        if (opts.json) return printJson(result);
        for (const l of result.locations) {
          const grids = l.grids.map((g) => `${g.level}${g.name}${g.leader ? `(${g.leader})` : ''}`).join(' ← ');
          printLine(`证据 ${l.seq}: ${l.lat.toFixed(6)}, ${l.lon.toFixed(6)} [${l.basis === 'gps' ? 'GPS' : `登记点位 ${l.camera?.deviceId ?? ''}`}] ${grids}`);
        }
        result.candidates.forEach((c, i) => printLine(`${i + 1}. ${c.ref} ${c.corroborated ? '✓双来源 ' : ''}${c.explanation.zh}`));
      } finally {
        ws.close();
      }
    });
  cmd
    .command('confirm')
    .description('confirm the party: the record is copied into the case with its dataset version and hash')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--record <ref>', 'record reference from `party candidates`, e.g. R123')
    .option('--json', 'print the confirmed party')
    .action(async (opts: { case: string; record: string; json?: boolean }) => {
      const ws = await ctx.openWorkspace();
      try {
        const party = new PartyService(ws).confirm(opts.case, opts.record);
        if (opts.json) printJson(party);
        else printLine(`已确认当事人 confirmed: ${party.name} (${party.ref})${party.corroborated ? '，双来源印证 corroborated' : ''}，快照 SHA-256 ${party.snapshotSha256}`);
      } finally {
        ws.close();
      }
    });

  program
    .command('plate')
    .description('record the plate number read on a capture (号牌), to find the vehicle owner')
    .requiredOption('--item <id>', 'evidence item id, e.g. C2026-0001-E003')
    .requiredOption('--plate <text>', 'plate number, e.g. 浙J12345')
    .action(async (opts: { item: string; plate: string }) => {
      const ws = await ctx.openWorkspace();
      try {
        printLine(new EvidenceService(ws).setPlate(opts.item, opts.plate));
      } finally {
        ws.close();
      }
    });
}
