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
      amount: 120,
      currency: 'USD',
      batch: 'AutoPay 2026-11-24',
    },
    { reference: 'TX-2', invoiceId: 'INV-000002', status: 'ready', reason: RETURNED, amount: 80, currency: 'USD', batch: null },
    { reference: 'TX-9', invoiceId: 'INV-000003', status: 'warning', reason: REVERSED, amount: 95.5, currency: 'USD', batch: null },
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
    const table = await screen.findByRole('table', { name: 'Settlement rows' });
    expect(reconcile.previewFromFile).toHaveBeenCalledWith('camt054.xml', expect.anything());
    const row = (reference: string) => within(table).getByRole('row', { name: new RegExp(reference) });
    expect(within(row('TX-2')).getByText(RETURNED)).toBeInTheDocument();
    expect(within(row('TX-9')).getByText('warning')).toBeInTheDocument();
    expect(within(row('TX-9')).getByText(REVERSED)).toBeInTheDocument();
    expect(within(row('TX-9')).getByText('$95.50')).toBeInTheDocument();
    expect(within(row('TX-1')).getByText('Batch AutoPay 2026-11-24')).toBeInTheDocument();
    expect(screen.getByText('2 ready')).toBeInTheDocument();
    expect(screen.getByText('1 warning')).toBeInTheDocument();
  });

  it('reads a NACHA return file whatever its extension', async () => {
    const { reconcile, user } = setup();
    await user.upload(screen.getByLabelText('Settlements file'), new File(['101 …'], 'RETURNS.RET', { type: '' }));
    await screen.findByRole('table', { name: 'Settlement rows' });
    expect(reconcile.previewFromFile).toHaveBeenCalledWith('RETURNS.RET', expect.anything());
  });

  it("shows a refused bank file's words", async () => {
    const { reconcile, user } = setup();
    const words = 'cut.xml looks like a camt.054 bank file but cannot be read: unclosed tag Document';
    reconcile.previewFromFile.mockRejectedValue(new Refusal('UNREADABLE_BANK_FILE', words));
    await user.upload(screen.getByLabelText('Settlements file'), bankFile('cut.xml'));
    expect(await screen.findByText(words)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Settlement rows' })).not.toBeInTheDocument();
  });
});
