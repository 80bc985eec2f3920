// A modal dialog on the native <dialog>: the browser traps focus, greys out the page and closes on Escape
// (unless the caller says closing is not allowed now, e.g. while an import runs).

import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

interface Props {
  title: string;
  subtitle?: ReactNode;
  onClose: () => void;
  /** False while closing would lose work in flight: Escape and the × are then ignored. */
  closable?: boolean;
  size?: 'medium' | 'wide' | 'full' | 'viewer';
  /** Buttons at the foot of the dialog. */
  footer?: ReactNode;
  testId?: string;
  children: ReactNode;
}

export function Modal({ title, subtitle, onClose, closable = true, size = 'wide', footer, testId, children }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal modal-${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (closable) onClose();
      }}
    >
      <header className="modal-head">
        <div className="modal-titles">
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          {subtitle && <div className="modal-sub">{subtitle}</div>}
        </div>
        <button type="button" className="modal-close" aria-label={t.close} disabled={!closable} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {footer && <footer className="modal-foot">{footer}</footer>}
    </dialog>
  );
}
