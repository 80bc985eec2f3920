// Rejected and doubtful rows: row number in the source file, the field, how serious, why, and (where the
// caller has them) the row's raw cells as read. Long lists are cut, and the CSV holds them all.

import type { RecordProblem, RowReport } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

const SHOWN_AT_MOST = 500;

type Problem = RowReport & { severity: RecordProblem['severity']; raw?: Record<string, string> };

export function ProblemTable({ problems, withRaw }: { problems: readonly Problem[]; withRaw: boolean }) {
  const { t } = useI18n();
  const shown = problems.slice(0, SHOWN_AT_MOST);
  return (
    <>
      <table className="data-table problem-table" data-testid="problem-table">
        <thead>
          <tr>
            <th scope="col" className="num nowrap">
              {t.colRow}
            </th>
            <th scope="col" className="nowrap">
              {t.colField}
            </th>
            <th scope="col" className="nowrap">
              {t.colSeverity}
            </th>
            <th scope="col">{t.colReason}</th>
            {withRaw && <th scope="col">{t.colRaw}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={`${p.row}-${p.field}-${i}`} data-testid="problem-row" data-severity={p.severity}>
              <td className="num mono">{p.row}</td>
              <td className="nowrap" title={p.field}>
                {t.fieldLabels[p.field] ?? p.field}
              </td>
              <td className="nowrap">
                <span className={p.severity === 'reject' ? 'sev-tag sev-serious' : 'sev-tag sev-warning'}>{t.problemSeverity[p.severity]}</span>
              </td>
              <td className="cell-wrap">{p.reason}</td>
              {withRaw && (
                <td className="raw-cells">
                  {Object.entries(p.raw ?? {}).map(([header, value]) => (
                    <span key={header} className="raw-cell">
                      <span className="raw-head">{header}</span>
                      <span className={value === '' ? 'raw-value is-empty' : 'raw-value'}>{value === '' ? '∅' : value}</span>
                    </span>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length && <p className="muted table-note">{t.resultProblemsTruncated(shown.length, problems.length)}</p>}
    </>
  );
}
