// The notices the file records: number, kind, when and how served, when the period ended, and the statement.

import type { ManifestNotice } from '../casefile/manifest';
import { formatLocalText } from '../format/local-text';
import { useI18n } from '../i18n';

export function VerifyNotices({ notices }: { notices: readonly ManifestNotice[] }) {
  const { t } = useI18n();
  return (
    <section className="verify-block" aria-label={t.verifyNoticesHeading} data-testid="verify-notices">
      <div className="verify-block-head">
        <h2>{t.verifyNoticesHeading}</h2>
      </div>
      {notices.length === 0 ? (
        <p className="muted">{t.verifyNoticesEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t.verifyColNumber}</th>
                <th>{t.verifyColServed}</th>
                <th>{t.verifyColDeadline}</th>
                <th>{t.verifyColStatement}</th>
              </tr>
            </thead>
            <tbody>
              {notices.map((n) => (
                <tr key={n.number}>
                  <td>
                    <span className="verify-ev-name">{n.number}</span>
                    <span className="verify-ev-sub">{n.kind}</span>
                  </td>
                  <td>
                    {n.servedAt}
                    <span className="verify-ev-sub">{n.method}</span>
                  </td>
                  <td className="nowrap">{formatLocalText(n.deadline, t.dateStyle)}</td>
                  <td>{n.statement}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
