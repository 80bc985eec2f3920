// Every imported dataset version with its provenance: what kind, from which department, exported when, which
// file (and its SHA-256), read how, how many rows came in, were refused or doubted, and who imported it when.

import type { DatasetVersion } from '../../../electron/contract/dto';
import { KINDS_WITHOUT_POSITION } from '../data/kinds';
import type { Crs } from '../data/kinds';
import { formatInstantInZone, formatWallTime } from '../format/date-time';
import { useI18n } from '../i18n';
import { ShortHash } from './ShortHash';

interface Props {
  versions: readonly DatasetVersion[];
  zone: string;
  onShowProblems: (version: DatasetVersion) => void;
}

export function DatasetTable({ versions, zone, onShowProblems }: Props) {
  const { t } = useI18n();
  return (
    <table className="data-table versions-table" data-testid="versions-table">
      <thead>
        <tr>
          <th scope="col">{t.colKind}</th>
          <th scope="col">{t.colDepartment}</th>
          <th scope="col" className="nowrap">
            {t.colExportedOn}
          </th>
          <th scope="col">{t.colFile}</th>
          <th scope="col">{t.colEncodingCrs}</th>
          <th scope="col" className="num">
            {t.colImportedRows}
          </th>
          <th scope="col" className="num">
            {t.colRejectedRows}
          </th>
          <th scope="col" className="num">
            {t.colWarningRows}
          </th>
          <th scope="col">{t.colImportedBy}</th>
          <th scope="col">
            <span className="visually-hidden">{t.showProblems}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} data-testid="version-row" data-kind={v.kind} className={v.current ? '' : 'is-old'}>
            <td className="nowrap">
              <span className="cell-main">{t.datasetKinds[v.kind]}</span>
              <span className="cell-sub">
                {t.versionLabel(v.version)}{' '}
                <span className={v.current ? 'state-chip state-current' : 'state-chip'}>{v.current ? t.currentVersion : t.oldVersion}</span>
              </span>
            </td>
            <td className="cell-wrap cell-department">{v.department}</td>
            <td className="nowrap">{v.exportedOn ? formatWallTime(`${v.exportedOn}T00:00:00`, t.dateStyle, { dateOnly: true }) : <span className="muted">{t.notStated}</span>}</td>
            <td className="cell-file">
              <span className="cell-main file-name" title={v.fileName}>
                {v.fileName}
              </span>
              <ShortHash hash={v.fileSha256} />
            </td>
            <td className="nowrap">
              <span className="cell-main">{t.encodingNames[v.encoding] ?? v.encoding}</span>
              <span className="cell-sub">{KINDS_WITHOUT_POSITION.includes(v.kind) ? '—' : (t.crsNames[v.crs as Crs] ?? v.crs)}</span>
            </td>
            <td className="num nowrap">
              <span className="cell-main">{v.imported}</span>
              <span className="cell-sub">{t.ofRows(v.rows)}</span>
            </td>
            <td className="num">{v.rejected > 0 ? <span className="count-bad">{v.rejected}</span> : <span className="muted">0</span>}</td>
            <td className="num">{v.warnings > 0 ? <span className="count-warn">{v.warnings}</span> : <span className="muted">0</span>}</td>
            <td className="cell-imported">
              <span className="cell-main">{v.importedBy}</span>
              <span className="cell-sub">{formatInstantInZone(v.importedAt, zone, t.dateStyle)}</span>
            </td>
            <td className="cell-actions">
              <button type="button" className="btn btn-small" disabled={v.rejected + v.warnings === 0} onClick={() => onShowProblems(v)}>
                {t.showProblems}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
