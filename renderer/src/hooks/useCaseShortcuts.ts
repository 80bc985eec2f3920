// Listens for the case screen's keyboard shortcuts on the whole window while the screen is open, and calls the
// matching handler. A key the gallery (or any other control) has already handled is left alone.

import { useEffect, useRef } from 'react';
import { shortcutOf } from '../shortcuts/case-shortcuts';
import type { ShortcutAction } from '../shortcuts/case-shortcuts';

export function useCaseShortcuts(handlers: Record<ShortcutAction, () => void>): void {
  // The latest handlers, without re-adding the listener on every render.
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = shortcutOf(event);
      if (!action) return;
      event.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
