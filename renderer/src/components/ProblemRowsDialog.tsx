// One dataset version's rejected and doubtful rows with their raw cells, and the same list as a CSV download.

import { useState } from 'react';
import type { DatasetVersion } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { downloadText } from '../data/download';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { Modal } from './Modal';
import { ProblemTable } from './ProblemTable';

export function DownloadProblemsButton({ versionId, primary = false }: { versionId: string; primary?: boolean }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const { fileName, csv } = await call('datasets.problemsCsv', { versionId });
      downloadText(fileName, csv);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={primary ? 'btn btn-primary' : 'btn'} disabled={busy} onClick={() => void download()}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 2.5v8m0 0L5 7.5m3 3l3-3M3 12.5h10" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t.downloadCsv}
      </button>
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
    </>
  );
}

export function ProblemRowsDialog({ version, onClose }: { version: DatasetVersion; onClose: () => void }) {
  const { t } = useI18n();
  const { data, reload } = useLoad(() => call('datasets.problems', { versionId: version.id }), [version.id]);
  const problems = data.value;
  return (
    <Modal
      title={`${t.problemsHeading} · ${t.datasetKinds[version.kind]}`}
      subtitle={
        <>
          {t.problemsSub(version.fileName, version.version)} · {t.problemsCount(version.rejected, version.warnings)}
        </>
      }
      onClose={onClose}
      size="full"
      testId="problems-dialog"
      footer={
        <>
          <DownloadProblemsButton versionId={version.id} />
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t.close}
          </button>
        </>
      }
    >
      {data.state === 'error' && <ErrorBanner error={data.error} onRetry={() => void reload()} />}
      {!problems && data.state === 'loading' && <p className="muted">{t.loading}</p>}
      {problems && problems.length === 0 && <p className="muted">{t.problemsEmpty}</p>}
      {problems && problems.length > 0 && <ProblemTable problems={problems} withRaw />}
    </Modal>
  );
}
