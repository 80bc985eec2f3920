// The top bar: the app's name, the places to work (cases, department data, verifying a signed case file), who is
// working and in which workspace, and the language switch.

import type { WorkspaceInfo } from '../../../electron/contract/dto';
import { DATA_HREF, VERIFY_HREF } from '../hooks/useHashRoute';
import type { Route } from '../hooks/useHashRoute';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ workspace, screen }: { workspace: WorkspaceInfo | null; screen: Route['screen'] }) {
  const { t } = useI18n();
  const onData = screen === 'data';
  const onVerify = screen === 'verify';
  const onCases = !onData && !onVerify;
  return (
    <header className="app-header">
      <a className="brand" href="#/" aria-label={`${t.appName} ${t.appNameLatin}`}>
        <span className="brand-mark" aria-hidden="true">
          证
        </span>
        <span className="brand-name">{t.appName}</span>
        <span className="brand-latin">{t.appNameLatin}</span>
      </a>
      <nav className="main-nav" aria-label={t.navLabel}>
        <a href="#/" className={onCases ? 'nav-link is-active' : 'nav-link'} aria-current={onCases ? 'page' : undefined}>
          {t.navCases}
        </a>
        <a href={DATA_HREF} className={onData ? 'nav-link is-active' : 'nav-link'} aria-current={onData ? 'page' : undefined} data-testid="nav-data">
          {t.navData}
        </a>
        <a href={VERIFY_HREF} className={onVerify ? 'nav-link is-active' : 'nav-link'} aria-current={onVerify ? 'page' : undefined} data-testid="nav-verify">
          {t.navVerify}
        </a>
      </nav>
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
