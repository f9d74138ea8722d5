import type { PaymentRecord } from './bankSettlement';
import { describeReconcileReason } from '../reconcileReason';
import { NO_CHANGES, collection, invoice, makeEntry, makeReturn, member, reconcile } from './testing/bankReconcileFixtures';

const FAILED_AM04 = { 'Last Attempt Status': 'Failed', 'Last Attempt Reason': 'AM04 Insufficient funds' };
const SETTLED = { status: 'Paid', balance: 0, lastAttemptStatus: 'Settled' } as const;
const PAID_ROW: PaymentRecord = { row: 4, reference: 'BK-1', invoiceId: 'INV-000001', amount: 120, reversedBy: null };
const REFUND = makeReturn('MD06', { reference: 'RV-1', reversal: true });
const REOPENED = { Balance: 120, Status: 'Open', 'Last Attempt Status': 'Failed', 'Last Attempt Reason': 'MD06 Refund request by end customer' };

describe('planBankReconcile', () => {
  it('fails the current attempt with the return code and its words', () => {
    const result = reconcile([makeReturn('AM04')]);
    expect(result.items.map((i) => [i.status, i.reason])).toEqual([
      ['ready', { code: 'PAYMENT_RETURNED', reason: 'AM04 Insufficient funds', firstAgain: false }],
    ]);
    expect(result.changes).toEqual({ updates: [{ sheet: 'Invoices', row: 7, values: FAILED_AM04 }], appends: [] });
  });

  it('clears Last Mandate Collected when a FRST is returned, so the next collection is FRST again', () => {
    const result = reconcile([makeReturn('AM04')], {
      members: [member({ lastMandateCollected: 'MD-1' })],
      collections: [collection({ sequenceType: 'FRST' })],
    });
    expect(result.items.map((i) => describeReconcileReason(i.reason!))).toEqual([
      'payment returned: AM04 Insufficient funds; the next collection is FRST again',
    ]);
    expect(result.changes.updates).toEqual([
      { sheet: 'Invoices', row: 7, values: FAILED_AM04 },
      { sheet: 'Members', row: 5, values: { 'Last Mandate Collected': null } },
    ]);
  });

  it('keeps Last Mandate Collected when a RCUR is returned', () => {
    const result = reconcile([makeReturn('AM04')], { members: [member({ lastMandateCollected: 'MD-1' })] });
    expect(result.items[0].reason).toEqual({ code: 'PAYMENT_RETURNED', reason: 'AM04 Insufficient funds', firstAgain: false });
    expect(result.changes.updates.filter((u) => u.sheet === 'Members')).toEqual([]);
  });

  it('keeps Last Mandate Collected when a FRST of an older mandate is returned after a new one was collected', () => {
    const result = reconcile([makeReturn('AM04')], {
      members: [member({ lastMandateCollected: 'MD-2' })],
      collections: [collection({ sequenceType: 'FRST' })],
    });
    expect(result.changes.updates.filter((u) => u.sheet === 'Members')).toEqual([]);
  });

  it('writes a NACHA return’s code and words', () => {
    const trace = '011000010000007';
    const result = reconcile([makeReturn('R01', { attemptReference: trace })], { invoices: [invoice({ lastAttemptReference: trace })], collections: [] });
    expect(result.changes.updates).toEqual([
      { sheet: 'Invoices', row: 7, values: { 'Last Attempt Status': 'Failed', 'Last Attempt Reason': 'R01 Insufficient Funds' } },
    ]);
  });

  it('skips and changes nothing for a return of an earlier attempt', () => {
    const result = reconcile([makeReturn('AC04')], { invoices: [invoice({ attempts: 2, lastAttemptReference: 'INV-000001-2' })] });
    expect(result.items.map((i) => [i.status, i.reason?.code])).toEqual([['skipped', 'EARLIER_ATTEMPT']]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('skips a return read again after it was recorded', () => {
    const result = reconcile([makeReturn('AM04')], { invoices: [invoice({ lastAttemptStatus: 'Failed', lastAttemptReason: 'AM04 Insufficient funds' })] });
    expect(result.items.map((i) => [i.status, i.reason?.code])).toEqual([['skipped', 'ALREADY_APPLIED']]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('reopens an invoice settled by an earlier reconcile when the debit is reversed, and marks its payment', () => {
    const result = reconcile([REFUND], { invoices: [invoice(SETTLED)], payments: [PAID_ROW] });
    expect(result.items.map((i) => [i.status, i.reason])).toEqual([
      ['warning', { code: 'REVERSED_AFTER_SETTLEMENT', reason: 'MD06 Refund request by end customer' }],
    ]);
    expect(describeReconcileReason(result.items[0].reason!)).toContain('membership was extended by this payment: review it');
    expect(result.changes).toEqual({
      updates: [
        { sheet: 'Invoices', row: 7, values: REOPENED },
        { sheet: 'Payments', row: 4, values: { 'Reversed By': 'RV-1' } },
      ],
      appends: [],
    });
  });

  it('reopens an invoice whose credit and reversal are in the same file, the appended payment marked reversed', () => {
    const result = reconcile([makeEntry(), REFUND]);
    expect(result.items.map((i) => [i.reference, i.status, i.reason?.code])).toEqual([
      ['BK-1', 'ready', 'PAID_IN_FULL'],
      ['RV-1', 'warning', 'REVERSED_AFTER_SETTLEMENT'],
    ]);
    // Balance and Status end as the workbook has them (120, Open): only the attempt's cells change.
    expect(result.changes.updates[0]).toEqual({
      sheet: 'Invoices',
      row: 7,
      values: { 'Last Attempt Status': 'Failed', 'Last Attempt Reason': REOPENED['Last Attempt Reason'] },
    });
    // The membership stays extended: nothing else is rolled back.
    expect(result.changes.updates[1]).toMatchObject({ sheet: 'Members', values: { Status: 'Active' } });
    expect(result.changes.appends).toEqual([
      expect.objectContaining({ sheet: 'Payments', values: expect.objectContaining({ Reference: 'BK-1', 'Reversed By': 'RV-1' }) }),
    ]);
  });

  it('raises the Balance no higher than the invoice Amount', () => {
    const result = reconcile([{ ...REFUND, amount: 150 }], { invoices: [invoice(SETTLED)], payments: [PAID_ROW] });
    expect(result.changes.updates[0].values.Balance).toBe(120);
  });

  it('skips a re-imported reversal and changes nothing', () => {
    const result = reconcile([REFUND], {
      invoices: [invoice({ lastAttemptStatus: 'Failed', lastAttemptReason: REOPENED['Last Attempt Reason'] })],
      payments: [{ ...PAID_ROW, reversedBy: 'RV-1' }],
    });
    expect(result.items.map((i) => [i.status, i.reason?.code])).toEqual([['skipped', 'ALREADY_APPLIED']]);
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('re-reads a whole file of a credit and its reversal without a change', () => {
    const payments = [{ ...PAID_ROW, reversedBy: 'RV-1' }];
    const result = reconcile([makeEntry(), REFUND], {
      invoices: [invoice({ lastAttemptStatus: 'Failed', lastAttemptReason: REOPENED['Last Attempt Reason'] })],
      payments,
    });
    expect(result.items.map((i) => i.status)).toEqual(['skipped', 'skipped']);
    expect(result.changes).toEqual(NO_CHANGES);
  });
});
