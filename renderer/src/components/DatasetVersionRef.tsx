// Names a dataset version the way a handler reads it ("临街商户 第 1 版"); the department and the exact id are
// in the tooltip. An id in an unknown shape is shown as it is.

import { parseVersionId } from '../format/dataset-version';
import { useI18n } from '../i18n';

export function DatasetVersionRef({ id }: { id: string }) {
  const { t } = useI18n();
  const ref = parseVersionId(id);
  if (!ref) return <span className="mono">{id}</span>;
  return (
    <span className="version-ref" title={`${ref.department}\n${id}`}>
      {t.datasetKinds[ref.kind]} {t.versionLabel(ref.version)}
    </span>
  );
}
