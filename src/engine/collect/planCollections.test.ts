import { addDays } from '../dates/localDate';
import type { Invoice, Member, YearMonth } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext } from '../plan/runContext';
import { planRun } from '../plan/planRun';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { planCollections } from './planCollections';

const D = d('2026-11-21');
const collectRun = makeRun({ id: 'AUTOPAY', actions: ['collect'] });
const ym = (year: number, month: number) => (year * 12 + month - 1) as YearMonth;

function plan(invoices: Partial<Invoice>[], member: Partial<Member> = {}, run: RunDefinition = collectRun) {
  const records = makeRecords({
    members: [makeMember({ memberId: 'A', membershipId: 'A', autoPay: true, ...member })],
    invoices: invoices.map((inv, i) => makeInvoice({ invoiceId: `INV-${i + 1}`, membershipId: 'A', dueDate: d('2026-11-01'), ...inv })),
  });
  return planCollections(createRunContext(records, run, D), { droppedMembershipIds: new Set(), newInvoices: [] });
}
const statusOf = (items: ReturnType<typeof plan>) => items.map((i) => [i.key, i.status, i.reason?.code ?? null]);

describe('planCollections', () => {
  it('submits the open invoice of an AutoPay member that is due', () => {
    expect(plan([{}])).toEqual([expect.objectContaining({ key: 'collect:INV-1', status: 'ready', amount: 120, invoiceId: 'INV-1', dueDate: d('2026-11-01') })]);
  });

  it.each([
    ['due the day after D', 1, []],
    ['due on D', 0, [['collect:INV-1', 'ready', null]]],
    ['due the day before D', -1, [['collect:INV-1', 'ready', null]]],
  ])('uses Collect Through = D by default: %s', (_label, offset, expected) => {
    expect(statusOf(plan([{ dueDate: addDays(D, offset) }]))).toEqual(expected);
  });

  it('uses the run’s Collect Through when set', () => {
    expect(statusOf(plan([{ dueDate: addDays(D, 10) }], {}, { ...collectRun, collectThrough: addDays(D, 10) }))).toEqual([['collect:INV-1', 'ready', null]]);
  });

  it('skips members without AutoPay, paid, cancelled and zero-balance invoices', () => {
    expect(plan([{}], { autoPay: false })).toEqual([]);
    expect(plan([{ status: 'Paid' }, { status: 'Cancelled' }, { balance: 0 }])).toEqual([]);
  });

  it('collects only the current renewal; older open invoices need staff', () => {
    expect(statusOf(plan([{ dueDate: d('2025-11-01') }, { dueDate: d('2026-11-01') }]))).toEqual([
      ['collect:INV-1', 'error', 'OLDER_UNPAID_INVOICE'],
      ['collect:INV-2', 'ready', null],
    ]);
  });

  it.each([
    // Reconcile Timeout Days 5: in progress while Last Attempt Date ≥ D − 5
    ['D − 6', -6, 'warning', 'ATTEMPT_TIMED_OUT'],
    ['D − 5', -5, 'skipped', 'PAYMENT_IN_PROGRESS'],
    ['D − 4', -4, 'skipped', 'PAYMENT_IN_PROGRESS'],
  ])('treats a Submitted attempt dated %s per the timeout', (_label, offset, status, code) => {
    expect(statusOf(plan([{ attempts: 1, lastAttemptStatus: 'Submitted', lastAttemptDate: addDays(D, offset) }]))).toEqual([['collect:INV-1', status, code]]);
  });

  it.each([
    [2, 'ready', null],
    [3, 'skipped', 'RETRY_LIMIT_REACHED'],
    [4, 'skipped', 'RETRY_LIMIT_REACHED'],
  ])('with Max Payment Retries 3 and %i attempts is %s', (attempts, status, code) => {
    expect(statusOf(plan([{ attempts, lastAttemptStatus: 'Failed', lastAttemptDate: d('2026-11-10') }]))).toEqual([['collect:INV-1', status, code]]);
  });

  it.each([
    ['blank', null, 'skipped'],
    ['the month before the attempt', ym(2026, 10), 'skipped'],
    ['the month of the attempt', ym(2026, 11), 'skipped'],
    ['the month after the attempt', ym(2026, 12), 'ready'],
  ])('after an expired-card failure, with Card Expiry %s, is %s', (_label, cardExpiry, status) => {
    const items = plan([{ attempts: 1, lastAttemptStatus: 'Failed', lastAttemptDate: d('2026-11-10'), lastAttemptReason: 'Card declined: EXPIRED CARD' }], {
      cardExpiry,
    });
    expect(items[0].status).toBe(status);
    if (status === 'skipped') expect(items[0].reason).toEqual({ code: 'UPDATE_PAYMENT_METHOD' });
  });

  it('retries a failure for another reason', () => {
    expect(statusOf(plan([{ attempts: 1, lastAttemptStatus: 'Failed', lastAttemptDate: d('2026-11-10'), lastAttemptReason: 'Insufficient funds' }]))).toEqual([
      ['collect:INV-1', 'ready', null],
    ]);
  });

  it('does not collect from a membership the run drops', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'A', membershipId: 'A', autoPay: true, endDate: d('2026-09-21') })],
      invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'A', termStart: d('2026-09-22'), dueDate: d('2026-09-22') })],
    });
    const run = makeRun({ actions: ['drop', 'collect'], dropAfterDays: 60 });
    expect(planRun({ records, run, asOf: D }).items.map((i) => i.key)).toEqual(['drop:A']);
    expect(planRun({ records, run: { ...run, actions: ['collect'] }, asOf: D }).items.map((i) => i.key)).toEqual(['collect:INV-1']);
  });

  it('applies the AutoPay filter and Member Types', () => {
    expect(plan([{}], {}, { ...collectRun, autoPay: 'exclude' })).toEqual([]);
    expect(plan([{}], { memberType: 'Student' }, { ...collectRun, memberTypes: ['Regular'] })).toEqual([]);
  });
});
