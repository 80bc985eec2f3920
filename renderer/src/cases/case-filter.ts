// The case list's search and filters: a free-text query over the case number, title and party name, and a
// status and a violation to narrow by. Pure, so the list and its tests agree on what matches.

import type { CaseSummary } from '../../../electron/contract/dto';

export type CaseStatus = CaseSummary['status'];
export const CASE_STATUSES: readonly CaseStatus[] = ['collecting', 'complete', 'exported'];

/** '' means any. `type` is a catalogue code, or NO_TYPE for cases with no violation chosen. */
export interface CaseFilter {
  query: string;
  status: CaseStatus | '';
  type: string;
}

export const NO_TYPE = '-';
export const EMPTY_FILTER: CaseFilter = { query: '', status: '', type: '' };

export function isFiltering(filter: CaseFilter): boolean {
  return filter.query.trim() !== '' || filter.status !== '' || filter.type !== '';
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('zh-CN');
}

export function matchesCase(c: CaseSummary, filter: CaseFilter): boolean {
  if (filter.status !== '' && c.status !== filter.status) return false;
  if (filter.type !== '' && (c.type ?? NO_TYPE) !== filter.type) return false;
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([c.id, c.title, c.partyName ?? ''].join('\n'));
  return words.every((w) => haystack.includes(w));
}

export function filterCases(cases: readonly CaseSummary[], filter: CaseFilter): CaseSummary[] {
  return cases.filter((c) => matchesCase(c, filter));
}
