// Finds records across the current dataset versions: a debounced search box and a kind filter over a masked
// result list; the record clicked is opened in full beside it (and that opening is audit-logged).

import { useId, useState } from 'react';
import type { RecordSummary } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { DATASET_KINDS, isDatasetKind } from '../data/kinds';
import type { DatasetKind } from '../data/kinds';
import { useDebounced } from '../hooks/useDebounced';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { RecordDetail } from './RecordDetail';
import { RecordList } from './RecordList';

const SEARCH_LIMIT = 500;
const DEBOUNCE_MS = 250;

/** `version` changes when a dataset is imported, so the results are read again. */
export function RecordBrowser({ version, hasData }: { version: number; hasData: boolean }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<DatasetKind | ''>('');
  const [opened, setOpened] = useState<RecordSummary | null>(null);
  const settledQuery = useDebounced(query, DEBOUNCE_MS);
  const searchId = useId();
  const kindId = useId();
  const { data, reload } = useLoad(
    () => call('records.search', { query: settledQuery, kind: kind === '' ? null : kind, limit: SEARCH_LIMIT }),
    [settledQuery, kind, version],
  );
  const results = data.value;
  const pending = data.state === 'loading' || query !== settledQuery;

  return (
    <section className="panel records-panel" aria-labelledby={`${searchId}-h`} data-testid="record-browser">
      <div className="panel-head">
        <div>
          <h2 id={`${searchId}-h`} className="panel-title">
            {t.recordsHeading}
          </h2>
          <p className="panel-sub">{t.recordsSub}</p>
        </div>
      </div>
      <div className="records-body">
        <div className="records-search">
          <div className="search-bar">
            <div className="field field-grow">
              <label htmlFor={searchId}>{t.searchLabel}</label>
              <input id={searchId} type="search" value={query} placeholder={t.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={kindId}>{t.kindFilterLabel}</label>
              <select id={kindId} value={kind} onChange={(e) => setKind(isDatasetKind(e.target.value) ? e.target.value : '')}>
                <option value="">{t.kindAll}</option>
                {DATASET_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t.datasetKinds[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="records-count muted" aria-live="polite" data-testid="records-count">
            {pending ? t.searching : results ? t.recordsCount(results.length, results.length >= SEARCH_LIMIT) : '\u00a0'}
          </p>
          {data.state === 'error' && <ErrorBanner error={data.error} onRetry={() => void reload()} />}
          {results && results.length === 0 && !pending && <p className="records-empty muted">{hasData ? t.recordsEmpty : t.recordsNoData}</p>}
          {results && results.length > 0 && <RecordList records={results} selectedRef={opened?.ref ?? null} onOpen={setOpened} />}
        </div>
        <div className="records-side">
          {opened ? (
            <RecordDetail key={opened.ref} record={opened} />
          ) : (
            <div className="records-hint">
              <p>{t.recordSelectHint}</p>
              <p className="audit-notice-quiet">{t.auditNotice}</p>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
