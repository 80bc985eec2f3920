// Inter-department datasets: each import is a version with its provenance; records keep the version they came
// from, with an R*Tree for positions and a trigram FTS index for search (it matches Chinese without a segmenter).
// A party confirmed on a case is a snapshot of the record as it was, with its version and hash.
export const migration0002 = {
  version: 2,
  name: 'datasets',
  sql: `
    CREATE TABLE dataset_versions (
      id             TEXT PRIMARY KEY,
      dataset_id     TEXT NOT NULL,
      version        INTEGER NOT NULL,
      kind           TEXT NOT NULL,
      department     TEXT NOT NULL,
      exported_on    TEXT,
      file_name      TEXT NOT NULL,
      file_sha256    TEXT NOT NULL,
      file_size      INTEGER NOT NULL,
      encoding       TEXT NOT NULL,
      crs            TEXT NOT NULL,
      mapping_json   TEXT NOT NULL,
      row_count      INTEGER NOT NULL,
      imported_count INTEGER NOT NULL,
      rejected_count INTEGER NOT NULL,
      warning_count  INTEGER NOT NULL,
      imported_at    TEXT NOT NULL,
      imported_by    TEXT NOT NULL,
      is_current     INTEGER NOT NULL,
      UNIQUE (dataset_id, version)
    ) STRICT;

    CREATE TABLE records (
      id          INTEGER PRIMARY KEY,
      version_id  TEXT NOT NULL REFERENCES dataset_versions(id),
      kind        TEXT NOT NULL,
      row_number  INTEGER NOT NULL,
      key         TEXT NOT NULL,
      name        TEXT NOT NULL,
      address     TEXT,
      uscc        TEXT,
      lat         REAL,
      lon         REAL,
      is_current  INTEGER NOT NULL,
      data_json   TEXT NOT NULL,
      UNIQUE (version_id, row_number)
    ) STRICT;
    CREATE INDEX records_by_key ON records(kind, key, is_current);
    CREATE INDEX records_by_uscc ON records(uscc, is_current);

    CREATE VIRTUAL TABLE record_boxes USING rtree(id, min_lat, max_lat, min_lon, max_lon);
    CREATE VIRTUAL TABLE record_search USING fts5(name, address, key, content='', contentless_delete=1, tokenize='trigram');

    CREATE TABLE record_problems (
      version_id TEXT NOT NULL REFERENCES dataset_versions(id),
      row_number INTEGER NOT NULL,
      field      TEXT NOT NULL,
      severity   TEXT NOT NULL,
      reason     TEXT NOT NULL,
      raw_json   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX record_problems_by_version ON record_problems(version_id, row_number);

    CREATE TABLE column_mappings (
      kind         TEXT NOT NULL,
      name         TEXT NOT NULL,
      mapping_json TEXT NOT NULL,
      saved_at     TEXT NOT NULL,
      PRIMARY KEY (kind, name)
    ) STRICT;

    CREATE TABLE evidence_plates (
      evidence_id TEXT PRIMARY KEY REFERENCES evidence(id),
      plate       TEXT NOT NULL,
      set_at      TEXT NOT NULL,
      set_by      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE case_parties (
      id             INTEGER PRIMARY KEY,
      case_id        TEXT NOT NULL REFERENCES cases(id),
      record_id      INTEGER NOT NULL REFERENCES records(id),
      snapshot_json  TEXT NOT NULL,
      snapshot_sha256 TEXT NOT NULL,
      corroborated   INTEGER NOT NULL,
      confirmed_at   TEXT NOT NULL,
      confirmed_by   TEXT NOT NULL,
      superseded     INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX case_parties_by_case ON case_parties(case_id, superseded);
  `,
};
