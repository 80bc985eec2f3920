// Appends to and reads the hash-chained audit log. Appends happen inside the caller's transaction, so an
// action and its audit entry are written together or not at all.

import { createHash } from 'node:crypto';
import { AUDIT_GENESIS, hashAuditEntry, verifyAuditChain } from '../../core/audit/audit-chain';
import type { AuditEntry, AuditVerification } from '../../core/audit/audit-chain';
import type { WorkspaceDb } from '../db/database';
import { sql } from '../db/sql';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details_json: string;
  prev_hash: string;
  hash: string;
}

// Stored details that are not even JSON were tampered with; keep the raw text so the hash check names the entry.
function parseDetails(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unparseable: text };
  }
}

const toEntry = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  details: parseDetails(r.details_json),
  prevHash: r.prev_hash,
  hash: r.hash,
});

export class AuditLog {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Call inside a transaction. */
  append(actor: string, action: string, subject: string | null, details: unknown): AuditEntry {
    const last = this.db.get<{ seq: number; hash: string }>(sql`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
    const body = { seq: (last?.seq ?? 0) + 1, at: this.clock().toISOString(), actor, action, subject, details };
    // Round-trip through JSON so the hash covers exactly what is stored and read back.
    body.details = JSON.parse(JSON.stringify(details ?? null)) as unknown;
    const prevHash = last?.hash ?? AUDIT_GENESIS;
    const hash = hashAuditEntry(body, prevHash, sha256Hex);
    this.db.run(sql`INSERT INTO audit_log (seq, at, actor, action, subject, details_json, prev_hash, hash)
      VALUES (${body.seq}, ${body.at}, ${actor}, ${action}, ${subject}, ${JSON.stringify(body.details)}, ${prevHash}, ${hash})`);
    // The head is kept apart from the log, so cutting entries off the end shows (the signed case file will
    // carry the head too, beyond the reach of anyone editing this database).
    this.db.run(sql`INSERT INTO settings (key, value) VALUES ('auditHead', ${`${body.seq}:${hash}`})
      ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
    return { ...body, prevHash, hash };
  }

  list(subjectPrefix?: string | null): AuditEntry[] {
    const rows = subjectPrefix
      ? this.db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE subject = ${subjectPrefix} OR subject LIKE ${`${subjectPrefix}/%`} ORDER BY seq`)
      : this.db.all<AuditRow>(sql`SELECT * FROM audit_log ORDER BY seq`);
    return rows.map(toEntry);
  }

  verify(): AuditVerification {
    const entries = this.list();
    const result = verifyAuditChain(entries, sha256Hex);
    const problems = [...result.problems];
    const last = entries.at(-1);
    const head = this.db.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = 'auditHead'`)?.value;
    if (head !== undefined) {
      const [seq, hash] = head.split(':');
      if (Number(seq) !== (last?.seq ?? 0) || hash !== last?.hash) problems.push({ kind: 'truncated', seq: last?.seq ?? 0, expected: Number(seq) });
    }
    const audited = new Set(entries.filter((e) => e.action === 'case.create' || e.action === 'evidence.import').map((e) => e.subject));
    const records = this.db.all<{ subject: string }>(sql`SELECT 'case:' || id AS subject FROM cases
      UNION ALL SELECT 'case:' || case_id || '/' || id FROM evidence`);
    for (const r of records) if (!audited.has(r.subject)) problems.push({ kind: 'missing-entry', seq: 0, subject: r.subject });
    return { ...result, ok: problems.length === 0, problems };
  }
}
