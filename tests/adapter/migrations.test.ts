import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceDb, migrate } from '../../electron/main/db/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/main/db/migrations';
import { tempDir } from '../helpers/temp';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
const freshFile = (): string => {
  const d = tempDir();
  dirs.push(d);
  return join(d.path, 'workspace.db');
};

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  const tablesAfter = (version: number): string[] => {
    const db = new Database(':memory:');
    for (const m of MIGRATIONS.slice(0, version)) db.exec(m.sql);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'record_%\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    db.close();
    return names;
  };

  it('0002 adds dataset versions, records with spatial and search indexes, problems, mappings, plates and parties', () => {
    const added = tablesAfter(2).filter((t) => !tablesAfter(1).includes(t));
    expect(added).toEqual(['case_parties', 'column_mappings', 'dataset_versions', 'evidence_plates', 'record_boxes', 'record_problems', 'record_search', 'records']);
  });

  it('0001 creates the tables and an append-only audit log', () => {
    expect(tablesAfter(1)).toEqual(['audit_log', 'cases', 'evidence', 'originals', 'settings']);
    const db = new Database(freshFile());
    migrate(db);
    db.prepare("INSERT INTO audit_log VALUES (1, 'now', 'a', 'b', NULL, '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('sets the schema version and is idempotent', () => {
    const file = freshFile();
    WorkspaceDb.open(file).close();
    const again = WorkspaceDb.open(file);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });

  it('refuses a database written by a newer CaseChain', () => {
    const file = freshFile();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => WorkspaceDb.open(file)).toThrow(/newer than this app/);
  });

  it('uses WAL', () => {
    const file = freshFile();
    WorkspaceDb.open(file).close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
