// Three screens, addressed by the URL hash so reload and the back button work: #/ (cases), #/case/<id> and
// #/data (the departments' datasets and their records).

import { useEffect, useState } from 'react';

export type Route = { screen: 'cases' } | { screen: 'case'; caseId: string } | { screen: 'data' };

export const DATA_HREF = '#/data';

export function parseRoute(hash: string): Route {
  if (hash === DATA_HREF || hash === `${DATA_HREF}/`) return { screen: 'data' };
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
