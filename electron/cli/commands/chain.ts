import { Option } from 'commander';
import type { Command } from 'commander';
import { AppError } from '../../contract/envelope';
import { ELEMENT_IDS } from '../../core/chain/catalog';
import type { ElementId } from '../../core/chain/catalog';
import type { MakingMethod, NoticeKind, ServiceMethod } from '../../core/chain/chain-input';
import { ChainService, catalog } from '../../main/chain/chain-service';
import { NoticeService } from '../../main/chain/notice-service';
import { ReviewService } from '../../main/chain/review-service';
import type { Workspace } from '../../main/workspace/workspace';
import type { CliContext } from '../main';
import { printJson, printLine } from '../output';
import { verdictJson } from './verdict-json';

const STATE_ZH = { proved: '已证明', weak: '薄弱', missing: '缺失' } as const;

function yesNo(value: string, flag: string): boolean {
  if (/^(yes|y|true|1|是)$/i.test(value)) return true;
  if (/^(no|n|false|0|否)$/i.test(value)) return false;
  throw new AppError('invalid-input', `${flag} 应为 yes 或 no (got "${value}")`);
}

async function withWorkspace<T>(ctx: CliContext, fn: (ws: Workspace) => Promise<T> | T): Promise<T> {
  const ws = await ctx.openWorkspace();
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

export function registerChainCommands(program: Command, ctx: CliContext): void {
  program
    .command('chain')
    .description('the evidence chain of a case: each element proved, weak or missing, and why; the timeline')
    .requiredOption('--case <id>', 'case id')
    .option('--json', 'print {"complete", "elements":[{"id","state","evidence","problems":[{"code","message"}]}], "timeline":[…]}')
    .action(async (opts: { case: string; json?: boolean }) =>
      withWorkspace(ctx, async (ws) => {
        const v = new ChainService(ws, await catalog()).verdict(opts.case);
        if (opts.json) return printJson(verdictJson(v));
        printLine(`${opts.case} ${v.itemCode}: ${v.complete ? '证据链完整 chain complete' : '证据链不完整 chain incomplete'}`);
        for (const e of v.elements) {
          printLine(`  ${e.state === 'proved' ? '✓' : e.state === 'weak' ? '!' : '✗'} ${e.name} ${STATE_ZH[e.state]}${e.evidence.length ? `  [${e.evidence.join(', ')}]` : ''}`);
          for (const p of e.problems) printLine(`      ${p.severity === 'info' ? '·' : '-'} ${p.message}`);
        }
        printLine('时间线 timeline:');
        for (const t of v.timeline) printLine(`  ${t.at}  ${t.label}（${t.basis}）`);
        const d = v.discretion;
        printLine(`裁量建议 discretion: ${d.tier ? `${d.tier.name} ${d.tier.minYuan}–${d.tier.maxYuan} 元` : '无匹配档次'}；${d.reasons.join('；')}`);
      }),
    );

  program
    .command('review')
    .description('Art. 41 review of a capture: authentic, clear, complete, accurate (行政处罚法第四十一条)')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--item <id>', 'evidence item id (C2026-0001-E001) or its number in the case')
    .requiredOption('--authentic <yes|no>', '真实')
    .requiredOption('--clear <yes|no>', '清晰')
    .requiredOption('--complete <yes|no>', '完整')
    .requiredOption('--accurate <yes|no>', '准确')
    .option('--note <text>', 'reasons (required when any answer is no)')
    .option('--operator <name>', 'for a mobile capture: the officer who took it (制作人)')
    .option('--json', 'print JSON')
    .action(async (opts: { case: string; item: string; authentic: string; clear: string; complete: string; accurate: string; note?: string; operator?: string; json?: boolean }) =>
      withWorkspace(ctx, (ws) => {
        const reviews = new ReviewService(ws);
        const id = reviews.resolveItem(opts.case, opts.item);
        const r = reviews.review(opts.case, id, {
          authentic: yesNo(opts.authentic, '--authentic'),
          clear: yesNo(opts.clear, '--clear'),
          complete: yesNo(opts.complete, '--complete'),
          accurate: yesNo(opts.accurate, '--accurate'),
          note: opts.note ?? null,
        });
        if (opts.operator) reviews.setMeta(opts.case, id, { operator: opts.operator });
        if (opts.json) printJson({ item: id, ...r });
        else printLine(`${id} 审核${r.authentic && r.clear && r.complete && r.accurate ? '通过 passed' : '未通过 failed'}（${r.reviewer}）`);
      }),
    );

  const evidence = program.command('evidence').description('evidence items 证据');
  evidence
    .command('meta')
    .description('what an item is: 制作方法 (how made), 制作人 (operator of a mobile capture), 证明对象 (elements it proves)')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--item <id>', 'evidence item id or number')
    .addOption(new Option('--method <method>', '制作方法').choices(['fixed-camera', 'mobile-capture', 'data-export']))
    .option('--operator <name>', '制作人')
    .option('--proves <elements>', `证明对象, comma-separated: ${ELEMENT_IDS.join(',')}`)
    .option('--json', 'print JSON')
    .action(async (opts: { case: string; item: string; method?: MakingMethod; operator?: string; proves?: string; json?: boolean }) =>
      withWorkspace(ctx, (ws) => {
        const reviews = new ReviewService(ws);
        const id = reviews.resolveItem(opts.case, opts.item);
        const meta = reviews.setMeta(opts.case, id, {
          ...(opts.method ? { method: opts.method } : {}),
          ...(opts.operator ? { operator: opts.operator } : {}),
          ...(opts.proves ? { proves: opts.proves.split(',').map((p) => p.trim()) as ElementId[] } : {}),
        });
        if (opts.json) printJson({ item: id, ...meta });
        else printLine(`${id}: ${meta.method ?? '自动'} ${meta.operator ?? ''} 证明 ${meta.proves.join(',')}`);
      }),
    );

  const notice = program.command('notice').description('notices 文书 and their service 送达');
  notice
    .command('add')
    .description('record a notice served: the order to correct, or the notice of facts and of the right to state and defend')
    .requiredOption('--case <id>', 'case id')
    .addOption(new Option('--kind <kind>', 'correction-order (责令限期改正通知书) or facts-notice (违法事实告知书)').choices(['correction-order', 'facts-notice']).makeOptionMandatory())
    .requiredOption('--served <YYYY-MM-DDTHH:MM>', 'when it was served (public notice: published), in the workspace zone')
    .addOption(new Option('--method <method>', 'how it was served').choices(['direct', 'post', 'electronic', 'public']).makeOptionMandatory())
    .option('--deadline-days <n>', 'time limit in days (default: the catalogue item\'s limit to correct, or its statement period)')
    .option('--consent <text>', 'for electronic service: the party\'s written consent (e.g. the consent form\'s number)')
    .option('--facts <text>', 'the facts stated in the notice')
    .option('--json', 'print JSON')
    .action(async (opts: { case: string; kind: NoticeKind; served: string; method: ServiceMethod; deadlineDays?: string; consent?: string; facts?: string; json?: boolean }) =>
      withWorkspace(ctx, async (ws) => {
        const item = new ChainService(ws, await catalog()).itemFor(opts.case);
        const fallback = opts.kind === 'correction-order' ? item.correctionDays : item.rules.procedure.statementDays;
        const days = opts.deadlineDays === undefined ? fallback : Number(opts.deadlineDays);
        const n = new NoticeService(ws).add(opts.case, { kind: opts.kind, served: opts.served, method: opts.method, deadlineDays: days, consent: opts.consent ?? null, content: null, facts: opts.facts ?? null });
        if (opts.json) printJson(n);
        else printLine(`${n.id} ${n.number} 送达 ${n.servedAt}，期限 ${n.deadline}`);
      }),
    );
  notice
    .command('statement')
    .description('record the statement (陈述申辩) the party made in reply to a facts notice')
    .requiredOption('--notice <id>', 'notice id')
    .requiredOption('--received <YYYY-MM-DDTHH:MM>', 'when it was received')
    .option('--note <text>', 'what the party said, or where it is filed')
    .action(async (opts: { notice: string; received: string; note?: string }) =>
      withWorkspace(ctx, (ws) => printLine(`${new NoticeService(ws).recordStatement(opts.notice, opts.received, opts.note ?? null).id} 已记录陈述申辩`)),
    );
  notice
    .command('no-statement')
    .description('record that no statement came by the deadline (only once the period has ended)')
    .requiredOption('--notice <id>', 'notice id')
    .action(async (opts: { notice: string }) => withWorkspace(ctx, (ws) => printLine(`${new NoticeService(ws).recordNoStatement(opts.notice).id} 已记录期限内未收到陈述申辩`)));
  notice
    .command('list')
    .requiredOption('--case <id>', 'case id')
    .option('--json', 'print JSON')
    .action(async (opts: { case: string; json?: boolean }) =>
      withWorkspace(ctx, (ws) => {
        const list = new NoticeService(ws).list(opts.case);
        if (opts.json) return printJson(list);
        for (const n of list) printLine(`${n.id}\t${n.number}\t${n.kind}\t送达 ${n.servedAt}\t期限 ${n.deadline}`);
      }),
    );

  program
    .command('discretion')
    .description('accept the suggested discretion tier (裁量档次), or override it with a reason')
    .requiredOption('--case <id>', 'case id')
    .option('--accept', 'accept the suggestion')
    .option('--tier <id>', 'the tier chosen instead')
    .option('--amount <yuan>', 'the fine proposed, within the tier')
    .option('--reason <text>', 'why (required when overriding)')
    .action(async (opts: { case: string; accept?: boolean; tier?: string; amount?: string; reason?: string }) =>
      withWorkspace(ctx, async (ws) => {
        if (!opts.accept && !opts.tier) throw new AppError('invalid-input', '请用 --accept 采纳建议，或用 --tier 与 --reason 另行选择');
        const d = new ChainService(ws, await catalog()).decideDiscretion(opts.case, {
          accept: Boolean(opts.accept),
          tierId: opts.tier ?? null,
          amountYuan: opts.amount === undefined ? null : Number(opts.amount),
          reason: opts.reason ?? null,
        });
        printLine(`${d.accepted ? '采纳' : '不采纳'}建议：${d.tierId ?? '无'}${d.amountYuan !== null ? ` ${d.amountYuan} 元` : ''}`);
      }),
    );
}
