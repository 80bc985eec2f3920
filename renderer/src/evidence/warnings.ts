// The renderer cannot import the core, so it keeps its own copy of each warning's severity, keyed by the stable
// code the contract carries (texts live in the i18n tables). A new code in the core fails the type-check here.

import type { EvidenceItem } from '../../../electron/contract/dto';

export type WarningCode = EvidenceItem['warnings'][number];
export type Severity = 'info' | 'warning' | 'serious';

export const WARNING_SEVERITY: Record<WarningCode, Severity> = {
  'time-missing': 'serious',
  'time-zone-assumed': 'info',
  'clock-not-set': 'serious',
  'time-in-future': 'serious',
  'time-before-device-era': 'serious',
  'gps-null-island': 'warning',
  'gps-out-of-range': 'warning',
  'gps-time-mismatch': 'warning',
  'edited-software': 'serious',
  'edited-modify-date': 'warning',
  'edited-xmp-history': 'serious',
  'metadata-unreadable': 'serious',
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

/** The worst severity among an item's warnings, for the badge on its tile. */
export function worstSeverity(codes: readonly WarningCode[]): Severity | null {
  let worst: Severity | null = null;
  for (const code of codes) {
    const s = WARNING_SEVERITY[code];
    if (worst === null || RANK[s] > RANK[worst]) worst = s;
  }
  return worst;
}

/** Most severe first, so the detail pane leads with what matters. */
export function sortWarnings(codes: readonly WarningCode[]): WarningCode[] {
  return [...codes].sort((a, b) => RANK[WARNING_SEVERITY[b]] - RANK[WARNING_SEVERITY[a]]);
}
