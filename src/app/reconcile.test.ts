import { readWorkbookRecords } from '../workbook/read/readWorkbookRecords';
import { openBook } from './openBook';
import { reconcile, type Settlements } from './reconcile';
import { recordingHost, SAMPLE_DATE } from './testing/sampleHost';
import type { SheetGrid } from '../workbook/sheetGrid';

const HEADER = ['Reference', 'Invoice ID', 'Amount', 'Result', 'Settlement Status', 'Processed At', 'Reason'];

function settlementsOf(rows: SheetGrid['cells']): Settlements {
  return { grid: { name: 'Settlements', cells: rows, firstRow: 1, firstColumn: 1 }, name: 'settled.csv', date1904: false };
}

async function openInvoiceBook() {
  const { host, calls } = recordingHost();
  const book = await openBook(host);
  const open = readWorkbookRecords(book.grids).records.invoices.find((i) => i.status === 'Open' && i.balance > 0);
  if (!open) throw new Error('the sample has an open invoice');
  const settlements = settlementsOf([HEADER, ['TX-1', open.invoiceId, open.balance, 'Completed', 'Settled', '2026-11-21T12:00:00Z', null]]);
  return { book, calls, settlements };
}

describe('reconcile', () => {
  it('plans the settlements and writes nothing when not applied (a dry run)', async () => {
    const { book, calls, settlements } = await openInvoiceBook();
    const { items, writes } = await reconcile(book, settlements, { asOf: SAMPLE_DATE, apply: false });
    expect(items[0]).toMatchObject({ reference: 'TX-1', status: 'ready', batch: 'AutoPay 2026-11-21' });
    expect(writes.length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });

  it('writes the cells it plans, once, when applied', async () => {
    const { book, calls, settlements } = await openInvoiceBook();
    const { writes } = await reconcile(book, settlements, { asOf: SAMPLE_DATE, apply: true });
    expect(calls).toEqual([['writeCells', writes]]);
    const again = await reconcile(await openBook(book.host), settlements, { asOf: SAMPLE_DATE, apply: true });
    expect(again.writes).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('refuses SETTLEMENTS_MISSING_COLUMNS, naming the settlements, when a required column is missing', async () => {
    const { book } = await openInvoiceBook();
    await expect(reconcile(book, settlementsOf([['Reference'], ['TX-1']]), { asOf: SAMPLE_DATE, apply: true })).rejects.toMatchObject({
      code: 'SETTLEMENTS_MISSING_COLUMNS',
      message: expect.stringMatching(/^settled\.csv: /),
    });
  });
});
