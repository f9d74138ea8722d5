import { d, makeInvoice, makeMember } from '../testing/recordBuilders';
import type { Invoice, Member } from '../model/records';
import { describeReconcileReason } from './reconcileReason';
import { planReconcile } from './planReconcile';
import type { Settlement } from './settlement';
import { makeSettlement } from './testing/reconcileBuilders';

const asOf = d('2026-11-21');
const member = (): Member => makeMember({ memberId: 'M1', membershipId: 'M1', status: 'Expired', product: 'Old', endDate: d('2026-10-31') });
const invoice = (over: Partial<Invoice> = {}): Invoice =>
  makeInvoice({
    invoiceId: 'INV-1',
    membershipId: 'M1',
    product: 'Annual',
    termEnd: d('2027-10-31'),
    lastAttemptStatus: 'Submitted',
    lastAttemptDate: d('2026-11-19'),
    ...over,
  });

function plan(settlements: Settlement[], invoices = [invoice()], members = [member()], applied: string[] = []) {
  return planReconcile({ settlements, records: { invoices, members }, appliedReferences: new Set(applied), settings: { reconcileTimeoutDays: 5 }, asOf });
}
const words = (r: ReturnType<typeof plan>) => r.items.map((i) => [i.status, i.reason && describeReconcileReason(i.reason)]);

