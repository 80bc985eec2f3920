// What an export asks for: the passphrase of the signing key (a password field; it is sent with the call and
// never stored), whether the chain is complete — and if not, which elements are missing and the reason to export
// anyway, which the case file prints — and whether to write a ZIP package too.

import { useEffect, useId, useRef } from 'react';
import type { FormEvent } from 'react';
import type { ChainVerdictDto } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';

/** Where to put the cursor after a refusal; a new object each time, so the same target is focused again. */
export interface ExportFocus {
  target: 'passphrase' | 'reason';
}

export interface ExportForm {
  passphrase: string;
  reason: string;
  withPackage: boolean;
}

interface Props {
  formId: string;
  form: ExportForm;
  onChange: (next: ExportForm) => void;
  onSubmit: (event: FormEvent) => void;
  verdict: ChainVerdictDto | null;
  incomplete: boolean;
  focus: ExportFocus | null;
}

export function ExportOptions({ formId, form, onChange, onSubmit, verdict, incomplete, focus }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focus) (focus.target === 'reason' ? reasonRef : passphraseRef).current?.focus();
  }, [focus]);
  const set = (patch: Partial<ExportForm>): void => onChange({ ...form, ...patch });
  const unproved = verdict?.elements.filter((e) => e.state !== 'proved') ?? [];
  const list = unproved
    .map((e) => (language === 'en' ? `${e.nameEn} ${t.elementStates[e.state].toLowerCase()}` : `${e.name}${t.elementStates[e.state]}`))
    .join(language === 'en' ? ', ' : '、');

  return (
    <form id={formId} className="export-section export-options" onSubmit={onSubmit} aria-label={t.exportTitle}>
      {verdict === null ? (
        <p className="export-note">{t.exportChainUnknown}</p>
      ) : incomplete ? (
        <div className="export-incomplete" data-testid="export-incomplete">
          <p className="export-incomplete-text">
            <span className="el-icon" aria-hidden="true">
              !
            </span>
            {t.exportChainIncomplete(list)}
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t.exportReasonLabel}</label>
            <textarea
              ref={reasonRef}
              id={`${id}-reason`}
              rows={2}
              maxLength={2000}
              value={form.reason}
              placeholder={t.exportReasonPlaceholder}
              aria-describedby={`${id}-reason-hint`}
              onChange={(e) => set({ reason: e.target.value })}
            />
            <span id={`${id}-reason-hint`} className="form-hint">
              {t.exportReasonHint}
            </span>
          </div>
        </div>
      ) : (
        <p className="export-complete" data-testid="export-complete">
          <span className="el-icon" aria-hidden="true">
            ✓
          </span>
          {t.exportChainComplete}
        </p>
      )}

      <div className="field export-passphrase">
        <label htmlFor={`${id}-pass`}>{t.exportPassphrase}</label>
        <input
          ref={passphraseRef}
          id={`${id}-pass`}
          type="password"
          autoComplete="off"
          autoFocus
          value={form.passphrase}
          aria-describedby={`${id}-pass-hint`}
          onChange={(e) => set({ passphrase: e.target.value })}
        />
        <span id={`${id}-pass-hint`} className="form-hint">
          {t.exportPassphraseHint}
        </span>
      </div>

      <label className="check">
        <input type="checkbox" checked={form.withPackage} onChange={(e) => set({ withPackage: e.target.checked })} />
        {t.exportPackage}
      </label>
    </form>
  );
}
