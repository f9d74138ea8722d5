import type { PlanItem } from '../model/planItem';
import { gather } from '../gather/gatheredState';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { ItemStatus } from '../model/planItem';
import { planRun } from '../plan/planRun';
import { d, makeApplication, makeInvoice, makeMember, makeRecords } from '../testing/recordBuilders';
import { D, date, EXECUTED_AT, RUN } from './testing/applyFixtures';
import { applyPlan } from './applyPlan';

/** One item of every action: activate APP-1, renew A, drop B, notify C's invoice, notify A's new invoice. */
function everyAction() {
  const application = makeApplication({ applicationId: 'APP-1', memberId: 'N1' });
  const renewing = makeMember({ memberId: 'A', endDate: d('2026-12-01') });
  const lapsed = makeMember({ memberId: 'B', endDate: d('2026-09-21') });
  const owing = makeMember({ memberId: 'C', endDate: d('2026-12-05') });
  const lapsedInvoice = makeInvoice({ invoiceId: 'INV-000001', membershipId: 'B', termStart: d('2026-09-22') });
  const owingInvoice = makeInvoice({ invoiceId: 'INV-000002', membershipId: 'C', termStart: d('2026-12-06') });
  const records = makeRecords({ members: [renewing, lapsed, owing], invoices: [lapsedInvoice, owingInvoice], applications: [application] });
  return { records, rows: { application, lapsed, lapsedInvoice, owingInvoice } };
}

function planAndApply(records: WorkbookRecords) {
  const state = gather(records);
  const plan = planRun({ records, run: RUN, asOf: D, gathered: state });
  return { plan, state, applied: applyPlan({ plan, state, executedAt: EXECUTED_AT }) };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('applyPlan', () => {
  it('writes updates then appends, each in plan order, and the Runs row last among the updates', () => {
    const { records, rows } = everyAction();
    const { plan, applied } = planAndApply(records);
    expect(plan.items.map((i) => i.key)).toEqual(['activate:APP-1', 'renew:A', 'drop:B', 'notify:INV-000002', 'notify:new:A']);
    expect(applied.changes.updates.map((u) => [u.sheet, u.row])).toEqual([
      ['Applications', rows.application.row],
      ['Members', rows.lapsed.row],
      ['Invoices', rows.lapsedInvoice.row],
      ['Invoices', rows.owingInvoice.row],
      ['Runs', RUN.row],
    ]);
    expect(applied.changes.appends.map((a) => [a.sheet, a.values['Membership ID']])).toEqual([
      ['Members', 'N1'],
      ['Invoices', 'A'],
    ]);
  });

  it('fills every batch but payments, in plan order, when every action posts', () => {
    const { batches } = planAndApply(everyAction().records).applied;
    expect(batches.activations.map((r) => r.applicationId)).toEqual(['APP-1']);
    expect(batches.invoices.map((r) => [r.membershipId, r.invoiceId, r.billDate])).toEqual([['A', 'INV-000003', D]]);
    expect(batches.drops.map((r) => [r.membershipId, r.terminationDate, r.amount])).toEqual([['B', D, 120]]);
    expect(batches.notices.map((r) => [r.invoiceId, r.noticeNumber, r.noticeKind])).toEqual([
      ['INV-000002', 1, 'first'],
      ['INV-000003', 1, 'first'],
    ]);
    expect(batches.payments).toEqual([]);
  });

  it('marks the run definition Executed as of D, at the time the host passed in', () => {
    const { applied } = planAndApply(everyAction().records);
    expect(applied.changes.updates.at(-1)).toEqual({
      sheet: 'Runs',
      row: RUN.row,
      values: { Status: 'Executed', 'Last As Of': date('2026-11-21'), 'Last Executed At': '2026-11-21T08:30:00Z' },
    });
  });

  it.each<ItemStatus>(['error', 'skipped', 'excluded'])('writes only the run definition when every item is %s', (status) => {
    const { plan, state } = planAndApply(everyAction().records);
    const items = plan.items.map((i) => ({ ...i, status }) as PlanItem);
    const { changes, batches } = applyPlan({ plan: { ...plan, items }, state, executedAt: EXECUTED_AT });
    expect(changes).toEqual({ updates: [expect.objectContaining({ sheet: 'Runs' })], appends: [] });
    expect(batches).toEqual({ invoices: [], notices: [], lapses: [], drops: [], activations: [], payments: [] });
  });

  it('marks the run Executed when nothing posts', () => {
    const { applied } = planAndApply(makeRecords());
    expect(applied.changes).toEqual({ updates: [expect.objectContaining({ sheet: 'Runs', row: RUN.row })], appends: [] });
  });

  it('does not change its inputs', () => {
    const { records } = everyAction();
    const state = gather(records);
    const plan = planRun({ records, run: RUN, asOf: D, gathered: state });
    const before = structuredClone({ plan, state });
    deepFreeze(plan);
    deepFreeze(records);
    const usedInvoiceIds = deepFreeze(['INV-000009']);
    const applied = applyPlan({ plan, state, executedAt: EXECUTED_AT, usedInvoiceIds });
    expect(applied.batches.invoices[0].invoiceId).toBe('INV-000010');
    expect(structuredClone({ plan, state })).toEqual(before);
  });
});
