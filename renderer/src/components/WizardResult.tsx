// How a dataset import ended: the new version with its counts and every rejected or doubtful row (row number,
// field, reason, downloadable as CSV); or why the file was refused; or that it was cancelled.

import type { JobStatus } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';
import { DownloadProblemsButton } from './ProblemRowsDialog';
import { ProblemTable } from './ProblemTable';

export function WizardResult({ status }: { status: JobStatus }) {
  const { t } = useI18n();
  const summary = status.dataSummary;
  if (status.state !== 'done' || !summary) {
    const refused = status.state === 'failed';
    return (
      <div className={refused ? 'wizard-outcome outcome-failed' : 'wizard-outcome'} role={refused ? 'alert' : 'status'} data-testid="data-import-result">
        <strong className="outcome-title">{refused ? t.dataImportRefused : t.dataImportCancelled}</strong>
        {status.error && <p className="outcome-message">{status.error}</p>}
      </div>
    );
  }
  const problems = [
    ...summary.rejected.map((r) => ({ ...r, severity: 'reject' as const })),
    ...summary.warnings.map((w) => ({ ...w, severity: 'warning' as const })),
  ].sort((a, b) => a.row - b.row);
  const tone = summary.rejected.length > 0 ? 'outcome-mixed' : 'outcome-ok';
  return (
    <div className="wizard-result" data-testid="data-import-result">
      <div className={`wizard-outcome ${tone}`} role="status">
        <div className="outcome-line">
          <strong className="outcome-title">{t.dataImportDone}</strong>
          <span className="muted">{t.resultVersion(t.datasetKinds[summary.kind], summary.version)}</span>
        </div>
        <div className="outcome-counts">
          <span className="count-chip">{t.resultRows(summary.rows)}</span>
          <span className="count-chip chip-ok" data-testid="result-imported">
            {t.resultImportedRows(summary.imported)}
          </span>
          <span className={summary.rejected.length > 0 ? 'count-chip chip-bad' : 'count-chip'} data-testid="result-rejected">
            {t.resultRejectedRows(summary.rejected.length)}
          </span>
          <span className={summary.warnings.length > 0 ? 'count-chip chip-warn' : 'count-chip'} data-testid="result-warnings">
            {t.resultWarningRows(summary.warnings.length)}
          </span>
          {problems.length > 0 && (
            <span className="outcome-download">
              <DownloadProblemsButton versionId={summary.versionId} />
            </span>
          )}
        </div>
      </div>
      {problems.length > 0 ? (
        <section aria-label={t.resultProblemsHeading}>
          <h3 className="subheading">{t.resultProblemsHeading}</h3>
          <ProblemTable problems={problems} withRaw={false} />
        </section>
      ) : (
        <p className="ok-line">{t.resultNoProblems}</p>
      )}
    </div>
  );
}
