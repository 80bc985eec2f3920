// The foot of a small form in a panel: the submit button (its label while saving) and 取消.

import { useI18n } from '../i18n';

interface Props {
  busy: boolean;
  /** Disabled for another reason than saving (a required field is empty). */
  disabled?: boolean;
  label: string;
  /** The label while saving; the same label where saving is too quick to say so. */
  busyLabel?: string;
  /** Absent where the form cannot be put away. */
  onCancel?: (() => void) | null;
}

export function FormActions({ busy, disabled = false, label, busyLabel = label, onCancel }: Props) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary btn-small" disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
      {onCancel && (
        <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
          {t.cancel}
        </button>
      )}
    </div>
  );
}
