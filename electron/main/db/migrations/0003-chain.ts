// The evidence chain: Art. 41 reviews of each capture (kept in full; a new review supersedes the old), what each
// evidence item is (制作方法, 制作人, 证明对象), the notices served with their service and statement records,
// and the handler's discretion decisions.
export const migration0003 = {
  version: 3,
  name: 'chain',
  sql: `
    CREATE TABLE evidence_reviews (
      id          INTEGER PRIMARY KEY,
      evidence_id TEXT NOT NULL REFERENCES evidence(id),
      authentic   INTEGER NOT NULL,
      clear       INTEGER NOT NULL,
      complete    INTEGER NOT NULL,
      accurate    INTEGER NOT NULL,
      note        TEXT,
      reviewer    TEXT NOT NULL,
      reviewed_at TEXT NOT NULL,
      superseded  INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX evidence_reviews_current ON evidence_reviews(evidence_id, superseded);

    CREATE TABLE evidence_meta (
      evidence_id TEXT PRIMARY KEY REFERENCES evidence(id),
      method      TEXT NOT NULL,
      operator    TEXT,
      proves_json TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      updated_by  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE notices (
      id                       TEXT PRIMARY KEY,
      case_id                  TEXT NOT NULL REFERENCES cases(id),
      kind                     TEXT NOT NULL,
      number                   TEXT NOT NULL UNIQUE,
      content                  TEXT NOT NULL,
      served_at                TEXT NOT NULL,
      served_ms                INTEGER NOT NULL,
      method                   TEXT NOT NULL,
      consent                  TEXT,
      deadline_days            INTEGER NOT NULL,
      statement_received_at    TEXT,
      statement_received_ms    INTEGER,
      statement_note           TEXT,
      no_statement_recorded_at TEXT,
      no_statement_recorded_ms INTEGER,
      created_at               TEXT NOT NULL,
      created_by               TEXT NOT NULL
    ) STRICT;
    CREATE INDEX notices_by_case ON notices(case_id, kind);

    CREATE TABLE discretion_decisions (
      id          INTEGER PRIMARY KEY,
      case_id     TEXT NOT NULL REFERENCES cases(id),
      tier_id     TEXT,
      accepted    INTEGER NOT NULL,
      amount_yuan INTEGER,
      reason      TEXT,
      decided_at  TEXT NOT NULL,
      decided_by  TEXT NOT NULL,
      superseded  INTEGER NOT NULL DEFAULT 0
    ) STRICT;
  `,
};
