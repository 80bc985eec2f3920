// One case in its own workspace folder, driven only through the `casechain` command line. A scenario can be
// forked (its closed workspace folder copied) so that variants of a case share the steps they have in common and
// then differ in exactly one step.
import { join } from 'node:path';
import { cliAsync, cliOk, cliOkJson, cliSpawn } from './chain-cli-async';
import type { ChainCliRun } from './chain-cli-async';
import { writeShots } from './chain-captures';
import type { Shot } from './chain-captures';
import { copyWorkspace, ws } from './chain-workspace';

export type ElementId = 'act' | 'time' | 'place' | 'party' | 'device' | 'procedure';
export type ServiceMethod = 'direct' | 'post' | 'electronic' | 'public';

export interface VerdictProblem {
  code: string;
  severity: 'blocking' | 'weak' | 'info';
  message: string;
  messageEn: string;
}

export interface VerdictElement {
  id: ElementId;
  state: 'proved' | 'weak' | 'missing';
  evidence: string[];
  problems: VerdictProblem[];
}

export interface Verdict {
  complete: boolean;
  elements: VerdictElement[];
  timeline: { at: string; kind: string; label: string; ref: string | null }[];
  discretion: { tier: { id: string } | null; facts: Record<string, unknown> };
}

export interface NoticeJson {
  id: string;
  kind: string;
  number: string;
  servedAt: string;
  servedAtMs: number;
  method: ServiceMethod;
  deadlineDays: number;
  effectiveAtMs: number;
  deadlineMs: number;
  deadline: string;
  noStatementRecordedAtMs: number | null;
}

export interface NoticeSpec {
  kind: 'correction-order' | 'facts-notice';
  /** Local wall-clock "YYYY-MM-DDTHH:MM". */
  served: string;
  method: ServiceMethod;
  deadlineDays?: number;
  consent?: string;
}

export class Scenario {
  /** Wall-clock milliseconds spent in commands for this scenario since it was forked (or created). */
  spentMs = 0;
  private seqs = 0;

  private constructor(
    readonly name: string,
    readonly dir: string,
    readonly caseId: string,
    private readonly scratch: string,
    seqs: number,
  ) {
    this.seqs = seqs;
  }

  /** Copies the template and opens a case of the given catalogue item in the copy. */
  static async open(template: string, scratch: string, name: string, item: string, title: string): Promise<Scenario> {
    const dir = copyWorkspace(template, join(scratch, name));
    const started = Date.now();
    const { id } = await cliOkJson<{ id: string }>([...ws(dir), 'case', 'new', '--title', title, '--type', item, '--json']);
    const s = new Scenario(name, dir, id, scratch, 0);
    s.spentMs += Date.now() - started;
    return s;
  }

  /** A copy of this scenario's workspace (call only while no command of this scenario is running). */
  fork(name: string): Scenario {
    const s = new Scenario(name, copyWorkspace(this.dir, join(this.scratch, name)), this.caseId, this.scratch, this.seqs);
    s.spentMs = this.spentMs;
    return s;
  }

  evidenceId(seq: number): string {
    return `${this.caseId}-E${String(seq).padStart(3, '0')}`;
  }

  /** Runs a command whatever its outcome; `spawn` runs it as a process of its own (for what a test asserts). */
  async run(args: readonly string[], opts: { spawn?: boolean } = {}): Promise<ChainCliRun> {
    const started = Date.now();
    try {
      const full = [...ws(this.dir), ...args];
      return await (opts.spawn ? cliSpawn(full) : cliAsync(full));
    } finally {
      this.spentMs += Date.now() - started;
    }
  }

  async ok(args: readonly string[], opts: { spawn?: boolean } = {}): Promise<string> {
    const started = Date.now();
    try {
      return await cliOk([...ws(this.dir), ...args], opts);
    } finally {
      this.spentMs += Date.now() - started;
    }
  }

  async json<T>(args: readonly string[], opts: { spawn?: boolean } = {}): Promise<T> {
    return JSON.parse(await this.ok(args, opts)) as T;
  }

  /**
   * Imports the shots in one command and returns their sequence numbers. Within one command the order of the
   * numbers is not the order of the files (files are imported several at a time), so callers that need to know
   * which shot is which import it on its own.
   */
  async importShots(label: string, shots: readonly Shot[], spot: { lat: number; lon: number }): Promise<number[]> {
    const paths = writeShots(join(this.scratch, 'shots'), `${this.name}-${label}`, shots, spot);
    const out = await this.json<{ imported: number; rejected: unknown[] }>(['import', 'photos', '--case', this.caseId, ...paths, '--json']);
    if (out.imported !== shots.length) throw new Error(`${this.name}: imported ${out.imported} of ${shots.length}: ${JSON.stringify(out.rejected)}`);
    const seqs = shots.map((_, i) => this.seqs + i + 1);
    this.seqs += shots.length;
    return seqs;
  }

  /** Art. 41 review; `operator` records the officer who took a phone capture (制作人). */
  async review(seq: number | string, opts: { pass?: boolean; operator?: string; note?: string } = {}): Promise<void> {
    const yes = opts.pass === false ? 'no' : 'yes';
    await this.ok([
      'review', '--case', this.caseId, '--item', String(seq),
      '--authentic', yes, '--clear', 'yes', '--complete', 'yes', '--accurate', 'yes',
      ...(opts.note ? ['--note', opts.note] : []),
      ...(opts.operator ? ['--operator', opts.operator] : []),
    ]);
  }

  async confirmParty(ref: string): Promise<void> {
    await this.ok(['party', 'confirm', '--case', this.caseId, '--record', ref]);
  }

  async plate(seq: number, plate: string): Promise<void> {
    await this.ok(['plate', '--item', this.evidenceId(seq), '--plate', plate]);
  }

  noticeArgs(n: NoticeSpec): string[] {
    return [
      'notice', 'add', '--case', this.caseId, '--kind', n.kind, '--served', n.served, '--method', n.method,
      ...(n.deadlineDays === undefined ? [] : ['--deadline-days', String(n.deadlineDays)]),
      ...(n.consent === undefined ? [] : ['--consent', n.consent]),
      '--json',
    ];
  }

  async notice(n: NoticeSpec): Promise<NoticeJson> {
    return this.json<NoticeJson>(this.noticeArgs(n));
  }

  /** Serves the facts notice and, its period being over, records that no statement came. */
  async factsNoticeWithoutStatement(n: Omit<NoticeSpec, 'kind'>): Promise<NoticeJson> {
    const notice = await this.notice({ ...n, kind: 'facts-notice' });
    await this.ok(['notice', 'no-statement', '--notice', notice.id]);
    return notice;
  }

  async notices(): Promise<NoticeJson[]> {
    return this.json<NoticeJson[]>(['notice', 'list', '--case', this.caseId, '--json']);
  }

  /** The verdict, from a `casechain chain --json` process of its own: what the tests assert is the real command's. */
  async chain(): Promise<Verdict> {
    return this.json<Verdict>(['chain', '--case', this.caseId, '--json'], { spawn: true });
  }

  async listed(): Promise<{ id: string; type: string | null; complete: boolean; evidenceCount: number }> {
    const list = await this.json<{ id: string; type: string | null; complete: boolean; evidenceCount: number }[]>(['case', 'list', '--json'], { spawn: true });
    const mine = list.find((c) => c.id === this.caseId);
    if (!mine) throw new Error(`${this.name}: case ${this.caseId} not in case list`);
    return mine;
  }
}
