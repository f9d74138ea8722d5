import { isoDate } from '../../dates/isoDate';
import { describeReconcileReason } from '../reconcileReason';
import { planBankReconcile } from './planBankReconcile';
import { D, collection, invoice, makeEntry, member } from './testing/bankReconcileFixtures';

// Membership A dropped on 2026-11-01 (19 days before the credit's booking date 2026-11-20); its INV-000001 of 120 cancelled.
function reconcile(reinstateWithinDays: number) {
  return planBankReconcile({
    entries: [makeEntry()],
    records: {
      invoices: [invoice({ amount: 120, balance: 0, status: 'Cancelled' })],
      members: [member({ status: 'Dropped', terminationDate: isoDate('2026-11-01'), memberType: 'Non-Member' })],
    },
    payments: [],
    collectionsByReference: new Map([['INV-000001-1', collection()]]),
    collectionsByPmtInfId: new Map(),
    currencyOf: () => 'EUR',
    settings: { reconcileTimeoutDays: 5, reinstateWithinDays },
    replacedMemberTypes: new Map([['A', 'Regular']]),
    asOf: D,
  });
}

describe('planBankReconcile: reinstatement (SPEC §11)', () => {
  it.each([
    [19, 'ready', 'reinstated; membership extended; Member Type restored to Regular'],
    [18, 'error', 'invoice is Cancelled: the member was dropped 19 days ago, more than Reinstate Within Days (18)'],
    [0, 'error', 'invoice is Cancelled: the member was dropped 19 days ago (reinstatement is off: Reinstate Within Days is 0)'],
  ])('a credit for the cancelled invoice with Reinstate Within Days %d → %s', (within, status, words) => {
    const result = reconcile(within);
    expect(result.items.map((i) => [i.status, describeReconcileReason(i.reason!)])).toEqual([[status, words]]);
    expect(result.changes.appends).toHaveLength(status === 'ready' ? 1 : 0);
  });

  it('reinstating writes the invoice Paid and the membership Active, Termination Date cleared, Member Type restored', () => {
    const members = reconcile(19).changes.updates.find((u) => u.sheet === 'Members');
    expect(members?.values).toMatchObject({
      Status: 'Active',
      'Termination Date': null,
      'Member Type': 'Regular',
      'End Date': { date: isoDate('2027-10-31') },
    });
    expect(reconcile(19).changes.updates.find((u) => u.sheet === 'Invoices')?.values).toMatchObject({ Status: 'Paid' });
  });
});
