/**
 * Data loading hook
 *
 * Runs an API call when its dependencies change, aborts stale results, and exposes loading/error
 * state plus `reload` so every page can show the same loading, empty and error states.
 */
import { useCallback, useEffect, useState } from 'react';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown }
  | { readonly state: 'ready'; readonly data: T };

export interface ApiResult<T> {
  readonly result: Loadable<T>;
  readonly reload: () => void;
}

/** Calls `load` now and whenever `deps` change; the latest call wins. */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiResult<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => live && setResult({ state: 'ready', data }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
    // NOTE: `load` is a fresh closure each render; `deps` says when it really changed.
  }, [...deps, tick]);
  return { result, reload };
}
