// Column mappings a bureau saved for exports whose headers differ from the usual ones.
import type { ColumnMapping, DatasetKind } from '../../core/data/dataset-kinds';
import { sql } from '../db/sql';
import type { Workspace } from '../workspace/workspace';

export const DEFAULT_MAPPING_NAME = 'default';

export function loadSavedMapping(ws: Workspace, kind: DatasetKind, name = DEFAULT_MAPPING_NAME): ColumnMapping | undefined {
  const row = ws.db.get<{ mapping_json: string }>(sql`SELECT mapping_json FROM column_mappings WHERE kind = ${kind} AND name = ${name}`);
  return row ? (JSON.parse(row.mapping_json) as ColumnMapping) : undefined;
}

export function saveMapping(ws: Workspace, kind: DatasetKind, mapping: ColumnMapping, name = DEFAULT_MAPPING_NAME): void {
  const { operator } = ws.settings;
  ws.db.transaction(() => {
    ws.db.run(sql`INSERT INTO column_mappings (kind, name, mapping_json, saved_at) VALUES (${kind}, ${name}, ${JSON.stringify(mapping)}, ${new Date().toISOString()})
      ON CONFLICT(kind, name) DO UPDATE SET mapping_json = excluded.mapping_json, saved_at = excluded.saved_at`);
    ws.audit.append(operator, 'mapping.save', `mapping:${kind}/${name}`, { kind, name, mapping });
  });
}
