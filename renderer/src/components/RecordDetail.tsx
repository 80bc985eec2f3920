// One record in full, unmasked. Opening it is written to the audit log by the core, and the panel says so.

import type { RecordSummary } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { formatLatitude, formatLongitude } from '../format/numbers';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { DatasetVersionRef } from './DatasetVersionRef';
import { ErrorBanner } from './ErrorBanner';
import { ProblemTable } from './ProblemTable';

export function RecordDetail({ record }: { record: RecordSummary }) {
  const { t } = useI18n();
  const { data, reload } = useLoad(() => call('records.open', { ref: record.ref }), [record.ref]);
  const full = data.value;

  return (
    <article className="record-detail" aria-label={t.openRecordLabel(record.name)} data-testid="record-detail">
      <header className="record-detail-head">
        <h3 className="record-detail-title">{record.name}</h3>
        <span className="kind-chip">{t.datasetKinds[record.kind]}</span>
      </header>
      <p className="audit-notice" role="note">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 1.8l5 2v4c0 3-2.2 5.3-5 6.4C5.2 13.1 3 10.8 3 7.8v-4z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
          <path d="M8 5v3.4M8 10.6v.1" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <span>
          {t.auditNotice}
          {full && <span className="muted"> · {t.recordOpenedNote}</span>}
        </span>
      </p>
      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={() => void reload()} />}
      {!full && data.state === 'loading' && <p className="muted">{t.loading}</p>}
      {full && (
        <>
          <dl className="facts record-facts">
            <div className="fact">
              <dt>{t.recordKey}</dt>
              <dd className="mono selectable">{full.key}</dd>
            </div>
            {full.lat !== null && full.lon !== null && (
              <div className="fact">
                <dt>{t.recordPosition}</dt>
                <dd className="mono">
                  {formatLatitude(full.lat)}, {formatLongitude(full.lon)}
                </dd>
              </div>
            )}
            <div className="fact">
              <dt>{t.recordVersion}</dt>
              <dd>
                <DatasetVersionRef id={full.datasetVersion} />
              </dd>
            </div>
          </dl>
          <h4 className="subheading">{t.recordFields}</h4>
          <dl className="facts record-facts" data-testid="record-fields">
            {Object.entries(full.fields)
              .filter(([key]) => key !== 'lat' && key !== 'lon')
              .map(([key, value]) => (
                <div className="fact" key={key} data-field={key}>
                  <dt title={key}>{t.fieldLabels[key] ?? key}</dt>
                  <dd className="selectable">{value === null || value === '' ? <span className="muted">—</span> : String(value)}</dd>
                </div>
              ))}
          </dl>
          <h4 className="subheading">{t.recordProblems}</h4>
          {full.problems.length === 0 ? <p className="ok-line">{t.recordNoProblems}</p> : <ProblemTable problems={full.problems} withRaw={false} />}
        </>
      )}
    </article>
  );
}
