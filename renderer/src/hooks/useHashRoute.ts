// Four screens, addressed by the URL hash so reload and the back button work: #/ (cases), #/case/<id>, #/data
// (the departments' datasets and their records) and #/verify (the reviewer's screen for a signed case file;
// #/verify?path=… opens a file the workspace already holds, e.g. one just exported).

import { useEffect, useState } from 'react';

export type Route = { screen: 'cases' } | { screen: 'case'; caseId: string } | { screen: 'data' } | { screen: 'verify'; path: string | null };

export const DATA_HREF = '#/data';
export const VERIFY_HREF = '#/verify';

export function parseRoute(hash: string): Route {
  if (hash === DATA_HREF || hash === `${DATA_HREF}/`) return { screen: 'data' };
  const verify = /^#\/verify\/?(?:\?(.*))?$/.exec(hash);
  if (verify) return { screen: 'verify', path: new URLSearchParams(verify[1] ?? '').get('path') || null };
  const m = /^#\/case\/(.+)$/.exec(hash);
  return m?.[1] ? { screen: 'case', caseId: decodeURIComponent(m[1]) } : { screen: 'cases' };
}

export function caseHref(caseId: string): string {
  return `#/case/${encodeURIComponent(caseId)}`;
}

/** The reviewer's screen on a file the host can read (a path in the workspace, not an upload from the user). */
export function verifyHref(path: string): string {
  return `${VERIFY_HREF}?${new URLSearchParams({ path }).toString()}`;
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
