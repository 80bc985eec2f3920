// Checks that need another dataset: a shop's USCC should be in the business registry, its grid code should be
// a known grid, and its position should lie inside that grid. Each failure is a warning on the row (the shop is
// still imported); a check is skipped while the other dataset has not been imported yet.

import type { DatasetKind } from '../../core/data/dataset-kinds';
import type { NormalisedRecord, RowProblem } from '../../core/data/validate-row';
import type { PreparedStatement } from '../db/database';
import type { Workspace } from '../workspace/workspace';
import { containsPoint } from '../../core/data/polygon';
import type { MultiPolygon } from '../../core/data/polygon';

export class CrossChecker {
  private readonly businessByUscc: PreparedStatement;
  private readonly gridByCode: PreparedStatement;
  private readonly gridShapes = new Map<string, MultiPolygon | null>();
  private readonly haveBusinesses: boolean;
  private readonly haveGrids: boolean;

  constructor(ws: Workspace) {
    const any = ws.db.prepare('SELECT 1 FROM records WHERE kind = ? AND is_current = 1 LIMIT 1');
    this.haveBusinesses = any.get('business') !== undefined;
    this.haveGrids = any.get('grid') !== undefined;
    this.businessByUscc = ws.db.prepare(`SELECT 1 FROM records WHERE kind = 'business' AND uscc = ? AND is_current = 1`);
    this.gridByCode = ws.db.prepare(`SELECT data_json FROM records WHERE kind = 'grid' AND key = ? AND is_current = 1`);
  }

  check(kind: DatasetKind, record: NormalisedRecord): RowProblem[] {
    if (kind !== 'merchant') return [];
    const problems: RowProblem[] = [];
    if (record.uscc && this.haveBusinesses && !this.businessByUscc.get(record.uscc)) {
      problems.push({ field: 'uscc', severity: 'warning', reason: `统一社会信用代码 ${record.uscc} 在市场主体登记中未找到 (not in the business registry)` });
    }
    const gridCode = record.fields['gridCode'];
    if (typeof gridCode === 'string' && this.haveGrids) {
      const shape = this.shapeOf(gridCode);
      if (!shape) {
        problems.push({ field: 'gridCode', severity: 'warning', reason: `网格编码 ${gridCode} 不存在 (no such grid)` });
      } else if (record.lat !== null && record.lon !== null && !containsPoint(shape, record.lon, record.lat)) {
        problems.push({ field: 'gridCode', severity: 'warning', reason: `坐标不在所属网格 ${gridCode} 内 (the position is outside its declared grid)` });
      }
    }
    return problems;
  }

  /** The declared grid's polygon, read once per import: testing one polygon is far cheaper than a grid chain. */
  private shapeOf(code: string): MultiPolygon | null {
    if (!this.gridShapes.has(code)) {
      const row = this.gridByCode.get<{ data_json: string }>(code);
      const geometry = row ? (JSON.parse(row.data_json) as { geometry?: string }).geometry : undefined;
      this.gridShapes.set(code, geometry ? (JSON.parse(geometry) as MultiPolygon) : null);
    }
    return this.gridShapes.get(code) ?? null;
  }
}
