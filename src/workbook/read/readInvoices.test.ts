import { isoDate } from '../../engine/dates/isoDate';
import type { Cell } from '../sheetGrid';
import { readInvoices } from './readInvoices';
import { sheet } from './testing/sheetGrids';

const HEADER = ['Invoice ID', 'Membership ID', 'Due Date', 'Term Start', 'Term End', 'Product', 'Amount', 'Balance', 'Status'];
const row = (id: string, over: Partial<Record<'start' | 'end' | 'amount' | 'status', Cell>> = {}): Cell[] => [
  id,
  'M1',
  '2026-01-01',
  over.start ?? '2026-01-01',
  over.end ?? '2026-12-31',
  'Annual',
  over.amount ?? 120,
  120,
  over.status ?? 'Open',
];
const read = (cells: Cell[][]) => readInvoices(sheet('Invoices', cells), { date1904: false, dateOrder: 'YMD' });

describe('readInvoices', () => {
  it('reads an invoice with Notices Sent and Attempts 0 by default', () => {
    expect(read([HEADER, row('INV-1')]).records).toEqual([
      {
        row: 2,
        invoiceId: 'INV-1',
        membershipId: 'M1',
        memberId: null,
        runId: null,
        billDate: null,
        dueDate: isoDate('2026-01-01'),
        termStart: isoDate('2026-01-01'),
        termEnd: isoDate('2026-12-31'),
        product: 'Annual',
        amount: 120,
        balance: 120,
        status: 'Open',
        noticesSent: 0,
        lastNoticeDate: null,
        attempts: 0,
        lastAttemptDate: null,
        lastAttemptStatus: null,
        lastAttemptReason: null,
        lastAttemptReference: null,
        lastAttemptAccount: null,
        collectionDate: null,
        currency: null,
      },
    ]);
  });

  it('reads the optional columns', () => {
    const header = [...HEADER, 'Notices Sent', 'Last Notice Date', 'Attempts', 'Last Attempt Date', 'Last Attempt Status', 'Last Attempt Reason'];
    const [invoice] = read([header, [...row('INV-1'), 2, 46030, 1, '2026-01-05', 'awaiting sync', ' Expired card ']]).records;
    expect(invoice).toMatchObject({
      noticesSent: 2,
      lastNoticeDate: isoDate('2026-01-08'),
      attempts: 1,
      lastAttemptDate: isoDate('2026-01-05'),
      lastAttemptStatus: 'Awaiting Sync',
      lastAttemptReason: 'Expired card',
    });
  });

  it.each<[string, Cell[], string, string]>([
    [
      'a Term End before the Term Start',
      row('INV-1', { start: '2026-02-01', end: '2026-01-31' }),
      'Term End',
      'Term End 2026-01-31 is before Term Start 2026-02-01',
    ],
    ['a negative Amount', row('INV-1', { amount: -1 }), 'Amount', 'Amount -1 is negative'],
    ['an unknown Status', row('INV-1', { status: 'Unpaid' }), 'Status', "Status 'Unpaid' is not one of Open, Paid, Cancelled, Credited"],
  ])('reports %s', (_, bad, column, message) => {
    const result = read([HEADER, bad, row('INV-2')]);
    expect(result.records.map((i) => i.invoiceId)).toEqual(['INV-2']);
    expect(result.inputErrors).toEqual([{ sheet: 'Invoices', row: 2, column, message }]);
  });

  it('reports an Invoice ID already used on an earlier row and keeps the first', () => {
    const result = read([HEADER, row('INV-1'), row('INV-2'), row('INV-1')]);
    expect(result.records.map((i) => i.row)).toEqual([2, 3]);
    expect(result.inputErrors).toEqual([{ sheet: 'Invoices', row: 4, column: 'Invoice ID', message: "Invoice ID 'INV-1' is already used on row 2" }]);
  });

  it('reports both a repeated ID and a bad date of one row', () => {
    const result = read([HEADER, row('INV-1'), row('INV-1', { start: '2027-01-01', end: '2026-12-31' })]);
    expect(result.inputErrors.map((e) => e.column)).toEqual(['Invoice ID', 'Term End']);
  });

  it('reads an absent Invoices sheet as no invoices', () => {
    expect(readInvoices(null, { date1904: false, dateOrder: 'YMD' })).toEqual({ records: [], inputErrors: [], missing: [] });
  });
});
