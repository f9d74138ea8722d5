import { act, renderHook } from '@testing-library/react';
import { Refusal } from '../../../app/refusal';
import { useTaskState } from './useTaskState';

/** A promise and the functions that settle it, so a test decides when a call ends. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useTaskState', () => {
  it('starts idle, with no error and no notice', () => {
    const { result } = renderHook(() => useTaskState());
    expect(result.current).toMatchObject({ busy: null, error: null, notice: null });
  });

  it('shows the label while the call runs, then the words it resolves to', async () => {
    const { result } = renderHook(() => useTaskState());
    const call = deferred<string>();
    let done!: Promise<void>;
    act(() => {
      done = result.current.run('Posting…', () => call.promise);
    });
    expect(result.current.busy).toBe('Posting…');
    await act(async () => {
      call.resolve('Posted 3 items.');
      await done;
    });
    expect(result.current).toMatchObject({ busy: null, error: null, notice: 'Posted 3 items.' });
  });

  it('shows no notice for a call that resolves to nothing', async () => {
    const { result } = renderHook(() => useTaskState());
    await act(() => result.current.run('Including…', async () => undefined));
    expect(result.current).toMatchObject({ busy: null, error: null, notice: null });
  });

  it("shows a refusal's own words, and other failures behind 'Something went wrong'", async () => {
    const { result } = renderHook(() => useTaskState());
    await act(() => result.current.run('Reverting…', () => Promise.reject(new Refusal('REVERT_REFUSED', 'The Journal sheet is missing.'))));
    expect(result.current).toMatchObject({ busy: null, error: 'The Journal sheet is missing.', notice: null });
    await act(() => result.current.run('Reverting…', () => Promise.reject(new Error('boom'))));
    expect(result.current.error).toBe('Something went wrong: boom');
  });

  it('clears the last error and notice when the next call starts', async () => {
    const { result } = renderHook(() => useTaskState());
    await act(() => result.current.run('Posting…', async () => 'Posted.'));
    act(() => result.current.setError('An earlier failure.'));
    const call = deferred<void>();
    act(() => {
      void result.current.run('Exporting…', () => call.promise);
    });
    expect(result.current).toMatchObject({ busy: 'Exporting…', error: null, notice: null });
    await act(async () => call.resolve());
  });

  it('shows a failure reported outside run as the error', () => {
    const { result } = renderHook(() => useTaskState());
    act(() => result.current.fail(new Refusal('NOT_PREVIEWED', 'The item is gone.')));
    expect(result.current.error).toBe('The item is gone.');
    act(() => result.current.setNotice('The run is saved.'));
    expect(result.current.notice).toBe('The run is saved.');
  });

  it('keeps its functions across renders, so effects can depend on them', async () => {
    const { result, rerender } = renderHook(() => useTaskState());
    const first = result.current;
    await act(() => first.run('Posting…', async () => 'Posted.'));
    rerender();
    expect(result.current.run).toBe(first.run);
    expect(result.current.fail).toBe(first.fail);
    expect(result.current.setError).toBe(first.setError);
    expect(result.current.setNotice).toBe(first.setNotice);
  });
});
