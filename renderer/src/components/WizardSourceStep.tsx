// The import wizard's first step: the file, and what the handler knows about it — the kind of data, its
// encoding and coordinate system, the department that exported it and when.

import { useId, useRef } from 'react';
import type { ChangeEvent } from 'react';
import { bridge } from '../bridge';
import { baseName, kindForFile } from '../data/import-form';
import type { SourceForm } from '../data/import-form';
import { CRS_CHOICES, DATASET_KINDS, ENCODING_CHOICES, KINDS_WITHOUT_POSITION } from '../data/kinds';
import type { Crs, DatasetKind, EncodingChoice } from '../data/kinds';
import { formatBytes } from '../format/numbers';
import { useI18n } from '../i18n';

interface Props {
  form: SourceForm;
  onChange: (next: SourceForm) => void;
  /** A browser must copy the picked file to the host before the core can read it. */
  onPickFile: (file: File) => void;
  uploading: boolean;
}

export function WizardSourceStep({ form, onChange, onPickFile, uploading }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const noPosition = KINDS_WITHOUT_POSITION.includes(form.kind);
  const set = (patch: Partial<SourceForm>): void => onChange({ ...form, ...patch });

  const choose = async (): Promise<void> => {
    const paths = await bridge.pickPaths('files');
    if (paths === null) {
      input.current?.click();
      return;
    }
    const path = paths[0];
    if (path) set({ path, file: { name: baseName(path), size: 0 }, kind: kindForFile(path, form.kind) });
  };
  const onInput = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onPickFile(file);
  };

  return (
    <div className="wizard-source">
      <div className="file-choice">
        <div className="file-choice-main">
          <span className="field-label">{t.dataFileLabel}</span>
          <div className="file-choice-row">
            <button type="button" className="btn" disabled={uploading} onClick={() => void choose()}>
              {form.file ? t.changeDataFile : t.chooseDataFile}
            </button>
            {form.file ? (
              <span className="file-chosen" data-testid="chosen-file">
                <strong>{form.file.name}</strong>
                {form.file.size > 0 && <span className="muted"> · {formatBytes(form.file.size)}</span>}
                {uploading && <span className="muted"> · {t.uploadingFile}</span>}
              </span>
            ) : (
              <span className="muted">{t.noFileChosen}</span>
            )}
          </div>
          <span className="field-hint">{t.dataFileHint}</span>
        </div>
        <input ref={input} type="file" hidden accept=".csv,.txt,.xlsx,.json,.geojson" aria-label={t.dataFileLabel} data-testid="data-file-input" onChange={onInput} />
      </div>

      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t.kindLabel}</label>
          <select id={`${id}-kind`} value={form.kind} onChange={(e) => set({ kind: e.target.value as DatasetKind })}>
            {DATASET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.datasetKinds[k]}
              </option>
            ))}
          </select>
          {form.kind === 'grid' && <span className="field-hint">{t.gridNeedsGeojson}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-enc`}>{t.encodingLabel}</label>
          <select id={`${id}-enc`} value={form.encoding} onChange={(e) => set({ encoding: e.target.value as EncodingChoice })}>
            {ENCODING_CHOICES.map((c) => (
              <option key={c} value={c}>
                {t.encodingChoices[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-span">
          <label htmlFor={`${id}-crs`}>{t.crsLabel}</label>
          <select
            id={`${id}-crs`}
            value={form.crs}
            disabled={noPosition}
            aria-describedby={`${id}-crs-hint`}
            onChange={(e) => set({ crs: e.target.value as Crs })}
          >
            {CRS_CHOICES.map((c) => (
              <option key={c} value={c}>
                {t.crsNames[c]}
              </option>
            ))}
          </select>
          <span id={`${id}-crs-hint`} className="field-hint hint-box">
            {noPosition ? t.crsNotNeeded : t.crsHint}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dept`}>{t.departmentLabel}</label>
          <input id={`${id}-dept`} type="text" maxLength={200} value={form.department} placeholder={t.departmentPlaceholder} onChange={(e) => set({ department: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t.exportedOnLabel}</label>
          <input id={`${id}-date`} type="date" value={form.exportedOn} onChange={(e) => set({ exportedOn: e.target.value })} />
        </div>
      </div>
    </div>
  );
}
