// Exports the case as a signed PDF case file: the signing certificate (or how to get one), the passphrase that
// opens its key, a reason where the chain is incomplete, optionally a ZIP package; then the steps as they run,
// and the file that came out — its pages, SHA-256, signer and warnings — with the way to download it and to
// open it at once in the reviewer's screen.

import { useCallback, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { ChainVerdictDto } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import type { KeyInfo } from '../casefile/key-info';
import { bilingual } from '../format/bilingual';
import { useExportJob } from '../hooks/useExportJob';
import { verifyHref } from '../hooks/useHashRoute';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { bridge } from '../bridge';
import { CertificateFacts } from './CertificateFacts';
import { ErrorBanner } from './ErrorBanner';
import { ExportOptions } from './ExportOptions';
import type { ExportFocus, ExportForm } from './ExportOptions';
import { ExportProgress } from './ExportProgress';
import { ExportResultView } from './ExportResultView';
import { Modal } from './Modal';
import { SigningKeySetup } from './SigningKeySetup';

interface Props {
  caseId: string;
  title: string;
  zone: string;
  /** The chain as the case screen last read it; null while it loads (the export judges it again anyway). */
  verdict: ChainVerdictDto | null;
  onClose: () => void;
  /** An export or a new certificate was written to the audit log. */
  onChanged: () => void;
}

const EMPTY_FORM: ExportForm = { passphrase: '', reason: '', withPackage: false };

export function ExportDialog({ caseId, title, zone, verdict, onClose, onChanged }: Props) {
  const { t, language } = useI18n();
  const formId = useId();
  const keyLoad = useLoad(() => call('keys.info', {}), []);
  // A certificate imported or created here replaces the one read when the dialog opened.
  const [newKey, setNewKey] = useState<KeyInfo | null>(null);
  const key = newKey ?? keyLoad.data.value ?? null;
  const keyKnown = newKey !== null || keyLoad.data.state === 'ready';
  const [changingKey, setChangingKey] = useState(false);
  const [form, setForm] = useState<ExportForm>(EMPTY_FORM);
  const job = useExportJob(onChanged);
  const { state } = job;

  const onKeyReady = useCallback(
    (info: KeyInfo) => {
      setNewKey(info);
      setChangingKey(false);
      onChanged();
    },
    [onChanged],
  );

  const running = state.phase === 'running';
  const showInFolder = bridge.showExportInFolder;
  const incomplete = verdict !== null && !verdict.complete;
  // After a refusal, lead to what must change: the reason for an incomplete chain, else the passphrase.
  const focus = useMemo(
    (): ExportFocus | null => (state.phase === 'error' ? { target: 'passphrase' } : state.phase === 'refused' ? { target: incomplete ? 'reason' : 'passphrase' } : null),
    [state, incomplete],
  );

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!key || form.passphrase === '' || running) return;
    const passphrase = form.passphrase;
    // The passphrase leaves with the call and is not kept: a second export asks for it again.
    setForm((prev) => ({ ...prev, passphrase: '' }));
    void job.start({ caseId, passphrase, overrideIncomplete: form.reason.trim() === '' ? null : form.reason.trim(), package: form.withPackage });
  };

  const footer = (() => {
    if (state.phase === 'done') {
      const { result } = state;
      return (
        <>
          {showInFolder ? (
            <button type="button" className="btn" onClick={() => void showInFolder(result.fileName)} data-testid="export-show-in-folder">
              {t.exportShowInFolder}
            </button>
          ) : (
            <a className="btn" href={bridge.exportUrl(result.fileName)} download={result.fileName} data-testid="export-download">
              {t.exportDownload}
            </a>
          )}
          <a className="btn btn-primary" href={verifyHref(result.pdf)} data-testid="export-open-verify">
            {t.exportOpenVerify}
          </a>
          <button type="button" className="btn btn-quiet" onClick={onClose}>
            {t.close}
          </button>
        </>
      );
    }
    if (state.phase === 'running') {
      return (
        <button type="button" className="btn" disabled={state.cancelling} onClick={() => void job.cancel()} data-testid="export-cancel">
          {state.cancelling ? t.exportCancelling : t.exportCancel}
        </button>
      );
    }
    return (
      <>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="submit" form={formId} className="btn btn-primary" disabled={!key || changingKey || form.passphrase === '' || running} data-testid="export-start">
          {running ? t.exportRunning : t.exportStart}
        </button>
      </>
    );
  })();

  return (
    <Modal title={t.exportTitle} subtitle={t.exportSub(caseId, title)} onClose={onClose} closable={!running} size="medium" footer={footer} testId="export-dialog">
      {state.phase === 'running' && <ExportProgress step={state.step} withPackage={form.withPackage} />}
      {state.phase === 'done' && <ExportResultView result={state.result} />}
      {state.phase !== 'running' && state.phase !== 'done' && (
        <>
          <section className="export-section" aria-label={t.certHeading}>
            <div className="export-section-head">
              <h3>{t.certHeading}</h3>
              {key && !changingKey && (
                <button type="button" className="link-btn" onClick={() => setChangingKey(true)}>
                  {t.certChange}
                </button>
              )}
            </div>
            {keyLoad.data.state === 'error' && <ErrorBanner error={keyLoad.data.error} onRetry={() => void keyLoad.reload()} />}
            {keyLoad.data.state === 'loading' && key === null && <p className="muted">{t.certLoading}</p>}
            {key && !changingKey && <CertificateFacts info={key} zone={zone} variant="compact" />}
            {keyKnown && key === null && <p className="export-note">{t.certNone}</p>}
            {keyKnown && (key === null || changingKey) && (
              <SigningKeySetup onReady={onKeyReady} onKeep={key ? () => setChangingKey(false) : undefined} />
            )}
          </section>
          {/* Nothing to sign with yet: the certificate comes first. */}
          {key && !changingKey && (
            <ExportOptions formId={formId} form={form} onChange={setForm} onSubmit={submit} verdict={verdict} incomplete={incomplete} focus={focus} />
          )}
          {state.phase === 'refused' && (
            <div className="banner banner-error" role="alert" data-testid="export-refused">
              <div className="banner-text">
                <strong>{t.exportRefused}</strong>
                <span>{bilingual(state.message, language)}</span>
              </div>
            </div>
          )}
          {state.phase === 'error' && <ErrorBanner error={state.error} bilingualMessage />}
          {state.phase === 'cancelled' && (
            <div className="banner banner-info" role="status" data-testid="export-cancelled">
              <div className="banner-text">
                <strong>{t.exportCancelled}</strong>
                <span>{t.exportCancelledDetail}</span>
              </div>
            </div>
          )}
        </>
      )}
    </Modal>
  );
}
