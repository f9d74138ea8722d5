import { dialogButton, findDialog, queryDialog } from '../../testing/dialogQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReconcilePreview, ReconcileSession } from '../../session/reconcileSession';
import { Refusal } from '../../../app/refusal';
import { never } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { ReconcilePage } from './ReconcilePage';

const preview: ReconcilePreview = {
  source: 'Settlements',
  asOf: '2026-11-21',
  items: [
    {
      reference: 'TX-1',
      invoiceId: 'INV-1',
      status: 'ready',
      reason: 'paid in full; membership extended',
      reasonCode: 'PAID_IN_FULL',
      amount: 120,
      currency: 'USD',
      batch: 'AutoPay 2026-11-21',
    },
    {
      reference: 'TX-2',
      invoiceId: 'INV-9',
      status: 'error',
      reason: 'unknown invoice',
      reasonCode: 'UNKNOWN_INVOICE',
      amount: 10,
      currency: null,
      batch: null,
    },
  ],
  inputErrors: [],
  counts: { ready: 1, warning: 0, skipped: 0, error: 1 },
  payments: 1,
  appliedTotals: { USD: 120 },
  cellsChanged: 9,
};

function fakeReconcile(): jest.Mocked<ReconcileSession> {
  return {
    settlementSources: jest.fn().mockResolvedValue(['Settlements']),
    previewFromSheet: jest.fn().mockResolvedValue(preview),
    previewFromFile: jest.fn().mockImplementation(async (name: string) => ({ ...preview, source: name })),
    apply: jest.fn().mockImplementation(async () => preview),
  };
}

function setup(reconcile = fakeReconcile()) {
  const user = userEvent.setup();
  renderWithTheme(<ReconcilePage reconcile={reconcile} />);
  return { reconcile, user };
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, name = 'settled.csv') {
  await user.upload(screen.getByLabelText('Settlements file'), new File(['Reference,Invoice ID\r\n'], name, { type: 'text/csv' }));
}

async function pickSheet(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Settlements sheet' })).toBeEnabled());
  await user.click(screen.getByRole('combobox', { name: 'Settlements sheet' }));
  await user.click(screen.getByRole('option', { name: 'Settlements' }));
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
}

/** The Apply button once the preview is in and nothing is running. */
async function applyButton() {
  await screen.findByRole('list', { name: 'Settlement rows' });
  return waitFor(() => {
    const button = screen.getByRole('button', { name: 'Apply' });
    expect(button).toBeEnabled();
    return button;
  });
}

describe('ReconcilePage', () => {
  it('previews a picked sheet: counts, and a card per settlement with its IDs, outcome, reason, amount and batch', async () => {
    const { reconcile, user } = setup();
    await pickSheet(user);
    const list = await screen.findByRole('list', { name: 'Settlement rows' });
    expect(reconcile.previewFromSheet).toHaveBeenCalledWith('Settlements');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('group');
    expect(cards.map((card) => card.textContent)).toEqual([
      'TX-1 · INV-1Paid$120.00paid in full; membership extendedBatch AutoPay 2026-11-21',
      'TX-2 · INV-9Error10.00unknown invoice',
    ]);
    const paid = within(list).getByRole('group', { name: 'TX-1 · INV-1' });
    expect(within(paid).getByText('Paid')).toBeInTheDocument();
    expect(within(paid).getByText('$120.00')).toBeInTheDocument();
    expect(within(paid).getByText('Batch AutoPay 2026-11-21')).toBeInTheDocument();
    expect(screen.getByText('1 paid · 1 error')).toBeInTheDocument();
    expect(screen.getByText('Adds 1 payment ($120.00) to the Payments sheet; 9 cells in the workbook will change.')).toBeInTheDocument();
    expect(reconcile.apply).not.toHaveBeenCalled();
  });

  it('applies only after a confirmation stating the payments and their total', async () => {
    const { reconcile, user } = setup();
    await chooseFile(user);
    await user.click(await applyButton());
    const dialog = await findDialog('Apply these settlements?');
    expect(dialog).toHaveTextContent('1 payment totalling $120.00');
    expect(dialog).toHaveTextContent('9 cells in the workbook will change');
    expect(reconcile.apply).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, 'Apply'));
    await waitFor(() => expect(reconcile.apply).toHaveBeenCalledWith({ kind: 'file', name: 'settled.csv', bytes: expect.anything() }));
    expect(await screen.findByText('Applied Settlements: 1 payment totalling $120.00; 9 cells in the workbook changed.')).toBeInTheDocument();
    expect(screen.getByText('Added 1 payment ($120.00) to the Payments sheet; 9 cells in the workbook changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
  });

  it('does not apply when the confirmation is cancelled', async () => {
    const { reconcile, user } = setup();
    await chooseFile(user);
    await user.click(await applyButton());
    await user.click(dialogButton(await findDialog(), 'Cancel'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    expect(reconcile.apply).not.toHaveBeenCalled();
  });

  it('previews a chosen file, and applies that file', async () => {
    const { reconcile, user } = setup();
    const file = new File(['Reference,Invoice ID\r\n'], 'settled.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Settlements file'), file);
    await screen.findByRole('list', { name: 'Settlement rows' });
    expect(reconcile.previewFromFile).toHaveBeenCalledWith('settled.csv', expect.anything());
    expect(screen.getByText(/Preview of settled\.csv/)).toBeInTheDocument();
    await user.click(await applyButton());
    await user.click(dialogButton(await findDialog(), 'Apply'));
    await waitFor(() => expect(reconcile.apply).toHaveBeenCalledWith(expect.objectContaining({ kind: 'file', name: 'settled.csv' })));
  });

  it('shows progress in words while a preview runs', async () => {
    const reconcile = fakeReconcile();
    reconcile.previewFromSheet.mockReturnValue(never());
    const { user } = setup(reconcile);
    await pickSheet(user);
    expect(await screen.findByText('Reading sheet Settlements…')).toBeInTheDocument();
  });

  it('shows the words of a refusal', async () => {
    const reconcile = fakeReconcile();
    reconcile.previewFromFile.mockRejectedValue(new Refusal('UNREADABLE_WORKBOOK', 'broken.xlsx could not be read as an Excel workbook: corrupted zip'));
    const { user } = setup(reconcile);
    await user.upload(screen.getByLabelText('Settlements file'), new File(['x'], 'broken.xlsx'));
    expect(await screen.findByText('broken.xlsx could not be read as an Excel workbook: corrupted zip')).toBeInTheDocument();
  });

  it('says when there is nothing to change, and keeps Apply disabled', async () => {
    const reconcile = fakeReconcile();
    reconcile.previewFromSheet.mockResolvedValue({ ...preview, cellsChanged: 0, payments: 0, appliedTotals: {} });
    const { user } = setup(reconcile);
    await pickSheet(user);
    expect(await screen.findByText('Nothing to change: applying this would write nothing.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });
});
