// Checks that need another dataset: a shop's USCC should be in the business registry, its grid code should be
// a known grid, and its position should lie inside that grid. Each failure is a warning on the row (the shop is
// still imported); a check is skipped while the other dataset has not been imported yet.

import type { DatasetKind } from '../../core/data/dataset-kinds';
import type { NormalisedRecord, RowProblem } from '../../core/data/validate-row';
import type { PreparedStatement } from '../db/database';
import type { Workspace } from '../workspace/workspace';
import { LocateService } from './locate-service';

export class CrossChecker {
  private readonly businessByUscc: PreparedStatement;
  private readonly gridByCode: PreparedStatement;
  private readonly haveBusinesses: boolean;
  private readonly haveGrids: boolean;
  private readonly locate: LocateService;

  constructor(ws: Workspace) {
    const any = ws.db.prepare('SELECT 1 FROM records WHERE kind = ? AND is_current = 1 LIMIT 1');
    this.haveBusinesses = any.get('business') !== undefined;
    this.haveGrids = any.get('grid') !== undefined;
    this.businessByUscc = ws.db.prepare(`SELECT 1 FROM records WHERE kind = 'business' AND uscc = ? AND is_current = 1`);
    this.gridByCode = ws.db.prepare(`SELECT 1 FROM records WHERE kind = 'grid' AND key = ? AND is_current = 1`);
    this.locate = new LocateService(ws);
  }

  check(kind: DatasetKind, record: NormalisedRecord): RowProblem[] {
    if (kind !== 'merchant') return [];
    const problems: RowProblem[] = [];
    if (record.uscc && this.haveBusinesses && !this.businessByUscc.get(record.uscc)) {
      problems.push({ field: 'uscc', severity: 'warning', reason: `统一社会信用代码 ${record.uscc} 在市场主体登记中未找到 (not in the business registry)` });
    }
    const gridCode = record.fields['gridCode'];
    if (typeof gridCode === 'string' && this.haveGrids) {
      if (!this.gridByCode.get(gridCode)) {
        problems.push({ field: 'gridCode', severity: 'warning', reason: `网格编码 ${gridCode} 不存在 (no such grid)` });
      } else if (record.lat !== null && record.lon !== null && !this.locate.gridChain(record.lat, record.lon).some((g) => g.code === gridCode)) {
        problems.push({ field: 'gridCode', severity: 'warning', reason: `坐标不在所属网格 ${gridCode} 内 (the position is outside its declared grid)` });
      }
    }
    return problems;
  }
}
