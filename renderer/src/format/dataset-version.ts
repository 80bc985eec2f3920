// A dataset version id as the core writes it — "<kind>:<department>@<version>" — read back into its parts so it
// can be shown as "临街商户 第 1 版", with the department and the raw id a hover away.

import { isDatasetKind } from '../data/kinds';
import type { DatasetKind } from '../data/kinds';

export interface VersionRef {
  kind: DatasetKind;
  department: string;
  version: number;
}

export function parseVersionId(id: string): VersionRef | null {
  const m = /^([a-z]+):(.*)@(\d+)$/.exec(id);
  if (!m?.[1] || m[2] === undefined || !m[3] || !isDatasetKind(m[1])) return null;
  return { kind: m[1], department: m[2], version: Number(m[3]) };
}
