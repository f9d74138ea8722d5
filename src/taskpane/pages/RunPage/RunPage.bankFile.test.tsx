import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import type { PaymentFileFormat } from '../../../engine/model/run';
import type { BankFileDownload } from '../../session/runsSession';
import { createFakeSession, makeItem, makePreview, makeRun, workbookExportsOf } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { runActionItems } from '../../testing/runActions';
import { RunPage } from './RunPage';

const items = [
  makeItem({ key: 'collect:INV-1', action: 'collect', invoiceId: 'INV-1', amount: 120 }),
  makeItem({ key: 'collect:INV-2', action: 'collect', invoiceId: 'INV-2', amount: 80 }),
];

const SEPA: BankFileDownload = {
  format: 'sepa',
  fileName: 'DD-payments-2026-03-01.xml',
  contents: '<?xml version="1.0" encoding="UTF-8"?><Document/>',
  type: 'application/xml',
  count: 2,
  total: 1200,
};
const NACHA: BankFileDownload = { ...SEPA, format: 'nacha', fileName: 'DD-payments-2026-03-01.ach', contents: '101 …', type: 'text/plain' };

function setup(options: { paymentFile: PaymentFileFormat | null; posted?: boolean; workbook?: boolean }) {
  const posted = options.posted ?? true;
  const session = createFakeSession({
    runs: [makeRun({ id: 'DD', name: 'Direct debits', actions: ['collect'], status: posted ? 'Executed' : 'Previewed', paymentFile: options.paymentFile })],
    previews: { DD: makePreview(items, { runId: 'DD', posted }) },
    exports: { DD: [{ fileName: 'DD-payments-2026-03-01.csv', content: 'a,b' }] },
    bankFiles: options.paymentFile === null ? {} : { DD: options.paymentFile === 'sepa' ? SEPA : NACHA },
    workbookExports: options.workbook ? { DD: workbookExportsOf('DD', '2026-03-01', ['payments']) } : undefined,
  });
  const onDownload = jest.fn();
  const user = userEvent.setup();
  renderWithTheme(<RunPage session={session} runId="DD" onDownload={onDownload} />);
  return { session, onDownload, user };
}

/** The Export choices under More actions (between Clone and Revert). */
async function menuItems(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  const names = (await runActionItems(user)).map((i) => i.name);
  return names.slice(names.indexOf('Clone') + 1, names.indexOf('Revert'));
}

describe('RunPage bank file export', () => {
  it('downloads the SEPA file from the menu beside Export, as XML, and states its debits and total', async () => {
    const { session, onDownload, user } = setup({ paymentFile: 'sepa' });
    expect(await screen.findByText('Payment File: SEPA (pain.008)')).toBeInTheDocument();
    expect(await menuItems(user)).toEqual(['Download CSV', 'Bank file (SEPA pain.008)']);
    await user.click(screen.getByRole('menuitem', { name: 'Bank file (SEPA pain.008)' }));
    expect(await screen.findByText('Exported DD-payments-2026-03-01.xml: 2 debits totalling €1,200.00.')).toBeInTheDocument();
    expect(session.exportBankFile).toHaveBeenCalledWith('DD');
    expect(onDownload).toHaveBeenCalledWith('DD-payments-2026-03-01.xml', SEPA.contents, 'application/xml');
  });

  it('offers the NACHA file after the workbook and CSV choices when Export opens workbooks, as plain text', async () => {
    const { onDownload, user } = setup({ paymentFile: 'nacha', workbook: true });
    expect(await menuItems(user)).toEqual(['Each batch as a new workbook', 'All batches in one workbook', 'Download CSV', 'Bank file (NACHA)']);
    await user.click(screen.getByRole('menuitem', { name: 'Bank file (NACHA)' }));
    await waitFor(() => expect(onDownload).toHaveBeenCalledWith('DD-payments-2026-03-01.ach', NACHA.contents, 'text/plain'));
  });

  it('offers no bank file when the run has no Payment File', async () => {
    const { user } = setup({ paymentFile: null });
    expect(await menuItems(user)).toEqual(['Download CSV']);
    expect(screen.queryByText(/Payment File/)).not.toBeInTheDocument();
  });

  it('offers no bank file beside the workbook choices when the run has no Payment File', async () => {
    const { user } = setup({ paymentFile: null, workbook: true });
    expect(await menuItems(user)).toEqual(['Each batch as a new workbook', 'All batches in one workbook', 'Download CSV']);
  });

  it('offers no bank file, nor any export, until the run is posted', async () => {
    const { user } = setup({ paymentFile: 'sepa', posted: false });
    const names = (await runActionItems(user)).map((i) => i.name);
    expect(names.some((name) => /Bank file|CSV|workbook/.test(name))).toBe(false);
  });

  it('shows the words of a refused bank file and downloads nothing', async () => {
    const { session, onDownload, user } = setup({ paymentFile: 'sepa' });
    const words = 'The Settings a sepa file needs are not ready: Creditor ID is missing.';
    session.exportBankFile.mockRejectedValue(new Refusal('PAYMENT_FILE_SETTINGS', words));
    await menuItems(user);
    await user.click(screen.getByRole('menuitem', { name: 'Bank file (SEPA pain.008)' }));
    expect(await screen.findByText(words)).toBeInTheDocument();
    expect(onDownload).not.toHaveBeenCalled();
  });
});
