import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { refusalWords } from '../../components/feedback/refusalWords';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; words: string } | { state: 'ready'; value: T };

/**
 * Loads something from the session when the page opens (and again on `reload`), as a value the
 * page renders: loading, the failure in words, or the result. A late answer of an earlier load
 * never overwrites a newer one. `key` names what is loaded (a run ID): a new key loads again.
 */
export function useSessionLoad<T>(load: () => Promise<T>, key = ''): { loaded: Loaded<T>; reload: () => void; set: (value: T) => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Pages pass a new `load` on every render: the effect calls the latest one, and only `key`
  // (what is loaded) and `generation` (reload) ask for a new load. Layout effects run before
  // effects, so the load below never calls a stale function.
  const latestLoad = useRef(load);
  useLayoutEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    let current = true;
    latestLoad.current().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'error', words: refusalWords(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback((value: T) => setLoaded({ state: 'ready', value }), []);
  return { loaded, reload, set };
}
