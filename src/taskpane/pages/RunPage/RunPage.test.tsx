import { dialogButton, findDialog, queryDialog } from '../../testing/dialogQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import type { OpenedWorkbooks } from '../../session/runsSession';
import { createFakeSession, makeItem, makePreview, makeRun, never, workbookExportsOf } from '../../testing/fakeRunsSession';
import { chooseRunAction, runActionItems } from '../../testing/runActions';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunPage } from './RunPage';

const items = [
  makeItem({ key: 'renew:M1', amount: 120 }),
  makeItem({ key: 'renew:M2', memberId: 'M2', name: 'Grace Hopper', amount: 80.5 }),
  makeItem({ key: 'notify:M3', action: 'notify', memberId: 'M3', name: 'Alan Turing', amount: null }),
  makeItem({ key: 'drop:M4', action: 'drop', status: 'error', reason: 'No end date', excludable: false, amount: null }),
];

function setup(options: { preview?: ReturnType<typeof makePreview> | null; status?: 'Draft' | 'Previewed' | 'Executed'; workbook?: boolean } = {}) {
  const preview = options.preview === undefined ? makePreview(items) : options.preview;
  const session = createFakeSession({
    runs: [makeRun({ status: options.status ?? (preview ? 'Previewed' : 'Draft'), warnings: [{ code: 'W1', message: 'Lead Days is blank: 30 assumed.' }] })],
    previews: { SPRING: preview },
    exports: { SPRING: [{ fileName: 'SPRING Invoices.csv', content: 'a,b' }] },
    workbookExports: options.workbook ? { SPRING: workbookExportsOf('SPRING', '2026-03-01', ['invoices', 'notices']) } : undefined,
  });
  const onDownload = jest.fn();
  const user = userEvent.setup();
  renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={onDownload} />);
  return { session, onDownload, user };
}

const button = (name: string) => screen.getByRole('button', { name });
/** Whether a command-bar button is inactive (disabled, yet focusable, while it cannot act). */
const inactive = (name: string) => button(name).getAttribute('aria-disabled') === 'true' || button(name).hasAttribute('disabled');

