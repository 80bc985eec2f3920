// An item's warnings, most severe first, each with its severity, its text in the current language and its code.

import { sortWarnings, WARNING_SEVERITY } from '../evidence/warnings';
import type { WarningCode } from '../evidence/warnings';
import { useI18n } from '../i18n';

export function WarningList({ codes }: { codes: readonly WarningCode[] }) {
  const { t } = useI18n();
  if (codes.length === 0) return <p className="ok-line">{t.noWarnings}</p>;
  return (
    <ul className="warning-list">
      {sortWarnings(codes).map((code) => {
        const severity = WARNING_SEVERITY[code];
        return (
          <li key={code} className={`warning sev-${severity}`} data-warning-code={code}>
            <span className={`sev-tag sev-${severity}`}>{t.severity[severity]}</span>
            <span className="warning-text">{t.warnings[code]}</span>
            <code className="warning-code">{code}</code>
          </li>
        );
      })}
    </ul>
  );
}
