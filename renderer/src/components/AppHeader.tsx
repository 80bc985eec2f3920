// The top bar: the app's name, who is working and in which workspace, and the language switch.

import type { WorkspaceInfo } from '../../../electron/contract/dto';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ workspace }: { workspace: WorkspaceInfo | null }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="brand" href="#/" aria-label={`${t.appName} ${t.appNameLatin}`}>
        <span className="brand-mark" aria-hidden="true">
          证
        </span>
        <span className="brand-name">{t.appName}</span>
        <span className="brand-latin">{t.appNameLatin}</span>
      </a>
      {workspace && (
        <dl className="header-facts">
          <div>
            <dt>{t.operator}</dt>
            <dd data-testid="operator">{workspace.operator}</dd>
          </div>
          <div>
            <dt>{t.workspace}</dt>
            <dd className="header-path" title={workspace.path} data-testid="workspace-path">
              {workspace.path}
            </dd>
          </div>
          <div>
            <dt>{t.zone}</dt>
            <dd>{workspace.zone}</dd>
          </div>
        </dl>
      )}
      <LanguageSwitch />
    </header>
  );
}
