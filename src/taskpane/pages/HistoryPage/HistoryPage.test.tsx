import { dialogButton, findDialog, queryDialog } from '../../testing/dialogQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HistoryEntry, OpenedWorkbooks } from '../../session/runsSession';
import { Refusal } from '../../../app/refusal';
import { createFakeSession, never, workbookExportsOf } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { HistoryPage } from './HistoryPage';

const history: HistoryEntry[] = [
  { row: 2, runId: 'SPRING', asOf: '2026-03-01', executedAt: '2026-03-01T09:00', status: 'Posted', canRevert: true },
  { row: 3, runId: 'WEEKLY', asOf: '2026-03-07', executedAt: '2026-03-07T09:00', status: 'Reverted', canRevert: false },
];

function setup(entries = history, options: { workbook?: boolean } = {}) {
  const session = createFakeSession({
    history: entries,
    exports: { SPRING: [{ fileName: 'SPRING Invoices.csv', content: 'x' }] },
    workbookExports: options.workbook ? { SPRING: workbookExportsOf('SPRING', '2026-03-01', ['invoices', 'notices', 'drops']) } : undefined,
  });
  const onDownload = jest.fn();
  const user = userEvent.setup();
  renderWithTheme(<HistoryPage session={session} onDownload={onDownload} />);
  return { session, onDownload, user };
}

/** As setup, with the rendered container. */
function setupWithContainer() {
  const session = createFakeSession({ history });
  return renderWithTheme(<HistoryPage session={session} onDownload={jest.fn()} />);
}

