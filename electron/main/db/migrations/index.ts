import { migration0001 } from './0001-initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a migration is never edited once released, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
