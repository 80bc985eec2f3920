// An export while it runs: its steps in order — gather, lay out, sign, write (and package) — with the current one
// marked. The dialog's footer holds the cancel button.

import type { ExportStep } from '../hooks/useExportJob';
import { useI18n } from '../i18n';

const STEPS: readonly ExportStep[] = ['assembling', 'laying-out', 'signing', 'writing', 'packaging'];

export function ExportProgress({ step, withPackage }: { step: ExportStep | null; withPackage: boolean }) {
  const { t } = useI18n();
  const steps = withPackage ? STEPS : STEPS.filter((s) => s !== 'packaging');
  const at = step ? steps.indexOf(step) : 0;
  return (
    <div className="export-progress" data-testid="export-progress" data-step={step ?? ''}>
      <p className="export-progress-title">
        <strong>{t.exportRunning}</strong>
      </p>
      <div className="progress-bar is-indeterminate" role="progressbar" aria-label={t.exportProgressLabel}>
        <div className="progress-fill" />
      </div>
      <ol className="export-steps">
        {steps.map((s, i) => (
          <li key={s} className={i < at ? 'is-done' : i === at ? 'is-current' : ''} aria-current={i === at ? 'step' : undefined}>
            <span className="step-num" aria-hidden="true">
              {i < at ? '✓' : i + 1}
            </span>
            {t.exportSteps[s]}
          </li>
        ))}
      </ol>
    </div>
  );
}
