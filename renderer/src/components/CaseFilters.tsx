// The case list's search box and its status and violation filters.

import { CASE_STATUSES, NO_TYPE } from '../cases/case-filter';
import type { CaseFilter, CaseStatus } from '../cases/case-filter';
import { catalogItem } from '../hooks/useCatalog';
import type { CatalogItem } from '../hooks/useCatalog';
import { useI18n } from '../i18n';
import { useViolationName } from './ViolationName';

interface Props {
  filter: CaseFilter;
  onChange: (filter: CaseFilter) => void;
  /** Violation codes the listed cases use, so the filter offers only those. */
  types: readonly string[];
  catalog: CatalogItem[] | null;
}

export function CaseFilters({ filter, onChange, types, catalog }: Props) {
  const { t } = useI18n();
  const violationName = useViolationName();
  return (
    <div className="case-filters" role="search" aria-label={t.caseSearchLabel}>
      <input
        type="search"
        className="case-search"
        value={filter.query}
        placeholder={t.caseSearchPlaceholder}
        aria-label={t.caseSearchLabel}
        data-testid="case-search"
        onChange={(e) => onChange({ ...filter, query: e.target.value })}
      />
      <select aria-label={t.filterStatus} value={filter.status} data-testid="filter-status" onChange={(e) => onChange({ ...filter, status: e.target.value as CaseStatus | '' })}>
        <option value="">{t.filterStatusAll}</option>
        {CASE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.caseStatus[s]}
          </option>
        ))}
      </select>
      <select aria-label={t.filterType} value={filter.type} data-testid="filter-type" onChange={(e) => onChange({ ...filter, type: e.target.value })}>
        <option value="">{t.filterTypeAll}</option>
        {types.map((code) => (
          <option key={code} value={code}>
            {code === NO_TYPE ? t.filterTypeNone : violationName(catalogItem(catalog, code), code)}
          </option>
        ))}
      </select>
    </div>
  );
}
