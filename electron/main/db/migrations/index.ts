import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-datasets';
import { migration0003 } from './0003-chain';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; a migration is never edited once released, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
