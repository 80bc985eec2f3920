// The import's progress while it runs (files, megabytes, the current file, a cancel button) and its result after:
// how many were imported, how many were already in the case, and each rejected file with its reason.

import type { JobStatus } from '../../../electron/contract/dto';
import { formatMegabytes } from '../format/numbers';
import type { ImportState } from '../hooks/useImportJob';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';

interface Props {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

function Progress({ status, cancelling, onCancel }: { status: JobStatus; cancelling: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  const ratio = status.bytesTotal > 0 ? status.bytesDone / status.bytesTotal : status.filesTotal > 0 ? status.filesDone / status.filesTotal : 0;
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="progress-line">
        <strong>{t.importing}</strong>
        <span>{t.progressFiles(status.filesDone, status.filesTotal)}</span>
        <span>{t.progressMegabytes(formatMegabytes(status.bytesDone), formatMegabytes(status.bytesTotal))}</span>
        <button type="button" className="btn btn-small" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t.cancelling : t.cancelImport}
        </button>
      </div>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(ratio * 100)}
      >
        <div className="progress-fill" style={{ width: `${Math.min(100, ratio * 100)}%` }} />
      </div>
      <div className="progress-current" title={status.current ?? ''}>
        {status.current ? (
          <>
            <span className="muted">{t.progressCurrent}</span>
            {baseName(status.current)}
          </>
        ) : (
          '\u00a0'
        )}
      </div>
    </div>
  );
}

function Result({ status, onDismiss }: { status: JobStatus; onDismiss: () => void }) {
  const { t } = useI18n();
  const summary = status.summary;
  const heading = status.state === 'failed' ? t.resultFailed : status.state === 'cancelled' ? t.resultCancelled : t.resultDone;
  const tone = status.state === 'failed' ? 'result-failed' : summary && summary.rejected.length > 0 ? 'result-mixed' : 'result-ok';
  return (
    <section className={`import-result ${tone}`} aria-label={heading} data-testid="import-result">
      <div className="result-line">
        <strong>{heading}</strong>
        {summary && (
          <>
            <span className="result-count">{t.resultImported(summary.imported)}</span>
            <span className="result-count">{t.resultDuplicates(summary.duplicates)}</span>
            <span className={summary.rejected.length > 0 ? 'result-count text-serious' : 'result-count'}>{t.resultRejected(summary.rejected.length)}</span>
          </>
        )}
        {status.error && <span className="text-serious">{status.error}</span>}
        <button type="button" className="btn btn-small btn-quiet result-close" onClick={onDismiss}>
          {t.close}
        </button>
      </div>
      {summary && summary.rejected.length > 0 && (
        <div className="rejected">
          <table className="rejected-table" aria-label={t.rejectedHeading}>
            <thead>
              <tr>
                <th scope="col">{t.rejectedPath}</th>
                <th scope="col">{t.rejectedReason}</th>
              </tr>
            </thead>
            <tbody>
              {summary.rejected.map((r, i) => (
                <tr key={`${r.path}-${i}`}>
                  <td className="mono" title={r.path}>
                    {baseName(r.path)}
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ImportStatus({ state, onCancel, onDismiss }: Props) {
  const { t } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'preparing':
      return (
        <div className="import-progress" data-testid="import-progress">
          <div className="progress-line">
            <strong>{state.uploading !== null ? t.uploading(state.uploading) : t.preparing}</strong>
          </div>
          <div className="progress-bar is-indeterminate" role="progressbar" aria-label={t.progressLabel}>
            <div className="progress-fill" />
          </div>
        </div>
      );
    case 'running':
      return <Progress status={state.status} cancelling={state.cancelling} onCancel={onCancel} />;
    case 'finished':
      return <Result status={state.status} onDismiss={onDismiss} />;
    case 'error':
      return <ErrorBanner error={state.error} onClose={onDismiss} />;
  }
}
