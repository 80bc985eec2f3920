// The legal reviewer's screen (法制审核): open a signed PDF case file — dropped, picked, or handed over by the
// export dialog — and see whether it is intact, who signed it and when, every check with its answer, and what
// the file itself says about the case: its evidence, chain, timeline, data sources and audit head. It reads the
// file alone; nothing here looks at the workspace's cases.

import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, DragEvent } from 'react';
import { bridge, bridgeKind } from '../bridge';
import { filesFromDrop } from '../bridge/dropped-files';
import { useVerify } from '../hooks/useVerify';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { VerifyReport } from './VerifyReport';

const isPdf = (name: string): boolean => /\.pdf$/i.test(name);

export function VerifyScreen({ path, zone }: { path: string | null; zone: string }) {
  const { t } = useI18n();
  const verifier = useVerify();
  const { state, verifyPath, verifyFile } = verifier;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [notPdf, setNotPdf] = useState<string | null>(null);
  const dragDepth = useRef(0);

  useEffect(() => {
    if (path) void verifyPath(path);
  }, [path, verifyPath]);

  const busy = state.phase === 'uploading' || state.phase === 'verifying';

  const take = (file: File | undefined): void => {
    if (!file) return;
    if (!isPdf(file.name)) {
      setNotPdf(file.name);
      return;
    }
    setNotPdf(null);
    void verifyFile(file);
  };
  const choose = async (): Promise<void> => {
    const paths = await bridge.pickPaths('files');
    if (paths === null) {
      input.current?.click();
      return;
    }
    const picked = paths[0];
    if (!picked) return;
    if (!isPdf(picked)) {
      setNotPdf(picked);
      return;
    }
    setNotPdf(null);
    void verifyPath(picked);
  };
  const onInput = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    take(file);
  };

  const onDragEnter = (e: DragEvent): void => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    dragDepth.current++;
    setDragging(true);
  };
  const onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
  };
  const onDragLeave = (): void => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    if (busy) return;
    void filesFromDrop(e.dataTransfer, bridgeKind).then((files) => take(files[0]));
  };

  const shown = state.phase === 'idle' ? null : state.name;
  return (
    <main className="page page-verify" onDragEnter={onDragEnter} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop} data-testid="verify-screen">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t.verifyHeading}</h1>
          <p className="page-sub">{t.verifySub}</p>
        </div>
      </div>

      <div className={`verify-drop${dragging ? ' is-dragging' : ''}${state.phase === 'done' ? ' is-compact' : ''}`} data-testid="verify-dropzone">
        <svg className="dropzone-icon" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          <path d="M7 3h7l5 5v12a1 1 0 01-1 1H7a1 1 0 01-1-1V4a1 1 0 011-1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M14 3v5h5M9.5 14.5l2 2 3.5-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <div className="dropzone-text">
          {shown ? (
            <strong className="verify-file-name" data-testid="verify-file-name">
              {shown}
            </strong>
          ) : (
            <strong>{dragging ? t.verifyDropActive : t.verifyDrop}</strong>
          )}
          <span className="muted">
            {state.phase === 'uploading' ? t.verifyUploading : state.phase === 'verifying' ? t.verifyRunning : shown ? (dragging ? t.verifyDropActive : t.verifyDrop) : t.verifyFileLabel}
          </span>
        </div>
        <button type="button" className={shown ? 'btn' : 'btn btn-primary'} disabled={busy} onClick={() => void choose()}>
          {shown ? t.verifyChooseAnother : t.verifyChoose}
        </button>
        <input ref={input} type="file" hidden accept=".pdf,application/pdf" aria-label={t.verifyFileLabel} data-testid="verify-file-input" onChange={onInput} />
      </div>

      {notPdf && <ErrorBanner error={t.verifyNotPdf(notPdf)} onClose={() => setNotPdf(null)} />}
      {state.phase === 'error' && <ErrorBanner error={state.error} bilingualMessage />}
      {busy && (
        <div className="progress-bar is-indeterminate verify-progress" role="progressbar" aria-label={t.verifyRunning}>
          <div className="progress-fill" />
        </div>
      )}
      {state.phase === 'done' && <VerifyReport path={state.path} result={state.result} manifest={state.manifest} zone={zone} />}
    </main>
  );
}
