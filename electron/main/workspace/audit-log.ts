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

const toEntry = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  details: JSON.parse(r.details_json) as unknown,
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
    return { ...body, prevHash, hash };
  }

  list(subjectPrefix?: string | null): AuditEntry[] {
    const rows = subjectPrefix
      ? this.db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE subject = ${subjectPrefix} OR subject LIKE ${`${subjectPrefix}/%`} ORDER BY seq`)
      : this.db.all<AuditRow>(sql`SELECT * FROM audit_log ORDER BY seq`);
    return rows.map(toEntry);
  }

  verify(): AuditVerification {
    return verifyAuditChain(this.list(), sha256Hex);
  }
}
