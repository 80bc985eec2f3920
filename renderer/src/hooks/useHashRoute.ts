// Two screens, addressed by the URL hash so reload and the back button work: #/ (cases) and #/case/<id>.

import { useEffect, useState } from 'react';

export type Route = { screen: 'cases' } | { screen: 'case'; caseId: string };

export function parseRoute(hash: string): Route {
  const m = /^#\/case\/(.+)$/.exec(hash);
  return m?.[1] ? { screen: 'case', caseId: decodeURIComponent(m[1]) } : { screen: 'cases' };
}

export function caseHref(caseId: string): string {
  return `#/case/${encodeURIComponent(caseId)}`;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
