// A dataset import while it runs: which phase (reading, checking rows, writing), how many rows, and a cancel
// button. Reading and writing have no row count to show, so their bar is indeterminate.

import type { JobStatus } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

interface Props {
  status: JobStatus | null;
  cancelling: boolean;
  onCancel: () => void;
}

export function WizardProgress({ status, cancelling, onCancel }: Props) {
  const { t } = useI18n();
  const phase = status?.phase ?? 'reading';
  const counted = phase === 'validating' && status !== null && status.rowsTotal > 0;
  const ratio = counted ? status.rowsDone / status.rowsTotal : 0;
  return (
    <div className="wizard-progress" data-testid="data-import-progress">
      <div className="progress-line">
        <strong data-testid="import-phase">{t.importPhases[phase]}</strong>
        {status && status.rowsTotal > 0 && <span>{t.progressRows(status.rowsDone, status.rowsTotal)}</span>}
        <button type="button" className="btn btn-small" onClick={onCancel} disabled={cancelling || status === null}>
          {cancelling ? t.cancelling : t.cancelImport}
        </button>
      </div>
      <div
        className={counted ? 'progress-bar' : 'progress-bar is-indeterminate'}
        role="progressbar"
        aria-label={t.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={counted ? Math.round(ratio * 100) : undefined}
      >
        <div className="progress-fill" style={counted ? { width: `${Math.min(100, ratio * 100)}%` } : undefined} />
      </div>
      <ol className="phase-steps">
        {(['reading', 'validating', 'writing'] as const).map((p, i, all) => {
          const at = all.indexOf(phase);
          return (
            <li key={p} className={i < at ? 'is-done' : i === at ? 'is-current' : ''}>
              {t.importPhases[p]}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
