import { isoDate } from '../../dates/isoDate';
import { addDays } from '../../dates/localDate';
import { describeReconcileReason } from '../reconcileReason';
import { D, NO_CHANGES, collection, invoice, makeEntry, reconcile } from './testing/bankReconcileFixtures';

const codes = (r: ReturnType<typeof reconcile>) => r.items.map((i) => [i.reference, i.status, i.reason?.code]);
const TWO = {
  invoices: [invoice(), invoice({ row: 8, invoiceId: 'INV-000002', amount: 60, balance: 60, lastAttemptReference: 'INV-000002-1' })],
  collections: [collection(), collection({ invoiceId: 'INV-000002', reference: 'INV-000002-1', amount: 60 })],
};

describe('planBankReconcile', () => {
  it('turns a booked credit into a payment: Payments row, invoice Paid, membership extended', () => {
    const result = reconcile([makeEntry()]);
    expect(result.items).toEqual([
      { reference: 'BK-1', invoiceId: 'INV-000001', amount: 120, status: 'ready', reason: { code: 'PAID_IN_FULL' }, batch: 'AutoPay 2026-11-20' },
    ]);
    expect(result.changes).toEqual({
      updates: [
        { sheet: 'Invoices', row: 7, values: { Balance: 0, Status: 'Paid', 'Last Attempt Status': 'Settled' } },
        {
          sheet: 'Members',
          row: 5,
          values: { 'End Date': { date: isoDate('2027-10-31') }, Product: 'Annual', Status: 'Active', 'Renewed Through': { date: isoDate('2027-10-31') } },
        },
      ],
      appends: [
        {
          sheet: 'Payments',
          values: { Reference: 'BK-1', 'Invoice ID': 'INV-000001', Amount: 120, 'Processed At': '2026-11-20', Batch: 'AutoPay 2026-11-20' },
        },
      ],
    });
  });

  it.each([
    ['a pending entry', makeEntry({ booked: false }), 'NOT_BOOKED', 'not booked yet'],
    ['a fee', makeEntry({ kind: 'other', invoiceId: null, attemptReference: null }), 'NOT_A_COLLECTION', 'not a direct debit collection'],
  ])('skips %s and changes nothing', (_label, entry, code, words) => {
    const result = reconcile([entry]);
    expect(result.items.map((i) => [i.status, i.reason?.code, describeReconcileReason(i.reason!)])).toEqual([['skipped', code, words]]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('skips a credit already on the Payments sheet, so re-importing a file changes nothing', () => {
    const result = reconcile([makeEntry()], { payments: [{ row: 4, reference: 'BK-1', invoiceId: 'INV-000001', amount: 120, reversedBy: null }] });
    expect(codes(result)).toEqual([['BK-1', 'skipped', 'ALREADY_APPLIED']]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('is an error when the credit is in another currency than the invoice', () => {
    const result = reconcile([makeEntry({ currency: 'USD' })]);
    expect(result.items.map((i) => [i.status, i.reason])).toEqual([['error', { code: 'CURRENCY_MISMATCH', currency: 'USD', invoiceCurrency: 'EUR' }]]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('settles every collection of a batch-booked credit whose count and sum match', () => {
    const result = reconcile([makeEntry({ kind: 'batchCredit', pmtInfId: 'PI-1', batchCount: 2, amount: 180, invoiceId: null, attemptReference: null })], TWO);
    expect(codes(result)).toEqual([
      ['BK-1/INV-000001-1', 'ready', 'PAID_IN_FULL'],
      ['BK-1/INV-000002-1', 'ready', 'PAID_IN_FULL'],
    ]);
    expect(result.changes.appends.map((a) => [a.values.Reference, a.values['Invoice ID'], a.values.Amount])).toEqual([
      ['BK-1/INV-000001-1', 'INV-000001', 120],
      ['BK-1/INV-000002-1', 'INV-000002', 60],
    ]);
  });

  it.each([
    ['sum', 2, 180.01],
    ['count', 3, 180],
  ])('makes every collection an error and changes nothing when the batch %s differs', (_label, batchCount, amount) => {
    const result = reconcile([makeEntry({ kind: 'batchCredit', pmtInfId: 'PI-1', batchCount, amount, invoiceId: null, attemptReference: null })], TWO);
    expect(result.items.map((i) => [i.invoiceId, i.status, i.reason])).toEqual(
      ['INV-000001', 'INV-000002'].map((id) => [
        id,
        'error',
        { code: 'BATCH_TOTAL_DIFFERS', pmtInfId: 'PI-1', count: batchCount, sum: amount, exportedCount: 2, exportedSum: 180 },
      ]),
    );
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('is an error for a batch-booked credit of an unknown PmtInfId', () => {
    const result = reconcile([makeEntry({ kind: 'batchCredit', pmtInfId: 'PI-9', batchCount: 1, invoiceId: null, attemptReference: null })]);
    expect(result.items.map((i) => [i.status, i.reason])).toEqual([['error', { code: 'UNKNOWN_BATCH', pmtInfId: 'PI-9' }]]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('skips a re-imported batch credit', () => {
    const payments = ['BK-1/INV-000001-1', 'BK-1/INV-000002-1'].map((reference, i) => ({
      row: 4 + i,
      reference,
      invoiceId: null,
      amount: null,
      reversedBy: null,
    }));
    const result = reconcile([makeEntry({ kind: 'batchCredit', pmtInfId: 'PI-1', batchCount: 2, amount: 180 })], { ...TWO, payments });
    expect(result.items.map((i) => i.status)).toEqual(['skipped', 'skipped']);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  // SPEC §10: the timeout of an attempt with a Collection Date counts from that date.
  it.each([
    ['Collection Date D − 5', addDays(D, -5), []],
    ['Collection Date D − 6', addDays(D, -6), [[null, 'ready', 'TIMED_OUT']]],
  ])('times out an in-flight attempt with no entry by its %s', (_label, collectionDate, expected) => {
    const result = reconcile([], { invoices: [invoice({ lastAttemptDate: addDays(D, -30), collectionDate })] });
    expect(codes(result)).toEqual(expected);
    expect(result.changes.updates).toEqual(
      expected.length === 0 ? [] : [{ sheet: 'Invoices', row: 7, values: { 'Last Attempt Status': 'Failed to reconcile – timed out' } }],
    );
  });
});
