// The names the dataset screens choose between — kinds of department data, coordinate systems and encodings —
// as types taken from the contract, so a kind the core adds is a type error here until the UI names it.

import type { Input } from '../../../electron/contract/api';
import type { DatasetVersion, PartyCandidate } from '../../../electron/contract/dto';

export type DatasetKind = DatasetVersion['kind'];
export type Crs = Input<'datasets.import'>['crs'];
export type EncodingChoice = NonNullable<Input<'datasets.import'>['encoding']>;
export type CandidateKind = PartyCandidate['kind'];

/** The order kinds are offered in: who the party is (registries) first, then where (grids, cameras). */
export const DATASET_KINDS: readonly DatasetKind[] = ['merchant', 'business', 'vehicle', 'grid', 'camera'];
export const CRS_CHOICES: readonly Crs[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'];
export const ENCODING_CHOICES: readonly EncodingChoice[] = ['auto', 'utf8', 'gb18030'];

/** Kinds whose records carry no coordinates: their CRS means nothing and the wizard does not ask for it. */
export const KINDS_WITHOUT_POSITION: readonly DatasetKind[] = ['vehicle'];

export function isDatasetKind(value: string): value is DatasetKind {
  return (DATASET_KINDS as readonly string[]).includes(value);
}
