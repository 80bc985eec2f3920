import { AppError } from '../../contract/envelope';
import type { CaseSummary } from '../../contract/dto';
import { offsetAtInstant } from '../../core/time/zone';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';

interface CaseRow {
  id: string;
  title: string;
  type: string | null;
  created_at: string;
  evidence_count: number;
  warning_count: number;
}

const toSummary = (r: CaseRow): CaseSummary => ({
  id: r.id,
  title: r.title,
  type: r.type,
  createdAt: r.created_at,
  evidenceCount: r.evidence_count,
  warningCount: r.warning_count,
  complete: null,
  status: 'collecting',
  partyName: null,
  nextDeadline: null,
  lastExportAt: null,
  elements: null,
});

export class CaseService {
  constructor(
    private readonly ws: Workspace,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(): CaseSummary[] {
    return this.ws.db
      .all<CaseRow>(
        sql`SELECT c.id, c.title, c.type, c.created_at,
              (SELECT COUNT(*) FROM evidence e WHERE e.case_id = c.id) AS evidence_count,
              (SELECT COUNT(*) FROM evidence e JOIN originals o ON o.sha256 = e.sha256
                 WHERE e.case_id = c.id AND json_array_length(o.metadata_json, '$.warnings') > 0) AS warning_count
            FROM cases c ORDER BY c.created_at DESC, c.id DESC`,
      )
      .map(toSummary);
  }

  get(id: string): CaseSummary {
    const found = this.list().find((c) => c.id === id);
    if (!found) throw new AppError('not-found', `案件 ${id} 不存在 (no case with id ${id})`);
    return found;
  }

  create(title: string, type: string | null): CaseSummary {
    const now = this.clock();
    const { operator, zone } = this.ws.settings;
    // Case numbers count per year in the bureau's zone, as paper case numbers do: C2026-0001.
    const year = new Date(now.getTime() + offsetAtInstant(zone, now.getTime()) * 60_000).getUTCFullYear();
    const id = this.ws.db.transaction(() => {
      const prefix = `C${year}-`;
      const last = this.ws.db.get<{ id: string }>(sql`SELECT id FROM cases WHERE id LIKE ${`${prefix}%`}
        ORDER BY CAST(substr(id, ${prefix.length + 1}) AS INTEGER) DESC LIMIT 1`);
      const next = last ? Number(last.id.slice(prefix.length)) + 1 : 1;
      const newId = `${prefix}${String(next).padStart(4, '0')}`;
      this.ws.db.run(sql`INSERT INTO cases (id, title, type, created_at, created_by)
        VALUES (${newId}, ${title}, ${type}, ${now.toISOString()}, ${operator})`);
      this.ws.audit.append(operator, 'case.create', `case:${newId}`, { id: newId, title, type });
      return newId;
    });
    return this.get(id);
  }
}
