// The overlay that lists the case screen's keyboard shortcuts (opened with "?" or the button in the case bar).

import { CASE_SHORTCUTS } from '../shortcuts/case-shortcuts';
import { useI18n } from '../i18n';
import { Modal } from './Modal';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t.shortcutsHeading} subtitle={t.shortcutsNote} onClose={onClose} size="medium" testId="shortcut-help">
      <dl className="shortcut-list">
        {CASE_SHORTCUTS.map(({ action, keys }) => (
          <div key={action} className="shortcut-row">
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && <span className="muted"> {t.shortcutOr} </span>}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t.shortcutActions[action]}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
