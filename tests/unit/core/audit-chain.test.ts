import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, canonicalJson, hashAuditEntry, verifyAuditChain } from '../../../electron/core/audit/audit-chain';
import type { AuditEntry } from '../../../electron/core/audit/audit-chain';

const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = AUDIT_GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const body = { seq, at: `2026-06-12T01:0${seq}:00.000Z`, actor: '张三', action: 'evidence.import', subject: `case:C1/E${seq}`, details: { sha256: 'ab'.repeat(32), n: seq } };
    const hash = hashAuditEntry(body, prev, sha);
    out.push({ ...body, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('serialises objects with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
  it('verifies an intact chain and gives its head', () => {
    const entries = chain(5);
    const v = verifyAuditChain(entries, sha);
    expect(v.ok).toBe(true);
    expect(v.headHash).toBe(entries[4]?.hash);
  });
  it('detects an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...(entries[2] as AuditEntry), actor: '李四' };
    expect(verifyAuditChain(entries, sha).problems).toContainEqual({ kind: 'hash-mismatch', seq: 3 });
  });
  it('detects a deleted entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    const v = verifyAuditChain(entries, sha);
    expect(v.ok).toBe(false);
    expect(v.problems).toContainEqual({ kind: 'broken-link', seq: 3 });
  });
  it('detects reordered entries', () => {
    const entries = chain(5);
    [entries[1], entries[2]] = [entries[2] as AuditEntry, entries[1] as AuditEntry];
    const v = verifyAuditChain(entries, sha);
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.kind)).toContain('broken-link');
  });
  it('detects a deleted last entry only by the head hash, which callers record elsewhere', () => {
    const entries = chain(5);
    const head = verifyAuditChain(entries, sha).headHash;
    expect(verifyAuditChain(entries.slice(0, 4), sha).headHash).not.toBe(head);
  });
});
