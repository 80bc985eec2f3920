// Where a workspace gets its signing certificate: import the bureau's .p12/.pfx with its passphrase, or create a
// self-signed test certificate — said plainly to have no legal effect — to try the export out. Passphrases go to
// the main process with the call and are not kept here after it.

import { useId, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { bridge } from '../bridge';
import { call } from '../bridge/call';
import type { KeyInfo } from '../casefile/key-info';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';

type Mode = 'import' | 'create';
const MODES: readonly Mode[] = ['import', 'create'];
const MIN_PASSPHRASE = 4;

interface Props {
  onReady: (info: KeyInfo) => void;
  /** Shown when a certificate is already there: go back to it without changing anything. */
  onKeep?: () => void;
}

export function SigningKeySetup({ onReady, onKeep }: Props) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('import');
  return (
    <div className="key-setup" data-testid="key-setup">
      <div className="segmented" role="tablist" aria-label={t.certHeading}>
        {MODES.map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} className={mode === m ? 'segment is-active' : 'segment'} onClick={() => setMode(m)}>
            {t.certModes[m]}
          </button>
        ))}
        {onKeep && (
          <button type="button" className="link-btn key-keep" onClick={onKeep}>
            {t.certKeep}
          </button>
        )}
      </div>
      {mode === 'import' ? <ImportKey onReady={onReady} /> : <CreateTestKey onReady={onReady} />}
    </div>
  );
}

function ImportKey({ onReady }: { onReady: (info: KeyInfo) => void }) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; path: string | null } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const choose = async (): Promise<void> => {
    const paths = await bridge.pickPaths('files');
    if (paths === null) {
      input.current?.click();
      return;
    }
    const path = paths[0];
    if (path) setFile({ name: path.split(/[\\/]/).pop() ?? path, path });
  };
  const onInput = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    setError(null);
    setFile({ name: picked.name, path: null });
    setUploading(true);
    try {
      const [path] = await bridge.pathsForFiles([picked]);
      setFile({ name: picked.name, path: path ?? null });
    } catch (err) {
      setError(err);
      setFile(null);
    } finally {
      setUploading(false);
    }
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!file?.path || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      const info = await call('keys.import', { path: file.path, passphrase });
      setPassphrase('');
      onReady(info);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="key-form" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <span className="field-label">{t.certFileLabel}</span>
        <div className="file-choice-row">
          <button type="button" className="btn btn-small" disabled={uploading || busy} onClick={() => void choose()}>
            {t.certChooseFile}
          </button>
          <span className={file ? 'file-chosen' : 'file-chosen muted'}>
            {file ? file.name : t.certNoFile}
            {uploading && <span className="muted"> · {t.certUploading}</span>}
          </span>
        </div>
        <input ref={input} type="file" hidden accept=".p12,.pfx" aria-label={t.certFileLabel} data-testid="key-file-input" onChange={(e) => void onInput(e)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pass`}>{t.certFilePassphrase}</label>
        <input id={`${id}-pass`} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </div>
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} bilingualMessage />}
      <div className="key-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={!file?.path || passphrase === '' || busy}>
          {busy ? t.certImporting : t.certImport}
        </button>
      </div>
    </form>
  );
}

function CreateTestKey({ onReady }: { onReady: (info: KeyInfo) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [algorithm, setAlgorithm] = useState<'rsa' | 'ec'>('rsa');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const check = name.trim() === '' || org.trim() === '' ? t.certNeedFields : passphrase.length < MIN_PASSPHRASE ? t.certPassphraseShort : passphrase !== repeat ? t.certPassphraseMismatch : null;
    setProblem(check);
    if (check) return;
    setBusy(true);
    setError(null);
    try {
      const info = await call('keys.createTest', { name: name.trim(), org: org.trim(), algorithm, passphrase });
      setPassphrase('');
      setRepeat('');
      onReady(info);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="key-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="cert-test cert-test-warning" role="note">
        <strong>{t.certTestBadge}</strong>
        <span>{t.certCreateWarning}</span>
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.certCreateName}</label>
          <input id={`${id}-name`} type="text" maxLength={100} value={name} placeholder={t.certCreateNamePlaceholder} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t.certCreateOrg}</label>
          <input id={`${id}-org`} type="text" maxLength={200} value={org} placeholder={t.certCreateOrgPlaceholder} onChange={(e) => setOrg(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t.certNewPassphrase}</label>
          <input id={`${id}-pass`} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t.certNewPassphraseRepeat}</label>
          <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-alg`}>{t.certAlgorithm}</label>
          <select id={`${id}-alg`} value={algorithm} onChange={(e) => setAlgorithm(e.target.value === 'ec' ? 'ec' : 'rsa')}>
            <option value="rsa">{t.certAlgorithms.rsa}</option>
            <option value="ec">{t.certAlgorithms.ec}</option>
          </select>
        </div>
        <div className="field key-create-action">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t.certCreating : t.certCreate}
          </button>
        </div>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} bilingualMessage />}
    </form>
  );
}