describe('planReconcile', () => {
  it('makes a membership in grace Active again on a payment in full (SPEC §11)', () => {
    const m = makeMember({ memberId: 'M1', membershipId: 'M1', status: 'Grace', product: 'Annual', endDate: d('2026-10-31') });
    const result = plan([makeSettlement({ reference: 'TX-A' })], [invoice()], [m]);
    expect(result.changes.updates.find((u) => u.sheet === 'Members')?.values).toMatchObject({ Status: 'Active', 'End Date': { date: d('2027-10-31') } });
  });

  it('applies a payment in full: invoice Paid, membership extended, a Payments row in its batch', () => {
    const inv = invoice();
    const m = member();
    const result = plan([makeSettlement({ reference: 'TX-A' })], [inv], [m]);
    expect(result.items).toEqual([
      { reference: 'TX-A', invoiceId: 'INV-1', status: 'ready', reason: { code: 'PAID_IN_FULL' }, amount: 120, batch: 'AutoPay 2026-11-20' },
    ]);
    expect(result.changes.updates).toEqual([
      { sheet: 'Invoices', row: inv.row, values: { Balance: 0, Status: 'Paid', 'Last Attempt Status': 'Settled' } },
      {
        sheet: 'Members',
        row: m.row,
        values: { 'End Date': { date: d('2027-10-31') }, Product: 'Annual', Status: 'Active', 'Renewed Through': { date: d('2027-10-31') } },
      },
    ]);
    expect(result.changes.appends).toEqual([
      {
        sheet: 'Payments',
        values: { Reference: 'TX-A', 'Invoice ID': 'INV-1', Amount: 120, 'Processed At': '2026-11-20T15:00:00Z', Batch: 'AutoPay 2026-11-20' },
      },
    ]);
  });

  it('applies partial payments row by row, in cents, and pays in full at 0', () => {
    const result = plan([makeSettlement({ amount: 100.1 }), makeSettlement({ amount: 19.9, processedDate: d('2026-11-21') })]);
    expect(words(result)).toEqual([
      ['ready', 'partial payment; balance 19.90 left'],
      ['ready', 'paid in full; membership extended'],
    ]);
    expect(result.changes.updates[0].values).toMatchObject({ Balance: 0, Status: 'Paid' });
    expect(result.changes.appends.map((a) => a.values.Batch)).toEqual(['AutoPay 2026-11-20', 'AutoPay 2026-11-21']);
  });

  it('refuses an overpayment and leaves the balance alone', () => {
    const result = plan([makeSettlement({ amount: 100 }), makeSettlement({ amount: 20.01 })]);
    expect(words(result)[1]).toEqual(['error', 'overpayment: the amount is more than the balance 20.00']);
    expect(result.changes.updates[0].values).toMatchObject({ Balance: 20 });
    expect(result.changes.appends).toHaveLength(1);
  });

  it('records a failure with its reason, and still-moving statuses alone', () => {
    const failed = plan([makeSettlement({ result: 'Failed', settlementStatus: 'Settled', reason: 'Expired card' })]);
    expect(failed.changes.updates).toEqual([
      { sheet: 'Invoices', row: expect.any(Number), values: { 'Last Attempt Status': 'Failed', 'Last Attempt Reason': 'Expired card' } },
    ]);
    const moving = plan([makeSettlement({ settlementStatus: 'Awaiting Sync' })]);
    expect(moving.changes.updates[0].values).toEqual({ 'Last Attempt Status': 'Awaiting Sync' });
    expect(moving.items[0].batch).toBeNull();
  });

  it.each(['Unknown', 'Failed to Settle'] as const)('flags %s as needing investigation, whatever the result', (status) => {
    const result = plan([makeSettlement({ settlementStatus: status }), makeSettlement({ settlementStatus: status, result: 'Failed' })]);
    expect(words(result)).toEqual([0, 1].map(() => ['error', `needs investigation (Settlement Status ${status})`]));
    expect(result.changes).toEqual({ updates: [], appends: [] });
  });

  it('reports an unknown invoice as an error', () => {
    expect(words(plan([makeSettlement({ invoiceId: 'INV-9' })]))).toEqual([['error', 'unknown invoice']]);
  });

  it('refuses money for an invoice that is not Open', () => {
    expect(words(plan([makeSettlement()], [invoice({ status: 'Cancelled' })]))).toEqual([['error', 'invoice is Cancelled']]);
  });

  it('skips a reference already on the Payments sheet or earlier in the file', () => {
    const result = plan(
      [makeSettlement({ reference: 'TX-A' }), makeSettlement({ reference: 'TX-B', amount: 10 }), makeSettlement({ reference: 'TX-B', amount: 10 })],
      undefined,
      undefined,
      ['TX-A'],
    );
    expect(result.items.map((i) => i.status)).toEqual(['skipped', 'ready', 'skipped']);
    expect(result.changes.appends.map((a) => a.values.Reference)).toEqual(['TX-B']);
  });

  it('pays without extending when the membership is not on the Members sheet', () => {
    const result = plan([makeSettlement()], [invoice()], []);
    expect(result.items[0]).toMatchObject({ status: 'ready', reason: { code: 'MEMBERSHIP_NOT_FOUND' } });
  });

  it.each([
    ['2026-11-15', true], // D − 5 − 1: older than the timeout
    ['2026-11-16', false], // D − 5: still in flight
  ])('times out an in-flight attempt of %s with no settlement: %s', (date, timedOut) => {
    const result = plan([], [invoice({ lastAttemptDate: d(date) })]);
    expect(result.items).toEqual(
      timedOut ? [{ reference: null, invoiceId: 'INV-1', status: 'ready', reason: { code: 'TIMED_OUT' }, amount: 120, batch: null }] : [],
    );
    expect(result.changes.updates.map((u) => u.values)).toEqual(timedOut ? [{ 'Last Attempt Status': 'Failed to reconcile – timed out' }] : []);
  });

  it('does not time out an attempt that has a settlement row', () => {
    expect(plan([makeSettlement({ settlementStatus: 'Unknown' })], [invoice({ lastAttemptDate: d('2026-01-01') })]).items).toHaveLength(1);
  });

  it('leaves a newer attempt alone: older failures are skipped, older payments keep its status', () => {
    const newer = invoice({ lastAttemptDate: d('2026-11-21') });
    const result = plan([makeSettlement({ result: 'Failed', reason: 'declined' }), makeSettlement({ amount: 20 })], [newer]);
    expect(words(result)).toEqual([
      ['skipped', 'about an earlier payment attempt (processed before Last Attempt Date)'],
      ['ready', 'partial payment; balance 100.00 left'],
    ]);
    expect(result.changes.updates.map((u) => u.values)).toEqual([{ Balance: 100 }]);
  });

  it('never mutates its inputs', () => {
    const invoices = [invoice()];
    const members = [member()];
    const before = JSON.stringify({ invoices, members });
    plan([makeSettlement()], invoices, members);
    expect(JSON.stringify({ invoices, members })).toBe(before);
  });
});
