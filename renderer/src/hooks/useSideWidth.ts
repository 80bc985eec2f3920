// The side panel's width as the handler last dragged it, kept across cases and restarts; null means each tab's
// own width (wider for the chain, party, map and notices).

import { useCallback, useState } from 'react';
import { clampSideWidth, parseStoredWidth } from '../layout/side-width';

const KEY = 'casechain.sideWidth';

function stored(): number | null {
  try {
    return parseStoredWidth(window.localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

export function useSideWidth(): [number | null, (width: number | null) => void] {
  const [width, setWidth] = useState<number | null>(stored);
  const set = useCallback((next: number | null) => {
    setWidth(next);
    try {
      if (next === null) window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, String(next));
    } catch {
      // Storage refused (private mode): the width still holds for this session.
    }
  }, []);
  const viewport = typeof document === 'undefined' ? Number.POSITIVE_INFINITY : document.documentElement.clientWidth;
  return [width === null ? null : clampSideWidth(width, viewport), set];
}
