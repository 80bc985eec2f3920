// Where the party's data came from, as the file records it: each department dataset the case relied on, in the
// version it was read from, with the export date and the SHA-256 of the file the department delivered.

import type { ManifestDataset } from '../casefile/manifest';
import { useI18n } from '../i18n';
import { ShortHash } from './ShortHash';

export function VerifyDatasets({ datasets }: { datasets: readonly ManifestDataset[] }) {
  const { t } = useI18n();
  return (
    <section className="verify-block" aria-label={t.verifyDatasetsHeading} data-testid="verify-datasets">
      <div className="verify-block-head">
        <h2>{t.verifyDatasetsHeading}</h2>
      </div>
      {datasets.length === 0 ? (
        <p className="muted">{t.verifyDatasetsEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t.verifyColRole}</th>
                <th>{t.verifyColDepartment}</th>
                <th>{t.verifyColExportedOn}</th>
                <th>{t.verifyColFile}</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((d) => (
                <tr key={`${d.role}-${d.datasetVersion}`} data-testid="verify-dataset">
                  <td>{d.role}</td>
                  <td>
                    {d.department}
                    <span className="verify-ev-sub mono" title={d.datasetVersion}>
                      {d.datasetVersion}
                    </span>
                  </td>
                  <td className="nowrap">{d.exportedOn ?? '—'}</td>
                  <td>
                    <span className="verify-ev-name">{d.fileName}</span>
                    {d.fileSha256 && <ShortHash hash={d.fileSha256} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