/** The fake's exportWorkbook, present when set up with `workbook: true`. */
function exportWorkbookOf(session: ReturnType<typeof createFakeSession>) {
  if (!session.exportWorkbook) throw new Error('set up with workbook: true');
  return session.exportWorkbook;
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
    session.history.mockRejectedValue(new Refusal('MISSING_SCHEMA', 'The Run Log sheet has no Run ID column.'));
    renderWithTheme(<HistoryPage session={session} onDownload={jest.fn()} />);
    expect(await screen.findByText('The Run Log sheet has no Run ID column.')).toBeInTheDocument();
  });

  it('lists the Run Log as a card per post, with Revert and Export only where they apply', async () => {
    setup();
    const log = await screen.findByRole('list', { name: 'Run Log' });
    const cards = within(log).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual([
      expect.stringMatching(/^SPRINGPostedAs of 2026-03-01 · Posted 1 Mar 2026, 09:00RevertExport$/),
      'WEEKLYRevertedAs of 2026-03-07 · Posted 7 Mar 2026, 09:00',
    ]);
    const spring = within(log).getByRole('group', { name: 'SPRING as of 2026-03-01' });
    expect(within(spring).getByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).toBeEnabled();
    expect(within(spring).getByRole('button', { name: 'Export SPRING as of 2026-03-01' })).toBeEnabled();
    expect(within(within(log).getByRole('group', { name: 'WEEKLY as of 2026-03-07' })).queryByRole('button')).not.toBeInTheDocument();
  });

  it("shows when a post ran as a readable local date and time, the Run Log's ISO value in <time dateTime>", async () => {
    const stamp = '2026-11-30T07:32:15Z';
    setup([{ row: 2, runId: 'NIGHTLY', asOf: '2026-11-30', executedAt: stamp, status: 'Posted', canRevert: true }]);
    const card = await screen.findByRole('group', { name: 'NIGHTLY as of 2026-11-30' });
    const time = card.querySelector('time');
    expect(time).not.toBeNull();
    expect(time).toHaveAttribute('dateTime', stamp);
    // The pane's own time zone: 30 Nov 2026 somewhere between 20:32 the day before and 21:32.
    expect(time?.textContent).toMatch(/^(29|30) Nov 2026, \d\d:\d\d$/);
    expect(time?.textContent).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(stamp)));
    expect(card).not.toHaveTextContent(stamp);
  });

  it('has no table header without words (axe empty-table-header): no table at all', async () => {
    const { container } = setupWithContainer();
    await screen.findByRole('list', { name: 'Run Log' });
    const headers = [...container.ownerDocument.querySelectorAll('th, [role="columnheader"], [role="rowheader"]')];
    expect(headers.filter((th) => (th.textContent ?? '').trim() === '')).toEqual([]);
    expect(container.querySelector('table')).toBeNull();
  });

  it('reverts only after confirmation, then shows the new status', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Revert SPRING as of 2026-03-01' }));
    const dialog = await findDialog('Revert this post?');
    expect(session.revert).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, 'Revert'));
    await waitFor(() => expect(session.revert).toHaveBeenCalledWith('SPRING', '2026-03-01'));
    expect(await screen.findByText('Run SPRING as of 2026-03-01 is reverted.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).not.toBeInTheDocument();
  });

  it('does not revert when the confirmation is cancelled', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Revert SPRING as of 2026-03-01' }));
    await user.click(dialogButton(await findDialog(), 'Cancel'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    expect(session.revert).not.toHaveBeenCalled();
  });

  it('shows the words of a refused revert', async () => {
    const { session, user } = setup();
    session.revert.mockRejectedValue(new Refusal('REVERT_REFUSED', 'Invoice INV-000012 has been paid: cannot revert.'));
    await user.click(await screen.findByRole('button', { name: 'Revert SPRING as of 2026-03-01' }));
    await user.click(dialogButton(await findDialog(), 'Revert'));
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
    expect(screen.queryByRole('button', { name: /More ways to export/ })).not.toBeInTheDocument();
  });

  it('opens each batch as a new workbook, with progress, when the session can open workbooks', async () => {
    const { session, onDownload, user } = setup(history, { workbook: true });
    let finish: (opened: OpenedWorkbooks) => void = () => {};
    exportWorkbookOf(session).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await screen.findByRole('button', { name: 'More ways to export SPRING as of 2026-03-01' }); // the split button's chunk has loaded
    await user.click(screen.getByRole('button', { name: 'Export SPRING as of 2026-03-01' }));
    expect(screen.getByText('Opening the batches of SPRING as new workbooks…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revert SPRING as of 2026-03-01' })).toBeDisabled();
    finish({ workbooks: workbookExportsOf('SPRING', '2026-03-01', ['invoices', 'notices', 'drops']).eachBatch });
    expect(
      await screen.findByText('Opened 3 new workbooks: SPRING-invoices-2026-03-01.xlsx, SPRING-notices-2026-03-01.xlsx, SPRING-drops-2026-03-01.xlsx.'),
    ).toBeInTheDocument();
    expect(exportWorkbookOf(session)).toHaveBeenCalledWith('SPRING', 'eachBatch');
    expect(session.exportCsv).not.toHaveBeenCalled();
    expect(onDownload).not.toHaveBeenCalled();
  });

  it('opens all batches in one workbook when chosen from the menu beside Export', async () => {
    const { session, onDownload, user } = setup(history, { workbook: true });
    await user.click(await screen.findByRole('button', { name: 'More ways to export SPRING as of 2026-03-01' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['All batches in one workbook', 'Download CSV']);
    await user.click(within(menu).getByRole('menuitem', { name: 'All batches in one workbook' }));
    expect(await screen.findByText('Opened SPRING-batches-2026-03-01.xlsx in a new workbook (3 sheets).')).toBeInTheDocument();
    expect(exportWorkbookOf(session)).toHaveBeenCalledWith('SPRING', 'oneWorkbook');
    expect(exportWorkbookOf(session)).toHaveBeenCalledTimes(1);
    expect(onDownload).not.toHaveBeenCalled();
  });

  it('shows progress while all batches open in one workbook', async () => {
    const { session, user } = setup(history, { workbook: true });
    exportWorkbookOf(session).mockReturnValue(never());
    await user.click(await screen.findByRole('button', { name: 'More ways to export SPRING as of 2026-03-01' }));
    await user.click(await screen.findByRole('menuitem', { name: 'All batches in one workbook' }));
    expect(await screen.findByText('Opening the batches of SPRING in one new workbook…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export SPRING as of 2026-03-01' })).toBeDisabled();
  });

  it('downloads the CSV files from the menu beside Export when Export opens workbooks', async () => {
    const { session, onDownload, user } = setup(history, { workbook: true });
    await user.click(await screen.findByRole('button', { name: 'More ways to export SPRING as of 2026-03-01' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Download CSV' }));
    await waitFor(() => expect(onDownload).toHaveBeenCalledWith('SPRING Invoices.csv', 'x'));
    expect(await screen.findByText('Exported SPRING Invoices.csv.')).toBeInTheDocument();
    expect(exportWorkbookOf(session)).not.toHaveBeenCalled();
  });

  it('shows the words naming what opened and what did not when Excel refuses one of the workbooks', async () => {
    const { session, user } = setup(history, { workbook: true });
    const words =
      'Opened SPRING-invoices-2026-03-01.xlsx; Excel did not open SPRING-notices-2026-03-01.xlsx: blocked. SPRING-drops-2026-03-01.xlsx was not opened.' +
      ' Download them as CSV instead.';
    exportWorkbookOf(session).mockRejectedValue(new Refusal('MISSING_SCHEMA', words));
    await screen.findByRole('button', { name: 'More ways to export SPRING as of 2026-03-01' });
    await user.click(screen.getByRole('button', { name: 'Export SPRING as of 2026-03-01' }));
    expect(await screen.findByText(words)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export SPRING as of 2026-03-01' })).toBeEnabled();
  });

  it('exports the CSV files instead, saying so, when Excel does not open the one workbook', async () => {
    const { session, onDownload, user } = setup(history, { workbook: true });
    exportWorkbookOf(session).mockRejectedValue(
      new Refusal('EXPORT_FAILED', 'Excel did not open the batches as a new workbook: blocked. Download them as CSV instead.'),
    );
    await user.click(await screen.findByRole('button', { name: 'More ways to export SPRING as of 2026-03-01' }));
    await user.click(await screen.findByRole('menuitem', { name: 'All batches in one workbook' }));
    expect(
      await screen.findByText('Excel did not open the batches as a new workbook: blocked. The CSV export ran instead: Exported SPRING Invoices.csv.'),
    ).toBeInTheDocument();
    expect(onDownload).toHaveBeenCalledWith('SPRING Invoices.csv', 'x');
    expect(screen.getByRole('button', { name: 'Export SPRING as of 2026-03-01' })).toBeEnabled();
  });
});
