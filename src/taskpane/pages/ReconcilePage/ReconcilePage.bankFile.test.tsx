import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import type { ReconcilePreview, ReconcileSession } from '../../session/reconcileSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { ReconcilePage } from './ReconcilePage';

const RETURNED = 'payment returned: AM04 Insufficient funds; the next collection is FRST again';
const REVERSED =
  'refund claimed after settlement (MD06 Refund request by end customer): the invoice is open again; membership was extended by this payment: review it';

const preview: ReconcilePreview = {
  source: 'camt054.xml',
  asOf: '2026-11-25',
  items: [
    {
      reference: 'TX-1',
      invoiceId: 'INV-000001',
      status: 'ready',
      reason: 'paid in full; membership extended',
      reasonCode: 'PAID_IN_FULL',
      amount: 120,
      currency: 'USD',
      batch: 'AutoPay 2026-11-24',
    },
    { reference: 'TX-2', invoiceId: 'INV-000002', status: 'ready', reason: RETURNED, reasonCode: 'PAYMENT_RETURNED', amount: 80, currency: 'USD', batch: null },
    {
      reference: 'TX-9',
      invoiceId: 'INV-000003',
      status: 'warning',
      reason: REVERSED,
      reasonCode: 'REVERSED_AFTER_SETTLEMENT',
      amount: 95.5,
      currency: 'USD',
      batch: null,
    },
  ],
  inputErrors: [],
  counts: { ready: 2, warning: 1, skipped: 0, error: 0 },
  payments: 1,
  appliedTotals: { USD: 120 },
  cellsChanged: 14,
};

function setup() {
  const reconcile: jest.Mocked<ReconcileSession> = {
    settlementSources: jest.fn().mockResolvedValue([]),
    previewFromSheet: jest.fn().mockResolvedValue(preview),
    previewFromFile: jest.fn().mockImplementation(async (name: string) => ({ ...preview, source: name })),
    apply: jest.fn().mockResolvedValue(preview),
  };
  // applyAccept: false — the bank's files come with any extension (.ach, .ret, none); the page reads them all.
  const user = userEvent.setup({ applyAccept: false });
  renderWithTheme(<ReconcilePage reconcile={reconcile} />);
  return { reconcile, user };
}

/** The theme token a badge's background is painted with, e.g. `var(--colorPaletteRedBackground1)`. */
const badgeBackground = (badge: HTMLElement) => getComputedStyle(badge).backgroundColor;

const bankFile = (name: string) => new File(['<?xml version="1.0"?><Document/>'], name, { type: 'application/xml' });

describe('ReconcilePage with a bank file', () => {
  it("suggests the bank's XML and NACHA files besides .csv and .xlsx in the file picker", async () => {
    setup();
    await waitFor(() => expect(screen.queryByText('Looking for Settlements sheets…')).not.toBeInTheDocument());
    const accept = (screen.getByLabelText('Settlements file') as HTMLInputElement).accept.split(',');
    expect(accept).toEqual(expect.arrayContaining(['.csv', '.xlsx', '.xml', '.ach', '.txt']));
  });

  it("previews a camt.054 file: each row's outcome, a return's code with its words, a warning with its badge", async () => {
    const { reconcile, user } = setup();
    await user.upload(screen.getByLabelText('Settlements file'), bankFile('camt054.xml'));
    const list = await screen.findByRole('list', { name: 'Settlement rows' });
    expect(reconcile.previewFromFile).toHaveBeenCalledWith('camt054.xml', expect.anything());
    const card = (ids: string) => within(list).getByRole('group', { name: ids });
    expect(within(card('TX-2 · INV-000002')).getByText(RETURNED)).toBeInTheDocument();
    expect(within(card('TX-9 · INV-000003')).getByText('Needs review')).toBeInTheDocument();
    expect(within(card('TX-9 · INV-000003')).getByText(REVERSED)).toBeInTheDocument();
    expect(within(card('TX-9 · INV-000003')).getByText('$95.50')).toBeInTheDocument();
    expect(within(card('TX-1 · INV-000001')).getByText('Batch AutoPay 2026-11-24')).toBeInTheDocument();
    expect(screen.getByText('1 paid · 1 failed · 1 needs review')).toBeInTheDocument();
  });

  it('badges a returned payment "Failed" in red, never a green "ready", though the engine marks it ready to apply', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Settlements file'), bankFile('camt054.xml'));
    const list = await screen.findByRole('list', { name: 'Settlement rows' });
    const returned = within(list).getByRole('group', { name: 'TX-2 · INV-000002' });
    const badge = within(returned).getByText('Failed');
    expect(within(returned).queryByText(/^(ready|paid)$/i)).not.toBeInTheDocument();
    expect(badgeBackground(badge)).toMatch(/Red/);
    expect(badgeBackground(badge)).not.toMatch(/Green/);
    // The paid row is the one that is green: the check above can tell the two apart.
    expect(badgeBackground(within(within(list).getByRole('group', { name: 'TX-1 · INV-000001' })).getByText('Paid'))).toMatch(/Green/);
  });

  it('reads a NACHA return file whatever its extension', async () => {
    const { reconcile, user } = setup();
    await user.upload(screen.getByLabelText('Settlements file'), new File(['101 …'], 'RETURNS.RET', { type: '' }));
    await screen.findByRole('list', { name: 'Settlement rows' });
    expect(reconcile.previewFromFile).toHaveBeenCalledWith('RETURNS.RET', expect.anything());
  });

  it("shows a refused bank file's words", async () => {
    const { reconcile, user } = setup();
    const words = 'cut.xml looks like a camt.054 bank file but cannot be read: unclosed tag Document';
    reconcile.previewFromFile.mockRejectedValue(new Refusal('UNREADABLE_BANK_FILE', words));
    await user.upload(screen.getByLabelText('Settlements file'), bankFile('cut.xml'));
    expect(await screen.findByText(words)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Settlement rows' })).not.toBeInTheDocument();
  });
});
