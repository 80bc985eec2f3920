// The workspace database: SQLite in WAL mode, migrated forward on open, refused when it was written by a
// newer CaseChain (an older app must not misread tables it does not know).

import Database from 'better-sqlite3';
import { AppError } from '../../contract/envelope';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { SqlQuery, SqlValue } from './sql';

export type Row = Record<string, SqlValue>;

export interface PreparedStatement {
  run(...values: SqlValue[]): { changes: number; lastInsertRowid: number };
  get<T = Row>(...values: SqlValue[]): T | undefined;
  all<T = Row>(...values: SqlValue[]): T[];
}

export class WorkspaceDb {
  private constructor(private readonly db: Database.Database) {}

  static open(file: string): WorkspaceDb {
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return new WorkspaceDb(db);
  }

  get schemaVersion(): number {
    return Number(this.db.pragma('user_version', { simple: true }));
  }

  all<T = Row>(q: SqlQuery): T[] {
    return this.db.prepare(q.text).all(...q.values) as T[];
  }

  get<T = Row>(q: SqlQuery): T | undefined {
    return this.db.prepare(q.text).get(...q.values) as T | undefined;
  }

  run(q: SqlQuery): { changes: number } {
    const r = this.db.prepare(q.text).run(...q.values);
    return { changes: r.changes };
  }

  /** A statement prepared once and run many times (bulk imports, hot lookups); values are always bound. */
  prepare(text: string): PreparedStatement {
    const stmt = this.db.prepare(text);
    return {
      run: (...values) => {
        const r = stmt.run(...values);
        return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
      },
      get: <T>(...values: SqlValue[]) => stmt.get(...values) as T | undefined,
      all: <T>(...values: SqlValue[]) => stmt.all(...values) as T[],
    };
  }

  /** Runs `fn` in one transaction: all its writes land together or none do. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    this.db.close();
  }
}

export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'workspace-newer',
      `工作区数据库版本 ${current} 比本程序支持的 ${LATEST_SCHEMA_VERSION} 新，请升级 CaseChain 后再打开。` +
        ` (The workspace database is version ${current}, newer than this app supports (${LATEST_SCHEMA_VERSION}); update CaseChain.)`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
