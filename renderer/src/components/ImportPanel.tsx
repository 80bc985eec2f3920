// Where evidence comes in: drop files or folders, or pick them. Electron opens its own picker and hands over
// paths; a browser has no paths, so hidden file inputs pick the files and the bridge uploads them.

import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import { bridge, bridgeKind } from '../bridge';
import type { ImportJob } from '../hooks/useImportJob';
import { useI18n } from '../i18n';
import { ImportStatus } from './ImportStatus';

interface Props {
  job: ImportJob;
  dragging: boolean;
}

export function ImportPanel({ job, dragging }: Props) {
  const { t } = useI18n();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const busy = job.state.phase === 'preparing' || job.state.phase === 'running';

  const pick = async (kind: 'files' | 'folder'): Promise<void> => {
    const paths = await bridge.pickPaths(kind);
    if (paths === null) {
      (kind === 'files' ? filesInput : folderInput).current?.click();
      return;
    }
    if (paths.length > 0) await job.start(null, async () => paths);
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void job.start(bridgeKind === 'http' ? files.length : null, () => bridge.pathsForFiles(files));
  };

  return (
    <section className="import-panel" aria-label={t.importRegion}>
      <div className={dragging ? 'dropzone is-dragging' : 'dropzone'} data-testid="dropzone">
        <svg className="dropzone-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <path d="M12 15V4m0 0l-4 4m4-4l4 4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M4 14v4a2 2 0 002 2h12a2 2 0 002-2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <div className="dropzone-text">
          <strong>{dragging ? t.dropHintActive : t.dropHint}</strong>
          <span className="muted">{t.supportedTypes}</span>
        </div>
        <div className="dropzone-actions">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void pick('files')}>
            {t.chooseFiles}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void pick('folder')}>
            {t.chooseFolder}
          </button>
        </div>
        {/* Used where the bridge has no native picker (a browser); Electron's files also have paths. */}
        <input ref={filesInput} type="file" multiple hidden aria-label={t.chooseFiles} data-testid="file-input" onChange={onInput} />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label={t.chooseFolder}
          data-testid="folder-input"
          onChange={onInput}
          {...{ webkitdirectory: '' }}
        />
      </div>
      <ImportStatus state={job.state} onCancel={() => void job.cancel()} onDismiss={job.dismiss} />
    </section>
  );
}
