// A workspace is a folder: workspace.db (cases, evidence, audit log) beside the store of originals. Opening
// one migrates its database, clears temp files left by a killed import, and reads its settings.

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bounds } from '../../core/data/polygon';
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
  /** The bureau's area: imported coordinates outside it are rejected (and a likely wrong CRS is named). */
  jurisdiction: Bounds | null;
  /** How far from a capture a shop or business is still a candidate party. */
  partyRadiusMeters: number;
}

const DEFAULT_SETTINGS: WorkspaceSettings = {
  operator: '未设置操作员',
  zone: 'Asia/Shanghai',
  gpsToleranceSeconds: 120,
  jurisdiction: null,
  partyRadiusMeters: 50,
};

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
      jurisdiction: parseBounds(map.get('jurisdiction')),
      partyRadiusMeters: Number(map.get('partyRadiusMeters') ?? DEFAULT_SETTINGS.partyRadiusMeters),
    };
  }

  get isInitialised(): boolean {
    return this.db.get(sql`SELECT 1 FROM settings WHERE key = 'operator'`) !== undefined;
  }

  updateSettings(changes: Partial<WorkspaceSettings>): WorkspaceSettings {
    if (changes.zone !== undefined && !isValidZone(changes.zone)) {
      throw new AppError('invalid-input', `未知时区 “${changes.zone}” (unknown time zone; use an IANA name such as Asia/Shanghai)`);
    }
    if (changes.jurisdiction && !validBounds(changes.jurisdiction)) {
      throw new AppError('invalid-input', '辖区范围无效：应为 最小纬度,最小经度,最大纬度,最大经度 (jurisdiction must be minLat,minLon,maxLat,maxLon)');
    }
    if (changes.operator !== undefined && changes.operator.trim() === '') {
      throw new AppError('invalid-input', '操作员姓名不能为空 (the operator name must not be empty)');
    }
    const before = this.settings;
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
        this.db.run(sql`INSERT INTO settings (key, value) VALUES (${key}, ${text})
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

function validBounds(b: Bounds): boolean {
  const inRange = Math.abs(b.minLat) <= 90 && Math.abs(b.maxLat) <= 90 && Math.abs(b.minLon) <= 180 && Math.abs(b.maxLon) <= 180;
  return inRange && b.minLat < b.maxLat && b.minLon < b.maxLon;
}

function parseBounds(text: string | undefined): Bounds | null {
  if (!text || text === 'null') return null;
  const b = JSON.parse(text) as Partial<Bounds>;
  const ok = [b.minLat, b.maxLat, b.minLon, b.maxLon].every((v) => typeof v === 'number');
  return ok ? (b as Bounds) : null;
}
