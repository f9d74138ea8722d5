import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { readWorkbookRecords } from '../../workbook/read/readWorkbookRecords';
import { camt054Xml } from '../../../test/fixtures/bankfiles/camt054Fixture';
import { sepaBook } from '../../../test/fixtures/sepaBook';
import { xlsxBytes } from '../../../test/fixtures/xlsxFixture';
import { HostRunsSession } from './hostRunsSession';
import { HostReconcileSession } from './reconcileSession';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** The SEPA book with DD posted on 2026-11-21, and a reconcile session four days later. */
async function postedBook() {
  const host = XlsxWorkbookHost.fromBytes(new Uint8Array(xlsxBytes(sepaBook())));
  const runs = new HostRunsSession(host, () => new Date('2026-11-21T12:00:00Z'));
  await runs.preview('DD', '2026-11-21');
  await runs.post('DD');
  return { host, reconcile: new HostReconcileSession(host, () => new Date('2026-11-25T12:00:00Z')) };
}

const invoice = (host: XlsxWorkbookHost, id: string) => readWorkbookRecords(host.readWorkbookSync()).records.invoices.find((i) => i.invoiceId === id);

describe('HostReconcileSession with a bank file', () => {
  it("previews a camt.054 by its content: a credit settles, a return names its code and the code's words", async () => {
    const { reconcile } = await postedBook();
    const xml = camt054Xml([
      { direction: 'CRDT', bookingDate: '2026-11-24', transactions: [{ amount: 120, endToEndId: 'INV-000001-1', reference: 'TX-1' }] },
      {
        direction: 'DBIT',
        bookingDate: '2026-11-24',
        subFamily: 'UPDD',
        transactions: [{ amount: 80, endToEndId: 'INV-000002-1', reference: 'TX-2', reasonCode: 'AM04' }],
      },
      { direction: 'CRDT', status: 'PDNG', reference: 'TX-3', transactions: [{ amount: 5, endToEndId: 'INV-000002-1' }] },
    ]);
    const preview = await reconcile.previewFromFile('notification.xml', bytesOf(xml));
    expect(preview.source).toBe('notification.xml');
    expect(preview.items.map(({ reference, invoiceId, status }) => [reference, invoiceId, status])).toEqual([
      ['TX-1', 'INV-000001', 'ready'],
      ['TX-2', 'INV-000002', 'ready'],
      ['TX-3', 'INV-000002', 'skipped'],
    ]);
    expect(preview.items[1].reason).toMatch(/^payment returned: AM04 Insufficient funds/);
    expect(preview.items[2].reason).toContain('not booked yet');
    expect(preview).toMatchObject({ payments: 1, appliedTotals: { EUR: 120 }, counts: { ready: 2, warning: 0, skipped: 1, error: 0 } });
  });

  it('reopens the invoice and shows a warning when a debit settled earlier is reversed', async () => {
    const { host, reconcile } = await postedBook();
    const credit = camt054Xml([
      { direction: 'CRDT', bookingDate: '2026-11-24', transactions: [{ amount: 120, endToEndId: 'INV-000001-1', reference: 'TX-1' }] },
    ]);
    await reconcile.apply({ kind: 'file', name: 'credit.xml', bytes: bytesOf(credit) });
    expect(invoice(host, 'INV-000001')).toMatchObject({ status: 'Paid', balance: 0 });

    const reversal = camt054Xml([
      {
        direction: 'DBIT',
        reversal: true,
        bookingDate: '2026-11-25',
        subFamily: 'PRDD',
        transactions: [{ amount: 120, endToEndId: 'INV-000001-1', reference: 'TX-9', reasonCode: 'MD06' }],
      },
    ]);
    const applied = await reconcile.apply({ kind: 'file', name: 'refund.xml', bytes: bytesOf(reversal) });
    expect(applied.items).toEqual([
      expect.objectContaining({ reference: 'TX-9', invoiceId: 'INV-000001', status: 'warning', reason: expect.stringContaining('review it') }),
    ]);
    expect(applied.counts.warning).toBe(1);
    expect(invoice(host, 'INV-000001')).toMatchObject({ status: 'Open', balance: 120 });
  });

  it("refuses a broken bank file with the refusal's words", async () => {
    const { reconcile } = await postedBook();
    const xml = camt054Xml([{ direction: 'CRDT', transactions: [{ amount: 120, endToEndId: 'INV-000001-1' }] }]);
    await expect(reconcile.previewFromFile('cut.xml', bytesOf(xml.slice(0, xml.length / 2)))).rejects.toMatchObject({
      code: 'UNREADABLE_BANK_FILE',
      message: expect.stringMatching(/^cut\.xml looks like a camt\.054 bank file but cannot be read/),
    });
  });
});
