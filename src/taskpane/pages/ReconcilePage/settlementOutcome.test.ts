import { describeReconcileReason, type ReconcileReason } from '../../../engine/reconcile/reconcileReason';
import type { ReconcileItemView } from '../../session/reconcileSession';
import { outcomeCounts, outcomeKey, settlementOutcome } from './settlementOutcome';

/** A row as the session shows it: the engine's status, the reason's words and its code. */
const row = (status: ReconcileItemView['status'], reason: ReconcileReason) => ({ status, reason: describeReconcileReason(reason), reasonCode: reason.code });

describe('settlementOutcome', () => {
  it.each([
    ['a failed card payment', row('ready', { code: 'PAYMENT_FAILED', reason: 'expired card' })],
    ['a failed payment without a reason', row('ready', { code: 'PAYMENT_FAILED', reason: null })],
    ['a returned direct debit', row('ready', { code: 'PAYMENT_RETURNED', reason: 'AM04 Insufficient funds', firstAgain: true })],
    ['a timed-out attempt', row('ready', { code: 'TIMED_OUT' })],
  ])('badges %s, which is applied as a failure, "Failed" in danger red, never green', (_, item) => {
    expect(settlementOutcome(item)).toEqual({ label: 'Failed', color: 'danger' });
  });

  it.each([
    ['paid in full', row('ready', { code: 'PAID_IN_FULL' }), 'Paid'],
    ['a partial payment', row('ready', { code: 'PARTIAL_PAYMENT', balance: 20 }), 'Paid'],
    ['a reinstatement', row('ready', { code: 'REINSTATED', memberType: { restored: 'Regular' } }), 'Paid'],
  ])('badges %s green "Paid"', (_, item, label) => {
    expect(settlementOutcome(item)).toEqual({ label, color: 'success' });
  });

  it.each([
    ['an attempt awaiting sync', row('ready', { code: 'ATTEMPT_STATUS', status: 'Awaiting Sync' }), { label: 'Pending', color: 'informative' }],
    [
      'a payment whose membership is missing',
      row('ready', { code: 'MEMBERSHIP_NOT_FOUND', membershipId: 'MS-9' }),
      { label: 'Needs review', color: 'warning' },
    ],
    ['a reversal after settlement', row('warning', { code: 'REVERSED_AFTER_SETTLEMENT', reason: 'MD06' }), { label: 'Needs review', color: 'warning' }],
    ['a row already applied', row('skipped', { code: 'ALREADY_APPLIED' }), { label: 'Skipped', color: 'subtle' }],
    ['an unknown invoice', row('error', { code: 'UNKNOWN_INVOICE' }), { label: 'Error', color: 'danger' }],
    ['a ready row with a code it has no outcome for', row('ready', { code: 'NOT_BOOKED' }), { label: 'Ready', color: 'informative' }],
    ['a ready row without a reason', { status: 'ready' as const, reason: null, reasonCode: null }, { label: 'Ready', color: 'informative' }],
  ])('badges %s with its own word and colour', (_, item, outcome) => {
    expect(settlementOutcome(item)).toEqual(outcome);
  });

  it('counts each outcome, in a fixed order, leaving out the ones no row has', () => {
    const items = [
      row('error', { code: 'UNKNOWN_INVOICE' }),
      row('ready', { code: 'PAYMENT_FAILED', reason: 'expired card' }),
      row('ready', { code: 'PAID_IN_FULL' }),
      row('ready', { code: 'PAID_IN_FULL' }),
    ];
    expect(outcomeCounts(items).map(({ label, count, words }) => [label, count, words])).toEqual([
      ['Paid', 2, '2 paid'],
      ['Failed', 1, '1 failed'],
      ['Error', 1, '1 error'],
    ]);
    expect(
      outcomeCounts(
        [row('warning', { code: 'REVERSED_AFTER_SETTLEMENT', reason: 'MD06' }), row('error', { code: 'UNKNOWN_INVOICE' })].flatMap((i) => [i, i]),
      ).map((c) => c.words),
    ).toEqual(['2 need review', '2 errors']);
    expect(outcomeKey(items[1])).toBe('failed');
    expect(outcomeCounts([])).toEqual([]);
  });
});
