// A failed call, shown with its stable code so a handler can report it precisely.

import { CallError } from '../bridge/call';
import { useI18n } from '../i18n';

interface Props {
  error: unknown;
  onRetry?: () => void;
  onClose?: () => void;
}

export function ErrorBanner({ error, onRetry, onClose }: Props) {
  const { t } = useI18n();
  const message = error instanceof Error ? error.message : String(error);
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
