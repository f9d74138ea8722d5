import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HistoryEntry } from '../../session/runsSession';
import { SessionRefusal } from '../../session/runsSession';
import { createFakeSession, never } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { HistoryPage } from './HistoryPage';

const history: HistoryEntry[] = [
  { row: 2, runId: 'SPRING', asOf: '2026-03-01', executedAt: '2026-03-01T09:00', status: 'Posted', canRevert: true },
  { row: 3, runId: 'WEEKLY', asOf: '2026-03-07', executedAt: '2026-03-07T09:00', status: 'Reverted', canRevert: false },
];

function setup(entries = history) {
  const session = createFakeSession({ history: entries, exports: { SPRING: [{ fileName: 'SPRING Invoices.csv', content: 'x' }] } });
  const onDownload = jest.fn();
  const user = userEvent.setup();
  renderWithTheme(<HistoryPage session={session} onDownload={onDownload} />);
  return { session, onDownload, user };
}

describe('HistoryPage', () => {
  it('shows a labelled spinner while the Run Log loads', () => {
    const session = createFakeSession();
    session.history.mockReturnValue(never());
    renderWithTheme(<HistoryPage session={session} onDownload={jest.fn()} />);
    expect(screen.getByText('Loading the Run Log…')).toBeInTheDocument();
  });

  it('says so when nothing has been posted', async () => {
    setup([]);
    expect(await screen.findByText('No run has been posted in this workbook yet.')).toBeInTheDocument();
  });

  it('shows the words of a refusal', async () => {
    const session = createFakeSession();
    session.history.mockRejectedValue(new SessionRefusal('The Run Log sheet has no Run ID column.'));
    renderWithTheme(<HistoryPage session={session} onDownload={jest.fn()} />);
    expect(await screen.findByText('The Run Log sheet has no Run ID column.')).toBeInTheDocument();
  });

  it('lists the Run Log with Revert and Export only where they apply', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Run Log' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['SPRING', 'WEEKLY']);
    expect(within(rows[0]).getByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).toBeEnabled();
    expect(within(rows[0]).getByRole('button', { name: 'Export SPRING as of 2026-03-01' })).toBeEnabled();
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
  });

  it('reverts only after confirmation, then shows the new status', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Revert SPRING as of 2026-03-01' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revert this post?' });
    expect(session.revert).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Revert' }));
    await waitFor(() => expect(session.revert).toHaveBeenCalledWith('SPRING', '2026-03-01'));
    expect(await screen.findByText('Run SPRING as of 2026-03-01 is reverted.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).not.toBeInTheDocument();
  });

  it('does not revert when the confirmation is cancelled', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Revert SPRING as of 2026-03-01' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(session.revert).not.toHaveBeenCalled();
  });

  it('shows the words of a refused revert', async () => {
    const { session, user } = setup();
    session.revert.mockRejectedValue(new SessionRefusal('Invoice INV-000012 has been paid: cannot revert.'));
    await user.click(await screen.findByRole('button', { name: 'Revert SPRING as of 2026-03-01' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Revert' }));
    expect(await screen.findByText('Invoice INV-000012 has been paid: cannot revert.')).toBeInTheDocument();
  });

  it('exports a posted run through onDownload, disabling the buttons meanwhile', async () => {
    const { session, onDownload, user } = setup();
    let finish: (files: { fileName: string; content: string }[]) => void = () => {};
    session.exportCsv.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await user.click(await screen.findByRole('button', { name: 'Export SPRING as of 2026-03-01' }));
    expect(screen.getByText('Exporting SPRING…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).toBeDisabled();
    finish([{ fileName: 'SPRING Invoices.csv', content: 'x' }]);
    await waitFor(() => expect(onDownload).toHaveBeenCalledWith('SPRING Invoices.csv', 'x'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).toBeEnabled());
  });
});
