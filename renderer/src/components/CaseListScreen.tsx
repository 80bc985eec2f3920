// The first screen: every case in the workspace, newest first, with its violation and whether its evidence chain
// is complete, and the button that opens a new one.

import { useState } from 'react';
import { call } from '../bridge/call';
import { formatInstantInZone } from '../format/date-time';
import { catalogItem, useCatalog } from '../hooks/useCatalog';
import { caseHref } from '../hooks/useHashRoute';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { ChainBadge } from './ChainBadge';
import { ErrorBanner } from './ErrorBanner';
import { NewCaseForm } from './NewCaseForm';
import { useViolationName } from './ViolationName';

export function CaseListScreen({ zone }: { zone: string }) {
  const { t } = useI18n();
  const { data, reload } = useLoad(() => call('cases.list', {}), []);
  const catalog = useCatalog();
  const violationName = useViolationName();
  const [creating, setCreating] = useState(false);
  const cases = data.value;

  return (
    <main className="page page-cases">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t.casesHeading}</h1>
          {cases && <p className="page-sub">{t.casesCount(cases.length)}</p>}
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
        <div className="panel table-panel">
          <table className="case-table">
            <thead>
              <tr>
                <th scope="col">{t.colCaseId}</th>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colType}</th>
                <th scope="col">{t.colChain}</th>
                <th scope="col">{t.colCreated}</th>
                <th scope="col" className="num">
                  {t.colEvidence}
                </th>
                <th scope="col" className="num">
                  {t.colWarnings}
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} data-testid="case-row">
                  <td className="mono">{c.id}</td>
                  <td>
                    <a className="case-link" href={caseHref(c.id)} aria-label={t.openCase(c.title)}>
                      {c.title}
                    </a>
                  </td>
                  <td>{c.type ? violationName(catalogItem(catalog.items, c.type), c.type) : <span className="muted">—</span>}</td>
                  <td className="nowrap">
                    <ChainBadge complete={c.complete} type={c.type} />
                  </td>
                  <td className="nowrap">{formatInstantInZone(c.createdAt, zone, t.dateStyle)}</td>
                  <td className="num">{c.evidenceCount}</td>
                  <td className="num">
                    {c.warningCount > 0 ? <span className="count-warn">{c.warningCount}</span> : <span className="muted">0</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
