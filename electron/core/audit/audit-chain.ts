// The audit log is a hash chain: each entry's hash covers its own fields and the previous entry's hash,
// so editing, deleting or reordering any entry breaks every hash after it. The hash function is passed in
// because the core does no I/O and picks no crypto implementation.

export const AUDIT_GENESIS = '0'.repeat(64);

export interface AuditEntryBody {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: unknown;
}

export interface AuditEntry extends AuditEntryBody {
  prevHash: string;
  hash: string;
}

export type HexHash = (text: string) => string;

/** JSON with object keys sorted at every level, so the same entry always serialises to the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditEntry(body: AuditEntryBody, prevHash: string, hash: HexHash): string {
  return hash(canonicalJson({ ...body, prevHash }));
}

export type AuditProblem =
  | { kind: 'hash-mismatch'; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'sequence-gap'; seq: number; expected: number }
  /** The log ends before the head recorded when the last entry was written: entries were cut off the end. */
  | { kind: 'truncated'; seq: number; expected: number }
  /** A record in the workspace has no audit entry for how it got there. */
  | { kind: 'missing-entry'; seq: number; subject: string };

export interface AuditVerification {
  ok: boolean;
  entries: number;
  headHash: string;
  problems: AuditProblem[];
}

export function verifyAuditChain(entries: readonly AuditEntry[], hash: HexHash): AuditVerification {
  const problems: AuditProblem[] = [];
  let prev = AUDIT_GENESIS;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) problems.push({ kind: 'sequence-gap', seq: e.seq, expected: expectedSeq });
    if (e.prevHash !== prev) problems.push({ kind: 'broken-link', seq: e.seq });
    const { prevHash: _p, hash: stored, ...body } = e;
    if (hashAuditEntry(body, e.prevHash, hash) !== stored) problems.push({ kind: 'hash-mismatch', seq: e.seq });
    prev = stored;
    expectedSeq = e.seq + 1;
  }
  return { ok: problems.length === 0, entries: entries.length, headHash: prev, problems };
}

export function describeAuditProblem(p: AuditProblem): { zh: string; en: string } {
  switch (p.kind) {
    case 'hash-mismatch':
      return { zh: `第 ${p.seq} 条记录的内容与其哈希不符（被修改）`, en: `Entry ${p.seq} does not match its hash (edited)` };
    case 'broken-link':
      return { zh: `第 ${p.seq} 条记录与前一条的链接断开（前一条被删除、插入或调换）`, en: `Entry ${p.seq} does not link to the entry before it (an entry was deleted, inserted or reordered)` };
    case 'sequence-gap':
      return { zh: `第 ${p.seq} 条记录处序号不连续，应为 ${p.expected}`, en: `Sequence breaks at entry ${p.seq}; expected ${p.expected}` };
    case 'truncated':
      return { zh: `日志止于第 ${p.seq} 条，但已记录的末条为第 ${p.expected} 条（末尾记录被删除）`, en: `The log ends at entry ${p.seq} but its recorded head is entry ${p.expected} (entries were deleted from the end)` };
    case 'missing-entry':
      return { zh: `${p.subject} 没有对应的审计记录（记录被删除）`, en: `${p.subject} has no audit entry (an entry was deleted)` };
  }
}
