// The shell: header, then the case list or one case, chosen by the URL hash.

import { call } from './bridge/call';
import { AppHeader } from './components/AppHeader';
import { CaseListScreen } from './components/CaseListScreen';
import { CaseScreen } from './components/CaseScreen';
import { ErrorBanner } from './components/ErrorBanner';
import { useHashRoute } from './hooks/useHashRoute';
import { useLoad } from './hooks/useLoad';
import { useI18n } from './i18n';

export function App() {
  const { t } = useI18n();
  const route = useHashRoute();
  const { data: workspace, reload } = useLoad(() => call('workspace.info', {}), []);
  const info = workspace.value;

  return (
    <div className="app">
      <AppHeader workspace={info} />
      {workspace.state === 'error' && (
        <div className="page">
          <ErrorBanner error={workspace.error} onRetry={() => void reload()} />
        </div>
      )}
      {workspace.state === 'loading' && !info && <p className="page muted">{t.loading}</p>}
      {info && (route.screen === 'case' ? <CaseScreen key={route.caseId} caseId={route.caseId} zone={info.zone} /> : <CaseListScreen zone={info.zone} />)}
    </div>
  );
}
