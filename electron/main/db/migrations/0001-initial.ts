// Cases, content-addressed originals, the evidence items that link originals to cases, and the append-only,
// hash-chained audit log.
export const migration0001 = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE cases (
      id         TEXT PRIMARY KEY,
      title      TEXT NOT NULL,
      type       TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE originals (
      sha256        TEXT PRIMARY KEY,
      sm3           TEXT NOT NULL,
      size          INTEGER NOT NULL,
      media_type    TEXT NOT NULL,
      stored_at     TEXT NOT NULL,
      metadata_json TEXT NOT NULL
    ) STRICT;

    CREATE TABLE evidence (
      id           TEXT PRIMARY KEY,
      case_id      TEXT NOT NULL REFERENCES cases(id),
      seq          INTEGER NOT NULL,
      sha256       TEXT NOT NULL REFERENCES originals(sha256),
      source_name  TEXT NOT NULL,
      source_path  TEXT NOT NULL,
      imported_at  TEXT NOT NULL,
      imported_by  TEXT NOT NULL,
      captured_ms  INTEGER,
      UNIQUE (case_id, sha256),
      UNIQUE (case_id, seq)
    ) STRICT;
    CREATE INDEX evidence_by_case_time ON evidence(case_id, captured_ms);

    CREATE TABLE audit_log (
      seq          INTEGER PRIMARY KEY,
      at           TEXT NOT NULL,
      actor        TEXT NOT NULL,
      action       TEXT NOT NULL,
      subject      TEXT,
      details_json TEXT NOT NULL,
      prev_hash    TEXT NOT NULL,
      hash         TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_by_subject ON audit_log(subject);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
};
