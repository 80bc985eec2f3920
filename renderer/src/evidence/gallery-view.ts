// Which captures the gallery shows, and in what order: sorted by evidence number or capture time, filtered by
// device, warnings and review state. Pure, so a 5,000-capture case is re-sorted in one pass on each change.

import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../chain/review-marks';
import { WARNING_SEVERITY } from './warnings';
import type { Severity, WarningCode } from './warnings';

export type GallerySort = 'seq' | 'time-asc' | 'time-desc';
/** 'any': at least one warning; 'none': none at all; a severity: at least one that severe; a code: that warning. */
export type WarningFilter = 'all' | 'any' | 'none' | Severity | WarningCode;
export type ReviewFilter = 'all' | ReviewMark;

export interface GalleryView {
  sort: GallerySort;
  /** A device key (see `deviceKey`), or null for every device. */
  device: string | null;
  warning: WarningFilter;
  review: ReviewFilter;
}

export const DEFAULT_VIEW: GalleryView = { sort: 'seq', device: null, warning: 'all', review: 'all' };

type Item = Pick<EvidenceItem, 'id' | 'seq' | 'capturedAt' | 'device' | 'warnings'>;

/** One camera or phone: its serial where it wrote one, else make and model; '' where nothing was recorded. */
export function deviceKey(item: Pick<EvidenceItem, 'device'>): string {
  const { make, model, serial } = item.device;
  if (serial) return `serial:${serial}`;
  const name = [make, model].filter(Boolean).join(' ');
  return name ? `model:${name}` : '';
}

export interface DeviceOption {
  key: string;
  /** Make and model, with the serial where there is one; '' for "not recorded". */
  label: string;
  count: number;
}

/** Every device in the case, with how many captures it took; the most used first. */
export function deviceOptions(items: readonly Pick<EvidenceItem, 'device'>[]): DeviceOption[] {
  const byKey = new Map<string, DeviceOption>();
  for (const item of items) {
    const key = deviceKey(item);
    const found = byKey.get(key);
    if (found) {
      found.count++;
      continue;
    }
    const { make, model, serial } = item.device;
    const name = [make, model].filter(Boolean).join(' ');
    byKey.set(key, { key, label: serial ? (name ? `${name} · ${serial}` : serial) : name, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The warning codes present in the case, most severe first, for the warning filter's choices. */
export function warningCodesIn(items: readonly Pick<EvidenceItem, 'warnings'>[]): WarningCode[] {
  const rank: Record<Severity, number> = { serious: 0, warning: 1, info: 2 };
  const codes = new Set<WarningCode>(items.flatMap((i) => i.warnings));
  return [...codes].sort((a, b) => rank[WARNING_SEVERITY[a]] - rank[WARNING_SEVERITY[b]] || a.localeCompare(b));
}

function matchesWarning(codes: readonly WarningCode[], filter: WarningFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'any':
      return codes.length > 0;
    case 'none':
      return codes.length === 0;
    case 'info':
    case 'warning':
    case 'serious':
      return codes.some((c) => WARNING_SEVERITY[c] === filter);
    default:
      return codes.includes(filter);
  }
}

function byTime(direction: 1 | -1) {
  // Captures without a time go last either way: they cannot be placed on the timeline.
  return (a: Item, b: Item): number => {
    if (a.capturedAt === b.capturedAt) return a.seq - b.seq;
    if (a.capturedAt === null) return 1;
    if (b.capturedAt === null) return -1;
    return direction * (Date.parse(a.capturedAt) - Date.parse(b.capturedAt)) || a.seq - b.seq;
  };
}

export function applyView<T extends Item>(items: readonly T[], reviews: ReadonlyMap<string, ReviewMark>, view: GalleryView): T[] {
  const shown = items.filter(
    (item) =>
      (view.device === null || deviceKey(item) === view.device) &&
      matchesWarning(item.warnings, view.warning) &&
      (view.review === 'all' || (reviews.get(item.id) ?? 'none') === view.review),
  );
  if (view.sort === 'seq') return shown.sort((a, b) => a.seq - b.seq);
  return shown.sort(byTime(view.sort === 'time-asc' ? 1 : -1));
}

export function isFiltered(view: GalleryView): boolean {
  return view.device !== null || view.warning !== 'all' || view.review !== 'all';
}
