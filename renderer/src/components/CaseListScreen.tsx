// The first screen: every case in the workspace, newest first, with its status, violation, party and next
// deadline; a search box and filters; the cases due within a week in a strip above; and the button that opens a
// new case.

import { useMemo, useState } from 'react';
import { call } from '../bridge/call';
import { EMPTY_FILTER, filterCases, isFiltering, NO_TYPE } from '../cases/case-filter';
import type { CaseFilter } from '../cases/case-filter';
import { dueSoon } from '../cases/deadline';
import { formatInstantInZone } from '../format/date-time';
import { catalogItem, useCatalog } from '../hooks/useCatalog';
import { caseHref } from '../hooks/useHashRoute';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { CaseFilters } from './CaseFilters';
import { DeadlineCell } from './DeadlineCell';
import { DueSoonStrip } from './DueSoonStrip';
import { ErrorBanner } from './ErrorBanner';
import { NewCaseForm } from './NewCaseForm';
import { StatusBadge } from './StatusBadge';
import { useViolationName } from './ViolationName';

export function CaseListScreen({ zone }: { zone: string }) {
  const { t } = useI18n();
  // "Now" for days-left is when the list was loaded: the list is loaded afresh each time the screen opens.
  const { data, reload } = useLoad(() => call('cases.list', {}).then((list) => ({ list, nowMs: Date.now() })), []);
  const catalog = useCatalog();
  const violationName = useViolationName();
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState<CaseFilter>(EMPTY_FILTER);
  const cases = data.value?.list ?? null;
  const nowMs = data.value?.nowMs ?? 0;

  const shown = useMemo(() => (cases ? filterCases(cases, filter) : []), [cases, filter]);
  const due = useMemo(() => (cases ? dueSoon(cases, nowMs) : []), [cases, nowMs]);
  const types = useMemo(() => [...new Set((cases ?? []).map((c) => c.type ?? NO_TYPE))].sort(), [cases]);
  const filtering = isFiltering(filter);

  return (
    <main className="page page-cases">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t.casesHeading}</h1>
          {cases && (
            <p className="page-sub" data-testid="cases-count">
              {filtering ? t.casesShown(shown.length, cases.length) : t.casesCount(cases.length)}
            </p>
          )}
        </div>
        {!creating && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+ </span>
            {t.newCase}
          </button>
        )}
      </div>

      {creating && (
        <NewCaseForm
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            window.location.hash = caseHref(created.id);
          }}
        />
      )}

      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={() => void reload()} />}
      {data.state === 'loading' && !cases && <p className="muted">{t.loading}</p>}

      {cases && cases.length === 0 && !creating && <div className="empty panel">{t.casesEmpty}</div>}
      {cases && cases.length > 0 && (
        <>
          <DueSoonStrip cases={due} nowMs={nowMs} />
          <CaseFilters filter={filter} onChange={setFilter} types={types} catalog={catalog.items} />
          <div className="panel table-panel">
            <table className="case-table">
              <thead>
                <tr>
                  <th scope="col">{t.colCaseId}</th>
                  <th scope="col">{t.colTitle}</th>
                  <th scope="col">{t.colType}</th>
                  <th scope="col">{t.colStatus}</th>
                  <th scope="col">{t.colParty}</th>
                  <th scope="col">{t.colDeadline}</th>
                  <th scope="col" className="num">
                    {t.colEvidence}
                  </th>
                  <th scope="col">{t.colCreated}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <tr key={c.id} data-testid="case-row">
                    <td className="mono nowrap">{c.id}</td>
                    <td className="case-title-cell">
                      <a className="case-link" href={caseHref(c.id)} aria-label={t.openCase(c.title)}>
                        {c.title}
                      </a>
                    </td>
                    <td className="case-type">{c.type ? violationName(catalogItem(catalog.items, c.type), c.type) : <span className="muted">—</span>}</td>
                    <td>
                      <StatusBadge summary={c} zone={zone} />
                    </td>
                    <td className="case-party" data-testid="case-party">
                      {c.partyName ?? <span className="muted">{t.casePartyNone}</span>}
                    </td>
                    <td className="nowrap">
                      <DeadlineCell deadline={c.nextDeadline} nowMs={nowMs} />
                    </td>
                    <td className="num nowrap" data-testid="case-evidence">
                      {c.evidenceCount}
                      {c.warningCount > 0 && (
                        <span className="count-warn case-warn" title={t.warningsBadge(c.warningCount)} aria-label={t.warningsBadge(c.warningCount)}>
                          !{c.warningCount}
                        </span>
                      )}
                    </td>
                    <td className="nowrap">{formatInstantInZone(c.createdAt, zone, t.dateStyle)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown.length === 0 && (
              <div className="empty cases-no-match" data-testid="cases-no-match">
                {t.casesNoMatch}{' '}
                <button type="button" className="btn btn-small btn-quiet" onClick={() => setFilter(EMPTY_FILTER)}>
                  {t.clearFilters}
                </button>
              </div>
            )}
          </div>
        </>
      )}
    </main>
  );
}
