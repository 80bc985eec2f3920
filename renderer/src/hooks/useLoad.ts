// Loads something through the bridge, with loading and error states and a reload function.

import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading'; value: T | null }
  | { state: 'ready'; value: T }
  | { state: 'error'; value: T | null; error: unknown };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: Loaded<T>; reload: () => Promise<void> } {
  const [data, setData] = useState<Loaded<T>>({ state: 'loading', value: null });
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the loader depends on
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const value = await stableLoad();
      if (mine === generation.current) setData({ state: 'ready', value });
    } catch (error) {
      if (mine === generation.current) setData((prev) => ({ state: 'error', value: prev.value, error }));
    }
  }, [stableLoad]);

  // A newer load (deps changed, or reload) bumps the generation, so a slower, older answer is dropped.
  useEffect(() => {
    setData((prev) => ({ state: 'loading', value: prev.value }));
    void reload();
  }, [reload]);

  return { data, reload };
}