describe('RunPage', () => {
  it('shows a labelled spinner while the run loads', () => {
    const session = createFakeSession();
    session.currentPreview.mockReturnValue(never());
    renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={jest.fn()} />);
    expect(screen.getByText('Loading the run…')).toBeInTheDocument();
  });

  it('shows the words when the run cannot be read', async () => {
    const session = createFakeSession();
    session.currentPreview.mockRejectedValue(new Refusal('MISSING_SCHEMA', 'The preview sheet has no Key column.'));
    renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={jest.fn()} />);
    expect(await screen.findByText('The preview sheet has no Key column.')).toBeInTheDocument();
  });

  it('shows the header and the Details tab with warnings', async () => {
    setup();
    expect(await screen.findByRole('heading', { name: 'Spring renewals' })).toBeInTheDocument();
    expect(screen.getByText('Previewed')).toBeInTheDocument();
    expect(screen.getByText(/ID SPRING · Pre-processing 2026-02-25 · Previewed as of 2026-03-01/)).toBeInTheDocument();
    expect(screen.getByText('Mode: rolling')).toBeInTheDocument();
    expect(screen.getByText('Lead Days is blank: 30 assumed.')).toBeInTheDocument();
  });

  it('enables only Preview and Clone before a preview', async () => {
    const { user } = setup({ preview: null });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(inactive('Preview')).toBe(false);
    expect(inactive('Refresh')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Post' })).not.toBeInTheDocument();
    expect(await runActionItems(user)).toEqual([
      { name: 'Edit', disabled: false },
      { name: 'Clone', disabled: false },
    ]);
  });

  it('enables Refresh, Post and Discard preview (no Revert or Export) with a preview not posted', async () => {
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Spring renewals' });
    for (const name of ['Post', 'Refresh']) expect(inactive(name)).toBe(false);
    const names = (await runActionItems(user)).map((i) => i.name);
    expect(names).toContain('Discard preview');
    expect(names).not.toContain('Revert');
    expect(names).not.toContain('Download CSV');
  });

  it('enables Revert and Export, not Refresh, Post or Discard preview, once posted', async () => {
    const { user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed' });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(inactive('Preview')).toBe(false);
    expect(inactive('Refresh')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Post' })).not.toBeInTheDocument();
    const menu = await runActionItems(user);
    expect(menu.filter((i) => !i.disabled).map((i) => i.name)).toEqual(['Edit', 'Clone', 'Download CSV', 'Revert']);
  });

  it('shows the preview the call returned, without reading it back, when Preview is clicked on a run never previewed', async () => {
    const { session, user } = setup({ preview: null });
    const fresh = makePreview(items, { asOf: '2026-03-02' });
    session.preview.mockResolvedValue(fresh);
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    expect(await screen.findByText(/Previewed as of 2026-03-02/)).toBeInTheDocument();
    expect(session.preview).toHaveBeenCalledWith('SPRING');
    expect(session.currentPreview).toHaveBeenCalledTimes(1);
    expect(session.listRuns).toHaveBeenCalledTimes(2);
  });

  it('disables every button and shows progress while a call runs', async () => {
    const { session, user } = setup();
    session.preview.mockReturnValue(never());
    await user.click(await screen.findByRole('button', { name: 'Refresh' }));
    expect(screen.getByText('Refreshing…')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    for (const name of ['Post', 'Refresh', 'More actions']) expect(inactive(name)).toBe(true);
    expect(session.preview).toHaveBeenCalledWith('SPRING', '2026-03-01');
  });

  it('confirms Post in sentences per action with the currency, then posts', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Post' }));
    const dialog = await findDialog('Post this run?');
    const sentences = within(dialog)
      .getAllByRole('listitem', { hidden: true })
      .map((li) => li.textContent);
    expect(sentences).toEqual(['Creates 2 invoices, $200.50.', 'Sends 1 notice.']);
    expect(dialog).toHaveTextContent('1 item with an error will not be posted.');
    expect(session.post).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, 'Post'));
    await waitFor(() => expect(session.post).toHaveBeenCalledWith('SPRING'));
    expect(await screen.findByText('Posted as of 2026-03-01: 2 renew ($200.50), 1 notify.')).toBeInTheDocument();
    await waitFor(() => expect(button('Preview')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Post' })).not.toBeInTheDocument();
  });

  it('confirms and reports a post in USD and EUR per currency, never adding the two', async () => {
    const twoCurrencies = [
      makeItem({ key: 'renew:M1', amount: 120 }),
      makeItem({ key: 'renew:E1', memberId: 'E1', amount: 300, currency: 'EUR' }),
      makeItem({ key: 'notify:E2', action: 'notify', memberId: 'E2', amount: 50, currency: 'EUR' }),
      makeItem({ key: 'renew:E3', memberId: 'E3', amount: 10, currency: 'EUR', status: 'excluded' }),
    ];
    const { session, user } = setup({ preview: makePreview(twoCurrencies) });
    await user.click(await screen.findByRole('button', { name: 'Post' }));
    const dialog = await findDialog('Post this run?');
    const sentences = within(dialog)
      .getAllByRole('listitem', { hidden: true })
      .map((li) => li.textContent);
    expect(sentences).toEqual(['Creates 2 invoices, $120.00 and €300.00.', 'Sends 1 notice.']);
    expect(dialog).toHaveTextContent('1 excluded item will not be posted.');
    expect(dialog.textContent).not.toMatch(/420|470|Total/);
    await user.click(dialogButton(dialog, 'Post'));
    await waitFor(() => expect(session.post).toHaveBeenCalledWith('SPRING'));
    expect(await screen.findByText('Posted as of 2026-03-01: 2 renew ($120.00 and €300.00), 1 notify (€50.00).')).toBeInTheDocument();
  });

  it('does not post when the confirmation is cancelled', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Post' }));
    const dialog = await findDialog();
    await user.click(dialogButton(dialog, 'Cancel'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    expect(session.post).not.toHaveBeenCalled();
  });

  it('shows the words of a refused post', async () => {
    const { session, user } = setup();
    session.post.mockRejectedValue(new Refusal('POST_REFUSED', 'The inputs changed since the preview: refresh first.'));
    await user.click(await screen.findByRole('button', { name: 'Post' }));
    await user.click(dialogButton(await findDialog(), 'Post'));
    expect(await screen.findByText('The inputs changed since the preview: refresh first.')).toBeInTheDocument();
    // The preview is stale: the next step is to preview again.
    await waitFor(() => expect(inactive('Preview again')).toBe(false));
  });

  it('reverts a posted run after confirmation', async () => {
    const { session, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed' });
    await chooseRunAction(user, 'Revert');
    const dialog = await findDialog('Revert this post?');
    expect(session.revert).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, 'Revert'));
    await waitFor(() => expect(session.revert).toHaveBeenCalledWith('SPRING', '2026-03-01'));
  });

  it('exports each batch through onDownload', async () => {
    const { onDownload, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed' });
    await chooseRunAction(user, 'Download CSV');
    await waitFor(() => expect(onDownload).toHaveBeenCalledWith('SPRING Invoices.csv', 'a,b'));
  });

  it('opens each batch as a new workbook, with progress, when the session can open workbooks', async () => {
    const { session, onDownload, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    const exportWorkbook = session.exportWorkbook as NonNullable<typeof session.exportWorkbook>;
    let finish: (opened: OpenedWorkbooks) => void = () => {};
    exportWorkbook.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await chooseRunAction(user, 'Each batch as a new workbook');
    expect(await screen.findByText('Opening the batches as new workbooks…')).toBeInTheDocument();
    expect(inactive('More actions')).toBe(true);
    finish({ workbooks: workbookExportsOf('SPRING', '2026-03-01', ['invoices', 'notices']).eachBatch });
    expect(await screen.findByText('Opened 2 new workbooks: SPRING-invoices-2026-03-01.xlsx, SPRING-notices-2026-03-01.xlsx.')).toBeInTheDocument();
    expect(exportWorkbook).toHaveBeenCalledWith('SPRING', 'eachBatch');
    expect(onDownload).not.toHaveBeenCalled();
  });

  it('says which workbook opened, as before, when the post has one batch', async () => {
    const { session, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    session.exportWorkbook?.mockResolvedValue({ workbooks: [{ fileName: 'SPRING-invoices-2026-03-01.xlsx', sheets: 1 }] });
    await chooseRunAction(user, 'Each batch as a new workbook');
    expect(await screen.findByText('Opened SPRING-invoices-2026-03-01.xlsx in a new workbook (1 sheet).')).toBeInTheDocument();
  });

  it('offers each batch, all batches in one workbook, then Download CSV, under Export when the session can open workbooks', async () => {
    const { user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    const names = (await runActionItems(user)).map((i) => i.name);
    expect(names.slice(names.indexOf('Each batch as a new workbook'), names.indexOf('Download CSV') + 1)).toEqual([
      'Each batch as a new workbook',
      'All batches in one workbook',
      'Download CSV',
    ]);
  });

  it('opens all batches in one workbook, with progress, when chosen from the menu', async () => {
    const { session, onDownload, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    const exportWorkbook = session.exportWorkbook as NonNullable<typeof session.exportWorkbook>;
    let finish: (opened: OpenedWorkbooks) => void = () => {};
    exportWorkbook.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await chooseRunAction(user, 'All batches in one workbook');
    expect(await screen.findByText('Opening the batches in one new workbook…')).toBeInTheDocument();
    finish({ workbooks: workbookExportsOf('SPRING', '2026-03-01', ['invoices', 'notices']).oneWorkbook });
    expect(await screen.findByText('Opened SPRING-batches-2026-03-01.xlsx in a new workbook (2 sheets).')).toBeInTheDocument();
    expect(exportWorkbook).toHaveBeenCalledWith('SPRING', 'oneWorkbook');
    expect(exportWorkbook).toHaveBeenCalledTimes(1);
    expect(onDownload).not.toHaveBeenCalled();
  });

  it('downloads the CSV files from the menu when Export opens workbooks', async () => {
    const { session, onDownload, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    await chooseRunAction(user, 'Download CSV');
    await waitFor(() => expect(onDownload).toHaveBeenCalledWith('SPRING Invoices.csv', 'a,b'));
    expect(await screen.findByText('Exported SPRING Invoices.csv.')).toBeInTheDocument();
    expect(session.exportWorkbook).not.toHaveBeenCalled();
  });

  it('offers no export choice for a run never posted', async () => {
    const { user } = setup({ workbook: true });
    const names = (await runActionItems(user)).map((i) => i.name);
    for (const name of ['Each batch as a new workbook', 'All batches in one workbook', 'Download CSV']) expect(names).not.toContain(name);
  });

  it('shows the refusal naming what opened and what did not when Excel refuses one of the workbooks', async () => {
    const { session, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    const words = 'Opened SPRING-invoices-2026-03-01.xlsx; Excel did not open SPRING-notices-2026-03-01.xlsx: blocked. Download them as CSV instead.';
    session.exportWorkbook?.mockRejectedValue(new Refusal('MISSING_SCHEMA', words));
    await chooseRunAction(user, 'Each batch as a new workbook');
    expect(await screen.findByText(words)).toBeInTheDocument();
    await waitFor(() => expect(inactive('More actions')).toBe(false));
  });

  it('shows the words when the new workbook cannot be opened', async () => {
    const { session, user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed', workbook: true });
    session.exportWorkbook?.mockRejectedValue(new Error('The request payload size has exceeded the limit.'));
    await chooseRunAction(user, 'All batches in one workbook');
    expect(await screen.findByText('Something went wrong: The request payload size has exceeded the limit.')).toBeInTheDocument();
  });

  it('shows count and amount per action × status on the Statistics tab', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Statistics' }));
    const table = screen.getByRole('table', { name: 'Count and amount per action and status' });
    const rowTexts = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rowTexts).toContain('renewready2$200.50');
    expect(rowTexts).toContain('droperror1$0.00');
  });

  it('excludes an item from the Actions tab through the session', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Actions' }));
    await user.click(screen.getByRole('switch', { name: 'Include renew:M2' }));
    await waitFor(() => expect(session.setIncluded).toHaveBeenCalledWith('SPRING', 'renew:M2', false));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Include renew:M2' })).not.toBeChecked());
  });

  it('selects the clicked item in the sheet', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Actions' }));
    await user.click(screen.getByText(/Alan Turing/));
    expect(session.selectItem).toHaveBeenCalledWith('SPRING', 'notify:M3');
  });

  it('edits the run in place and shows the page again after saving', async () => {
    const { session, user } = setup();
    await chooseRunAction(user, 'Edit');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveValue('Spring renewals'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The run is saved.')).toBeInTheDocument();
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ id: 'SPRING' }), 'SPRING');
    expect(screen.getByRole('heading', { name: 'Spring renewals' })).toBeInTheDocument();
  });
});
