// The departments' data: every imported dataset version with its provenance and problem rows, the import
// wizard, and a browser over the current records.

import { useCallback, useState } from 'react';
import type { DatasetVersion } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { DatasetTable } from './DatasetTable';
import { ErrorBanner } from './ErrorBanner';
import { ImportWizard } from './ImportWizard';
import { ProblemRowsDialog } from './ProblemRowsDialog';
import { RecordBrowser } from './RecordBrowser';

export function DataScreen({ zone }: { zone: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const { data, reload } = useLoad(() => call('datasets.list', {}), [version]);
  const [importing, setImporting] = useState(false);
  const [problemsOf, setProblemsOf] = useState<DatasetVersion | null>(null);
  const onImported = useCallback(() => setVersion((v) => v + 1), []);
  const versions = data.value;

  return (
    <main className="page page-data">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t.dataHeading}</h1>
          <p className="page-sub">{t.dataSub}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setImporting(true)}>
          <span aria-hidden="true">+ </span>
          {t.importData}
        </button>
      </div>

      <section className="panel versions-panel" aria-labelledby="versions-h">
        <div className="panel-head">
          <h2 id="versions-h" className="panel-title">
            {t.versionsHeading}
          </h2>
          {versions && versions.length > 0 && <span className="muted small">{t.versionsCount(versions.length)}</span>}
        </div>
        {data.state === 'error' && <ErrorBanner error={data.error} onRetry={() => void reload()} />}
        {!versions && data.state === 'loading' && <p className="muted panel-pad">{t.loading}</p>}
        {versions && versions.length === 0 && <p className="empty-inline">{t.versionsEmpty}</p>}
        {versions && versions.length > 0 && (
          <div className="table-scroll">
            <DatasetTable versions={versions} zone={zone} onShowProblems={setProblemsOf} />
          </div>
        )}
      </section>

      <RecordBrowser version={version} hasData={(versions?.length ?? 0) > 0} />

      {importing && <ImportWizard onClose={() => setImporting(false)} onImported={onImported} />}
      {problemsOf && <ProblemRowsDialog version={problemsOf} onClose={() => setProblemsOf(null)} />}
    </main>
  );
}
