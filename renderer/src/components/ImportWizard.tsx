// Imports one department export, in four steps: choose the file and say what it is → check the detected
// encoding, the column mapping and the first rows → import with progress → see what came in and what was
// refused. A file whose required columns are missing is caught at the mapping step; if the handler imports
// anyway, the core refuses it and the result step says why.

import { useCallback, useState } from 'react';
import type { DataPreview } from '../../../electron/contract/dto';
import { bridge } from '../bridge';
import { call } from '../bridge/call';
import { EMPTY_SOURCE, kindForFile } from '../data/import-form';
import type { SourceForm } from '../data/import-form';
import { useDataImport } from '../hooks/useDataImport';
import { useI18n } from '../i18n';
import { ErrorBanner } from './ErrorBanner';
import { Modal } from './Modal';
import { missingFields, WizardMappingStep } from './WizardMappingStep';
import type { Mapping } from './WizardMappingStep';
import { WizardProgress } from './WizardProgress';
import { WizardResult } from './WizardResult';
import { WizardSourceStep } from './WizardSourceStep';

type Step = 'source' | 'mapping' | 'import' | 'result';
const STEPS: readonly Step[] = ['source', 'mapping', 'import', 'result'];

interface Props {
  onClose: () => void;
  /** Called when an import ends (done, refused or cancelled), so the screen reloads its versions. */
  onImported: () => void;
}

export function ImportWizard({ onClose, onImported }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState<SourceForm>(EMPTY_SOURCE);
  const [uploading, setUploading] = useState(false);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<DataPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [saveMapping, setSaveMapping] = useState(false);
  const job = useDataImport(onImported);

  const step: Step = job.state.phase === 'running' ? 'import' : job.state.phase === 'finished' ? 'result' : preview ? 'mapping' : 'source';
  const running = job.state.phase === 'running';

  const pickFile = useCallback(async (file: File) => {
    setError(null);
    setUploading(true);
    setForm((prev) => ({ ...prev, file: { name: file.name, size: file.size }, path: null, kind: kindForFile(file.name, prev.kind) }));
    try {
      const [path] = await bridge.pathsForFiles([file]);
      setForm((prev) => ({ ...prev, path: path ?? null }));
    } catch (err) {
      setError(err);
      setForm((prev) => ({ ...prev, file: null, path: null }));
    } finally {
      setUploading(false);
    }
  }, []);

  const readPreview = async (): Promise<void> => {
    if (!form.path) return;
    setError(null);
    setReading(true);
    try {
      const next = await call('datasets.preview', { path: form.path, kind: form.kind, encoding: form.encoding });
      setPreview(next);
      setMapping(next.mapping);
      setSaveMapping(false);
    } catch (err) {
      setError(err);
    } finally {
      setReading(false);
    }
  };

  const startImport = (): void => {
    if (!form.path || !preview) return;
    setError(null);
    void job.start({
      path: form.path,
      kind: form.kind,
      crs: form.crs,
      encoding: form.encoding,
      department: form.department.trim() === '' ? null : form.department.trim(),
      exportedOn: form.exportedOn === '' ? null : form.exportedOn,
      mapping,
      saveMapping,
    });
  };

  const again = (): void => {
    job.reset();
    setPreview(null);
    setForm((prev) => ({ ...EMPTY_SOURCE, kind: prev.kind, department: prev.department, exportedOn: prev.exportedOn }));
  };

  const missing = preview ? missingFields(preview, mapping) : [];
  const stepIndex = STEPS.indexOf(step);

  const footer = (() => {
    switch (step) {
      case 'source':
        return (
          <>
            <button type="button" className="btn" onClick={onClose}>
              {t.cancel}
            </button>
            <button type="button" className="btn btn-primary" disabled={!form.path || uploading || reading} onClick={() => void readPreview()}>
              {reading ? t.readingFile : t.nextPreview}
            </button>
          </>
        );
      case 'mapping':
        return (
          <>
            <label className="check">
              <input type="checkbox" checked={saveMapping} onChange={(e) => setSaveMapping(e.target.checked)} />
              {t.saveMapping}
            </label>
            <button type="button" className="btn" onClick={() => setPreview(null)}>
              {t.back}
            </button>
            <button type="button" className={missing.length > 0 ? 'btn btn-danger' : 'btn btn-primary'} onClick={startImport}>
              {missing.length > 0 ? t.importAnyway : t.startImport}
            </button>
          </>
        );
      case 'import':
        return null;
      case 'result':
        return (
          <>
            <button type="button" className="btn" onClick={again}>
              {t.importAnother}
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {t.finish}
            </button>
          </>
        );
    }
  })();

  return (
    <Modal
      title={t.wizardTitle}
      onClose={onClose}
      closable={!running}
      size="full"
      testId="import-wizard"
      subtitle={
        <ol className="wizard-steps" aria-label={t.wizardTitle}>
          {t.wizardSteps.map((name, i) => (
            <li key={name} className={i < stepIndex ? 'is-done' : i === stepIndex ? 'is-current' : ''} aria-current={i === stepIndex ? 'step' : undefined}>
              <span className="step-num" aria-hidden="true">
                {i < stepIndex ? '✓' : i + 1}
              </span>
              <span className="visually-hidden">{t.wizardStepLabel(i + 1, name)}</span>
              <span aria-hidden="true">{name}</span>
            </li>
          ))}
        </ol>
      }
      footer={footer}
    >
      {error !== null && <ErrorBanner error={error} onClose={() => setError(null)} />}
      {job.state.phase === 'error' && <ErrorBanner error={job.state.error} onClose={job.reset} />}
      {step === 'source' && <WizardSourceStep form={form} onChange={setForm} onPickFile={(f) => void pickFile(f)} uploading={uploading} />}
      {step === 'mapping' && preview && (
        <WizardMappingStep preview={preview} mapping={mapping} onMappingChange={setMapping} />
      )}
      {job.state.phase === 'running' && <WizardProgress status={job.state.status} cancelling={job.state.cancelling} onCancel={() => void job.cancel()} />}
      {job.state.phase === 'finished' && <WizardResult status={job.state.status} />}
    </Modal>
  );
}
