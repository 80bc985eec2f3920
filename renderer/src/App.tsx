// The shell: header, then the case list, one case, the departments' data or the reviewer's screen for a signed
// case file, chosen by the URL hash.

import { call } from './bridge/call';
import { AppHeader } from './components/AppHeader';
import { CaseListScreen } from './components/CaseListScreen';
import { CaseScreen } from './components/CaseScreen';
import { DataScreen } from './components/DataScreen';
import { ErrorBanner } from './components/ErrorBanner';
import { VerifyScreen } from './components/VerifyScreen';
import { useHashRoute } from './hooks/useHashRoute';
import type { Route } from './hooks/useHashRoute';
import { useLoad } from './hooks/useLoad';
import { useI18n } from './i18n';

function Screen({ route, zone }: { route: Route; zone: string }) {
  switch (route.screen) {
    case 'case':
      return <CaseScreen key={route.caseId} caseId={route.caseId} zone={zone} />;
    case 'data':
      return <DataScreen zone={zone} />;
    case 'verify':
      return <VerifyScreen key={route.path ?? ''} path={route.path} zone={zone} />;
    case 'cases':
      return <CaseListScreen zone={zone} />;
  }
}

export function App() {
  const { t } = useI18n();
  const route = useHashRoute();
  const { data: workspace, reload } = useLoad(() => call('workspace.info', {}), []);
  const info = workspace.value;

  return (
    <div className="app">
      <AppHeader workspace={info} screen={route.screen} />
      {workspace.state === 'error' && (
        <div className="page">
          <ErrorBanner error={workspace.error} onRetry={() => void reload()} />
        </div>
      )}
      {workspace.state === 'loading' && !info && <p className="page muted">{t.loading}</p>}
      {info && <Screen route={route} zone={info.zone} />}
    </div>
  );
}
