import type { Invoice, Member } from '../model/records';
import { d, makeInvoice, makeMember } from '../testing/recordBuilders';
import { planReconcile } from './planReconcile';
import { describeReconcileReason } from './reconcileReason';
import type { Settlement } from './settlement';
import { applyChanges, makeSettlement } from './testing/reconcileBuilders';

// SPEC §11 "Reinstatement": dropped 2026-01-01, the drop cancelled INV-1 (Amount 120).
const dropped = (over: Partial<Member> = {}): Member =>
  makeMember({
    memberId: 'M1',
    membershipId: 'M1',
    status: 'Dropped',
    product: 'Annual',
    endDate: d('2025-11-30'),
    terminationDate: d('2026-01-01'),
    memberType: 'Non-Member',
    ...over,
  });
const cancelled = (over: Partial<Invoice> = {}): Invoice =>
  makeInvoice({
    invoiceId: 'INV-1',
    membershipId: 'M1',
    product: 'Annual',
    termEnd: d('2026-11-30'),
    amount: 120,
    balance: 0,
    status: 'Cancelled',
    lastAttemptStatus: null,
    lastAttemptDate: null,
    ...over,
  });
const paid = (date: string, over: Partial<Settlement> = {}) =>
  makeSettlement({ reference: 'TX-R', invoiceId: 'INV-1', amount: 120, processedDate: d(date), processedAt: `${date}T10:00:00Z`, ...over });

function plan(settlements: Settlement[], options: { within?: number; members?: Member[]; replaced?: [string, string][]; applied?: string[] } = {}) {
  const invoices = [cancelled()];
  const members = options.members ?? [dropped()];
  const result = planReconcile({
    settlements,
    records: { invoices, members },
    appliedReferences: new Set(options.applied ?? []),
    settings: { reconcileTimeoutDays: 5, reinstateWithinDays: options.within ?? 60 },
    replacedMemberTypes: new Map(options.replaced ?? [['M1', 'Regular']]),
    asOf: d('2026-03-10'),
  });
  return { ...result, after: applyChanges({ invoices, members }, result.changes) };
}
const words = (r: ReturnType<typeof plan>) => r.items.map((i) => [i.status, i.reason && describeReconcileReason(i.reason)]);

describe('planReconcile: reinstatement (SPEC §11)', () => {
  it.each([
    ['the drop day', '2026-01-01', 60, 'ready', 'reinstated; membership extended; Member Type restored to Regular'],
    ['the window’s last day', '2026-03-02', 60, 'ready', 'reinstated; membership extended; Member Type restored to Regular'],
    ['one day past the window', '2026-03-03', 60, 'error', 'invoice is Cancelled: the member was dropped 61 days ago, more than Reinstate Within Days (60)'],
    [
      'reinstatement off (0)',
      '2026-01-02',
      0,
      'error',
      'invoice is Cancelled: the member was dropped 1 day ago (reinstatement is off: Reinstate Within Days is 0)',
    ],
  ])('paid on %s (%s, window %d) → %s', (_label, date, within, status, reason) => {
    expect(words(plan([paid(date)], { within }))).toEqual([[status, reason]]);
  });

  it('reinstates: invoice Paid with Balance 0, membership Active through Term End, Termination Date cleared, Member Type from the Journal', () => {
    const result = plan([paid('2026-03-02')]);
    expect(result.after.invoices[0]).toMatchObject({ status: 'Paid', balance: 0, lastAttemptStatus: 'Settled' });
    expect(result.after.members[0]).toMatchObject({
      status: 'Active',
      endDate: d('2026-11-30'),
      terminationDate: null,
      memberType: 'Regular',
      product: 'Annual',
    });
    expect(result.items[0]).toMatchObject({ reason: { code: 'REINSTATED', memberType: { restored: 'Regular' } }, batch: 'AutoPay 2026-03-02' });
    expect(result.changes.appends).toHaveLength(1);
  });

  it.each([
    ['less than the invoice Amount', 100],
    ['more than the invoice Amount', 130],
  ])('an amount %s is an error, whatever the window', (_label, amount) => {
    const result = plan([paid('2026-02-01', { amount })]);
    expect(words(result)).toEqual([
      ['error', 'invoice is Cancelled: the member was dropped 31 days ago, but only a payment of the invoice Amount 120.00 reinstates'],
    ]);
    expect(result.changes).toEqual({ updates: [], appends: [] });
  });

  it('keeps a Member Type changed after the drop, and says so', () => {
    const result = plan([paid('2026-02-01')], { members: [dropped({ memberType: 'Student' })] });
    expect(result.after.members[0]).toMatchObject({ status: 'Active', memberType: 'Student' });
    expect(words(result)).toEqual([
      ['ready', 'reinstated; membership extended; Member Type kept as Student: it changed after the drop (the drop replaced Regular)'],
    ]);
  });

  it('leaves Member Type alone when the drop did not replace it (no Journal line)', () => {
    const result = plan([paid('2026-02-01')], { members: [dropped({ memberType: 'Regular' })], replaced: [] });
    expect(result.after.members[0]).toMatchObject({ status: 'Active', memberType: 'Regular' });
    expect(words(result)).toEqual([['ready', 'reinstated; membership extended']]);
  });

  it('a Cancelled invoice of a membership that is not Dropped stays the plain §3.8 error', () => {
    const result = plan([paid('2026-02-01')], { members: [dropped({ status: 'Expired' })] });
    expect(words(result)).toEqual([['error', 'invoice is Cancelled']]);
  });

  it('re-importing the same file changes nothing', () => {
    const first = plan([paid('2026-02-01')]);
    const again = planReconcile({
      settlements: [paid('2026-02-01')],
      records: { invoices: first.after.invoices, members: first.after.members },
      appliedReferences: new Set(first.after.references),
      settings: { reconcileTimeoutDays: 5, reinstateWithinDays: 60 },
      replacedMemberTypes: new Map([['M1', 'Regular']]),
      asOf: d('2026-03-10'),
    });
    expect(again.items.map((i) => i.status)).toEqual(['skipped']);
    expect(again.changes).toEqual({ updates: [], appends: [] });
  });
});
