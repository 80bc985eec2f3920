// The plate a handler reads on a capture (for vehicle cases: the owner is found in the vehicle registry). The
// core validates and normalises it; a plate that cannot exist is refused with its reason, shown in place.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { call, CallError } from '../bridge/call';
import { useI18n } from '../i18n';

interface Props {
  evidenceId: string;
  /** The plate already recorded, where the evidence list carries it. */
  recorded: string | null;
}

export function PlateField({ evidenceId, recorded }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(recorded ?? '');
  const [saved, setSaved] = useState<string | null>(recorded);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (text.trim() === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { plate } = await call('evidence.setPlate', { evidenceId, plate: text.trim() });
      setSaved(plate);
      setText(plate);
    } catch (err) {
      setError(err instanceof CallError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="plate-form" onSubmit={(e) => void submit(e)} data-testid="plate-form">
      <div className="plate-row">
        <label htmlFor={id} className="plate-label">
          {t.plateLabel}
        </label>
        <input
          id={id}
          type="text"
          className="plate-input"
          maxLength={20}
          value={text}
          placeholder={t.platePlaceholder}
          aria-invalid={error !== null}
          aria-describedby={`${id}-msg`}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="btn btn-small" disabled={busy || text.trim() === '' || text.trim() === saved}>
          {busy ? t.plateSaving : t.plateSave}
        </button>
      </div>
      <p id={`${id}-msg`} className={error ? 'plate-msg text-serious' : 'plate-msg muted'} role={error ? 'alert' : undefined} data-testid="plate-message">
        {error ?? (saved ? t.plateSaved(saved) : t.plateHint)}
      </p>
    </form>
  );
}
