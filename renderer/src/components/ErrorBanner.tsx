// A failed call, shown with its stable code so a handler can report it precisely.

import { CallError } from '../bridge/call';
import { bilingual } from '../format/bilingual';
import { useI18n } from '../i18n';

interface Props {
  error: unknown;
  onRetry?: () => void;
  onClose?: () => void;
  /** The message is "中文 (English)": show the current language's half. */
  bilingualMessage?: boolean;
}

export function ErrorBanner({ error, onRetry, onClose, bilingualMessage = false }: Props) {
  const { t, language } = useI18n();
  const raw = error instanceof Error ? error.message : String(error);
  const message = bilingualMessage ? bilingual(raw, language) : raw;
  const code = error instanceof CallError ? error.code : null;
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <strong>{t.errorTitle}</strong>
        <span>{message}</span>
        {code && <span className="banner-code">{t.errorCode(code)}</span>}
      </div>
      <div className="banner-actions">
        {onRetry && (
          <button type="button" className="btn btn-small" onClick={onRetry}>
            {t.retry}
          </button>
        )}
        {onClose && (
          <button type="button" className="btn btn-small btn-quiet" onClick={onClose}>
            {t.close}
          </button>
        )}
      </div>
    </div>
  );
}
