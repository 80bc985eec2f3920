// A workspace is a folder: workspace.db (cases, evidence, audit log) beside the store of originals. Opening
// one migrates its database, clears temp files left by a killed import, and reads its settings.

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidZone } from '../../core/time/zone';
import { AppError } from '../../contract/envelope';
import { WorkspaceDb } from '../db/database';
import { sql } from '../db/sql';
import { OriginalStore } from '../store/original-store';
import { AuditLog } from './audit-log';

export interface WorkspaceSettings {
  operator: string;
  zone: string;
  gpsToleranceSeconds: number;
}

const DEFAULT_SETTINGS: WorkspaceSettings = { operator: '未设置操作员', zone: 'Asia/Shanghai', gpsToleranceSeconds: 120 };

export class Workspace {
  private constructor(
    readonly dir: string,
    readonly db: WorkspaceDb,
    readonly store: OriginalStore,
    readonly audit: AuditLog,
  ) {}

  /** Opens the workspace in `dir`, creating it if there is none; `onCreate` hears of a new one (a typo shows). */
  static async open(dir: string, onCreate?: (dir: string) => void): Promise<Workspace> {
    if (!existsSync(join(dir, 'workspace.db'))) onCreate?.(dir);
    await mkdir(dir, { recursive: true });
    const db = WorkspaceDb.open(join(dir, 'workspace.db'));
    const store = new OriginalStore(dir);
    await store.prepare();
    return new Workspace(dir, db, store, new AuditLog(db));
  }

  get settings(): WorkspaceSettings {
    const rows = this.db.all<{ key: string; value: string }>(sql`SELECT key, value FROM settings`);
    const map = new Map(rows.map((r) => [r.key, r.value]));
    return {
      operator: map.get('operator') ?? DEFAULT_SETTINGS.operator,
      zone: map.get('zone') ?? DEFAULT_SETTINGS.zone,
      gpsToleranceSeconds: Number(map.get('gpsToleranceSeconds') ?? DEFAULT_SETTINGS.gpsToleranceSeconds),
    };
  }

  get isInitialised(): boolean {
    return this.db.get(sql`SELECT 1 FROM settings WHERE key = 'operator'`) !== undefined;
  }

  updateSettings(changes: Partial<WorkspaceSettings>): WorkspaceSettings {
    if (changes.zone !== undefined && !isValidZone(changes.zone)) {
      throw new AppError('invalid-input', `未知时区 “${changes.zone}” (unknown time zone; use an IANA name such as Asia/Shanghai)`);
    }
    if (changes.operator !== undefined && changes.operator.trim() === '') {
      throw new AppError('invalid-input', '操作员姓名不能为空 (the operator name must not be empty)');
    }
    const before = this.settings;
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        this.db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${String(value)})
          ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
      }
      const after = { ...before, ...changes };
      this.audit.append(after.operator, 'workspace.settings', 'workspace', { before, after });
    });
    return this.settings;
  }

  close(): void {
    this.db.close();
  }
}
