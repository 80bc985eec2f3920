// What the import wizard's first step collects, and the defaults it starts from.

import type { Crs, DatasetKind, EncodingChoice } from './kinds';

export interface SourceForm {
  /** The file's name and size as picked; `path` is where the core can read it (after upload, in a browser). */
  file: { name: string; size: number } | null;
  path: string | null;
  kind: DatasetKind;
  encoding: EncodingChoice;
  /** WGS-84 unless the handler says otherwise: the wizard explains which map vendors use GCJ-02 and BD-09. */
  crs: Crs;
  department: string;
  /** yyyy-mm-dd, or '' where the export date is not known. */
  exportedOn: string;
}

export const EMPTY_SOURCE: SourceForm = {
  file: null,
  path: null,
  kind: 'merchant',
  encoding: 'auto',
  crs: 'wgs84',
  department: '',
  exportedOn: '',
};

/** A GeoJSON file can only be grids; anything else keeps the kind the handler chose. */
export function kindForFile(name: string, current: DatasetKind): DatasetKind {
  return /\.geojson$/i.test(name) ? 'grid' : current;
}

export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}
