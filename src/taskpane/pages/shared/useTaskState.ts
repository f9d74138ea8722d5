import { useCallback, useState } from 'react';
import { refusalWords } from '../../components/feedback/refusalWords';

/** What a page shows about the session calls its buttons start, one at a time. */
export interface TaskState {
  /** What is running now, in words ("Posting…"); null when nothing is. Pages disable their buttons meanwhile. */
  busy: string | null;
  /** Why the last call failed, in words (the session's refusal). */
  error: string | null;
  /** What the last call did, in words. */
  notice: string | null;
  /**
   * Runs `call` under `label`: clears the error and the notice, shows `label` as busy, then shows
   * the words `call` resolves to (if any) as the notice, or its refusal as the error.
   */
  run: (label: string, call: () => Promise<string | null | void>) => Promise<void>;
  /** Shows a failure of a call made outside `run` (no busy label) as the error. */
  fail: (failure: unknown) => void;
  setError: (words: string | null) => void;
  setNotice: (words: string | null) => void;
}

/**
 * The busy / error / notice state of a page's session calls. `run`, `fail`, `setError` and
 * `setNotice` keep their identity across renders, so effects may depend on them.
 *
 * @example
 * const task = useTaskState();
 * const onRevert = () => task.run('Reverting…', async () => {
 *   await session.revert(runId, asOf);
 *   return `The post as of ${asOf} is reverted.`;
 * });
 */
export function useTaskState(): TaskState {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useCallback(async (label: string, call: () => Promise<string | null | void>) => {
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      const words = await call();
      if (words) setNotice(words);
    } catch (failure) {
      setError(refusalWords(failure));
    } finally {
      setBusy(null);
    }
  }, []);
  const fail = useCallback((failure: unknown) => setError(refusalWords(failure)), []);
  return { busy, error, notice, run, fail, setError, setNotice };
}
