// The import wizard's preview: what was detected (format, encoding, rows), which column of the file feeds each
// field (prefilled from the usual headers or the saved mapping; required fields without a column are marked),
// and the first rows as read, so the handler sees the Chinese came through.

import { useId } from 'react';
import type { DataPreview } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

export type Mapping = Record<string, string | null>;

interface Props {
  preview: DataPreview;
  mapping: Mapping;
  onMappingChange: (next: Mapping) => void;
}

export function missingFields(preview: DataPreview, mapping: Mapping): DataPreview['fields'] {
  return preview.fields.filter((f) => f.required && !mapping[f.key]);
}

export function WizardMappingStep({ preview, mapping, onMappingChange }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const label = (f: DataPreview['fields'][number]): string => (language === 'en' ? f.en : f.zh);
  const missing = missingFields(preview, mapping);
  const first = preview.sample[0] ?? {};
  const fieldOfHeader = new Map<string, string>();
  for (const f of preview.fields) {
    const header = mapping[f.key];
    if (header && !fieldOfHeader.has(header)) fieldOfHeader.set(header, label(f));
  }

  return (
    <div className="wizard-mapping">
      <dl className="preview-facts">
        <div>
          <dt>{t.dataFileLabel}</dt>
          <dd className="mono">{preview.fileName}</dd>
        </div>
        <div>
          <dt>{t.previewFormat}</dt>
          <dd>{preview.format.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t.previewEncoding}</dt>
          <dd data-testid="detected-encoding">{t.encodingNames[preview.encoding] ?? preview.encoding}</dd>
        </div>
        <div>
          <dt>{t.previewRows}</dt>
          <dd data-testid="preview-rows">{preview.rowCount}</dd>
        </div>
        <div>
          <dt>{t.previewColumns}</dt>
          <dd>{preview.headers.length}</dd>
        </div>
      </dl>

      {missing.length > 0 && (
        <div className="banner banner-warn" role="alert" data-testid="missing-required">
          <div className="banner-text">{t.missingRequired(missing.map((f) => `“${label(f)}”`).join(language === 'en' ? ', ' : '、'))}</div>
        </div>
      )}

      <div className="mapping-layout">
        <section className="mapping-section" aria-labelledby={`${id}-map`}>
          <h3 id={`${id}-map`} className="subheading">
            {t.mappingHeading}
          </h3>
          <p className="muted small">{t.mappingSub}</p>
          <table className="data-table mapping-table" data-testid="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t.mappingField}</th>
                <th scope="col">{t.mappingColumn}</th>
                <th scope="col">{t.mappingExample}</th>
              </tr>
            </thead>
            <tbody>
              {preview.fields.map((f) => {
                const header = mapping[f.key] ?? null;
                const isMissing = f.required && !header;
                return (
                  <tr key={f.key} className={isMissing ? 'is-missing' : ''} data-field={f.key} data-missing={isMissing ? 'true' : undefined}>
                    <td>
                      <span className="mapping-field">{label(f)}</span>
                      {f.required && <span className={isMissing ? 'tag tag-bad' : 'tag tag-required'}>{isMissing ? t.mappingMissing : t.mappingRequired}</span>}
                      {f.personal && <span className="tag tag-personal">{t.mappingPersonal}</span>}
                    </td>
                    <td>
                      <select
                        aria-label={label(f)}
                        aria-invalid={isMissing}
                        value={header ?? ''}
                        onChange={(e) => onMappingChange({ ...mapping, [f.key]: e.target.value === '' ? null : e.target.value })}
                      >
                        <option value="">{t.mappingNone}</option>
                        {preview.headers.map((h) => (
                          <option key={h} value={h}>
                            {h}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="mapping-example" title={header ? (first[header] ?? '') : ''}>
                      {header ? first[header] || <span className="muted">∅</span> : <span className="muted">—</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>

        <section className="sample-section" aria-labelledby={`${id}-rows`}>
          <h3 id={`${id}-rows`} className="subheading">
            {t.sampleHeading(preview.sample.length, preview.rowCount)}
          </h3>
          <div className="sample-scroll">
            <table className="data-table sample-table" data-testid="sample-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  {preview.headers.map((h) => (
                    <th key={h} scope="col" className={fieldOfHeader.has(h) ? 'is-mapped' : 'is-unmapped'}>
                      <span className="sample-head">{h}</span>
                      <span className="sample-field">{fieldOfHeader.get(h) ?? t.mappingNone}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row, i) => (
                  <tr key={i}>
                    <td className="num muted">{i + 1}</td>
                    {preview.headers.map((h) => (
                      <td key={h} className={fieldOfHeader.has(h) ? '' : 'is-unmapped'}>
                        {row[h] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </div>
  );
}
