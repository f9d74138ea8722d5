import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import { trackChanges } from '../standalone/trackChanges';
import { renderWithTheme } from '../testing/renderWithTheme';
import { FileBar } from './FileBar';

/** The demo workbook as the file bar sees it, tracked as App tracks it; `toBytes` as given. */
function demo(toBytes: () => Promise<Uint8Array> = async () => new Uint8Array([80, 75])) {
  const runs = { post: jest.fn(async () => ({ runId: 'NIGHTLY' })) } as unknown as RunsSession;
  return trackChanges({ fileName: 'renewal-runs-demo.xlsx', runs, reconcile: {} as ReconcileSession, toBytes });
}

/** Dispatches `beforeunload` as the browser does when the page is left; true when the page asked to stay. */
function leavePage(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('FileBar', () => {
  it('is the page banner with the file name, and no unsaved mark while nothing changed', () => {
    renderWithTheme(<FileBar workbook={demo()} save={jest.fn()} />);
    expect(screen.getByRole('banner')).toHaveTextContent('renewal-runs-demo.xlsx');
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    expect(leavePage()).toBe(false);
  });

  it('marks unsaved changes after a post, and clears the mark after Save with a Saved toast', async () => {
    const workbook = demo();
    const save = jest.fn();
    renderWithTheme(<FileBar workbook={workbook} save={save} />);
    await act(async () => {
      await workbook.runs.post('NIGHTLY');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
    expect(leavePage()).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Save workbook' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(new Uint8Array([80, 75]), 'renewal-runs-demo.xlsx'));
    await waitFor(() => expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument());
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.getByText("renewal-runs-demo.xlsx is in your browser's downloads.")).toBeInTheDocument();
    expect(leavePage()).toBe(false);
  });

  it('keeps the mark, and says so without a toast, when the workbook could not be saved', async () => {
    const workbook = demo(() => Promise.reject(new Error('out of memory')));
    renderWithTheme(<FileBar workbook={workbook} save={jest.fn()} />);
    await act(async () => {
      await workbook.runs.post('NIGHTLY');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save workbook' }));
    expect(await screen.findByText(/could not be saved: out of memory/)).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();
    expect(leavePage()).toBe(true);
  });

  it('stays unsaved when the workbook changed while it was being saved', async () => {
    let finish: (bytes: Uint8Array) => void = () => undefined;
    const workbook = demo(() => new Promise<Uint8Array>((resolve) => (finish = resolve)));
    renderWithTheme(<FileBar workbook={workbook} save={jest.fn()} />);
    await act(async () => {
      await workbook.runs.post('NIGHTLY');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save workbook' }));
    await act(async () => {
      await workbook.runs.post('NIGHTLY');
      finish(new Uint8Array([1]));
    });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });
});
