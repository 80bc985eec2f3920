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

  it('0001 creates the tables and an append-only audit log', () => {
    const db = new Database(freshFile());
    migrate(db);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(['audit_log', 'cases', 'evidence', 'originals', 'settings']);
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
