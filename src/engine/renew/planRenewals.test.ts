import type { LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { PlanItem } from '../model/planItem';
import type { MemberStatus } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext, RunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { planRenewals } from './planRenewals';

function contextFor(records: WorkbookRecords, run: RunDefinition, asOf: LocalDate): RunContext {
  return createRunContext(records, run, asOf);
}

const asOf = d('2026-03-01');
const lead30 = makeRun({ leadDays: 30 });
const plan = (records: WorkbookRecords, run: RunDefinition = lead30, at: LocalDate = asOf) => planRenewals(contextFor(records, run, at));
const keys = (items: PlanItem[]) => items.map((i) => i.key);

describe('planRenewals (rolling)', () => {
  it('plans a ready renewal with every field when a member is in the window', () => {
    const member = makeMember({ memberId: 'M-1', membershipId: 'MS-1', startDate: d('2025-03-16'), endDate: d('2026-03-15') });
    expect(plan(makeRecords({ members: [member] }))).toEqual([
      {
        key: 'renew:MS-1',
        action: 'renew',
        status: 'ready',
        reason: null,
        memberId: 'M-1',
        membershipId: 'MS-1',
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        product: 'Annual',
        newProduct: 'Annual',
        endDate: d('2026-03-15'),
        termStart: d('2026-03-16'),
        termEnd: d('2027-03-15'),
        dueDate: d('2026-03-16'),
        amount: 120,
        currency: null,
        invoiceId: null,
        noticeNumber: null,
        noticeKind: null,
        dependsOn: null,
        memberRow: member.row,
        invoiceRow: null,
        applicationRow: null,
      },
    ]);
  });

  it('keeps Members sheet order when several members renew', () => {
    const members = ['C', 'A', 'B'].map((id) => makeMember({ memberId: id, endDate: d('2026-03-10') }));
    expect(keys(plan(makeRecords({ members })))).toEqual(['renew:C', 'renew:A', 'renew:B']);
  });

  it.each<MemberStatus>(['Expired', 'Dropped', 'Cancelled', 'Pending'])('plans nothing when Status is %s', (status) => {
    expect(plan(makeRecords({ members: [makeMember({ status, endDate: d('2026-03-10') })] }))).toEqual([]);
  });

  it('plans only members that pass the Member Types and AutoPay filters', () => {
    const members = [
      makeMember({ memberId: 'REG', memberType: 'Regular', endDate: d('2026-03-10') }),
      makeMember({ memberId: 'STU', memberType: 'student ', endDate: d('2026-03-10') }),
      makeMember({ memberId: 'STU-AP', memberType: 'Student', autoPay: true, endDate: d('2026-03-10') }),
    ];
    const records = makeRecords({ members });
    expect(keys(plan(records, makeRun({ leadDays: 30, memberTypes: ['Student'] })))).toEqual(['renew:STU', 'renew:STU-AP']);
    expect(keys(plan(records, makeRun({ leadDays: 30, autoPay: 'only' })))).toEqual(['renew:STU-AP']);
    expect(keys(plan(records, makeRun({ leadDays: 30, autoPay: 'exclude' })))).toEqual(['renew:REG', 'renew:STU']);
  });

  it('plans nothing when the run has no window setting', () => {
    const members = [makeMember({ endDate: d('2026-03-01') }), makeMember({ endDate: d('2025-01-01') })];
    expect(plan(makeRecords({ members }), makeRun())).toEqual([]);
  });

  it('plans nothing when the End Date is outside the window', () => {
    // Lead Days 30 from 2026-03-01: R ≤ 2026-03-31, End Date ≤ 2026-03-30.
    const members = [makeMember({ memberId: 'IN', endDate: d('2026-03-30') }), makeMember({ memberId: 'OUT', endDate: d('2026-03-31') })];
    expect(keys(plan(makeRecords({ members })))).toEqual(['renew:IN']);
  });

  describe('already renewed', () => {
    const member = makeMember({ membershipId: 'MS-9', endDate: d('2026-03-15') });
    it.each([
      [1, 'no invoice', []],
      [0, 'an Open invoice from the renewal date', [makeInvoice({ membershipId: 'MS-9', termStart: d('2026-03-16') })]],
      [0, 'a Paid invoice after the renewal date', [makeInvoice({ membershipId: 'MS-9', termStart: d('2026-04-01'), status: 'Paid' })]],
      [1, 'only a Cancelled invoice', [makeInvoice({ membershipId: 'MS-9', termStart: d('2026-03-16'), status: 'Cancelled' })]],
      [1, 'an invoice whose Term Start equals the End Date', [makeInvoice({ membershipId: 'MS-9', termStart: d('2026-03-15') })]],
      [1, 'an invoice of the current term', [makeInvoice({ membershipId: 'MS-9', termStart: d('2025-03-16'), status: 'Paid' })]],
      [1, 'an invoice of another membership', [makeInvoice({ membershipId: 'MS-8', termStart: d('2026-03-16') })]],
    ])('plans %i item(s) when the membership has %s', (count, _when, invoices) => {
      expect(plan(makeRecords({ members: [member], invoices }))).toHaveLength(count);
    });
  });

  // End Date 2026-01-31 → R = 2026-02-01; Drop After Days 28 → drop line R + P = 2026-03-01.
  it.each([
    ['the day before', '2026-02-28', 1],
    ['the day of', '2026-03-01', 0],
    ['the day after', '2026-03-02', 0],
  ])('leaves a member to the drop action when D is %s the drop line (%s)', (_when, at, count) => {
    const records = makeRecords({ members: [makeMember({ endDate: d('2026-01-31') })] });
    expect(plan(records, makeRun({ leadDays: 30, dropAfterDays: 28 }), d(at))).toHaveLength(count);
  });

  it.each([
    ['expired (End Date = D − 1)', '2026-02-28', '2026-03-01', '2027-02-28'],
    ['not yet expired (End Date = D)', '2026-03-01', '2026-03-02', '2027-03-01'],
    ['not yet expired (End Date = D + 1)', '2026-03-02', '2026-03-03', '2027-03-02'],
    ['long expired', '2025-11-30', '2026-03-01', '2027-02-28'],
  ])('starts the new term correctly when %s', (_when, end, start, endOfTerm) => {
    const [item] = plan(makeRecords({ members: [makeMember({ endDate: d(end), startDate: d('2024-01-01') })] }));
    expect(item).toMatchObject({ termStart: d(start), dueDate: d(start), termEnd: d(endOfTerm), endDate: d(end) });
  });

  it.each([
    // [End Date, as of, Term Months, new term start, new term end]
    ['2024-02-28', '2024-02-01', 12, '2024-02-29', '2025-02-28'], // leap-day start, 12 months
    ['2025-01-30', '2025-01-15', 1, '2025-01-31', '2025-02-28'], // 01-31 + 1 month
    ['2024-01-30', '2024-01-15', 1, '2024-01-31', '2024-02-29'], // 01-31 + 1 month, leap year
    ['2025-03-30', '2025-03-15', 1, '2025-03-31', '2025-04-30'], // 03-31 + 1 month
    ['2024-12-31', '2024-12-15', 12, '2025-01-01', '2025-12-31'], // 12-month term
    ['2024-12-31', '2024-12-15', 6, '2025-01-01', '2025-06-30'],
  ])('computes the term when End Date is %s, D %s and Term Months %i', (end, at, months, start, endOfTerm) => {
    const records = makeRecords({
      members: [makeMember({ startDate: d('2020-01-01'), endDate: d(end) })],
      products: [makeProduct({ termMonths: months })],
    });
    expect(plan(records, lead30, d(at))[0]).toMatchObject({ termStart: d(start), termEnd: d(endOfTerm) });
  });

  it('bills the product by its Products row when the Members row spells it differently', () => {
    const records = makeRecords({
      members: [makeMember({ product: ' annual', endDate: d('2026-03-10') })],
      products: [makeProduct({ product: 'Annual', price: 95.5 })],
    });
    expect(plan(records)[0]).toMatchObject({ status: 'ready', product: ' annual', newProduct: 'Annual', amount: 95.5 });
  });

  it('plans an error item with PRODUCT_NOT_FOUND when the product is not in Products', () => {
    const records = makeRecords({ members: [makeMember({ product: 'Lifetime', endDate: d('2026-03-10') })] });
    expect(plan(records)).toEqual([
      expect.objectContaining({
        status: 'error',
        reason: { code: 'PRODUCT_NOT_FOUND', detail: { product: 'Lifetime' } },
        product: 'Lifetime',
        newProduct: 'Lifetime',
        termStart: d('2026-03-11'),
        termEnd: null,
        amount: null,
      }),
    ]);
  });

  it('does not change its inputs', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'A', endDate: d('2026-03-10') }), makeMember({ endDate: d('2026-03-11'), product: 'Gone' })],
      invoices: [makeInvoice({ membershipId: 'A', termStart: d('2025-01-01') })],
    });
    const ctx = contextFor(deepFreeze(records), deepFreeze(makeRun({ leadDays: 30, dropAfterDays: 60 })), asOf);
    const before = structuredClone(ctx);
    expect(planRenewals(ctx)).toHaveLength(2);
    expect(ctx).toEqual(before);
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
