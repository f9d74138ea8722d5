import fc from 'fast-check';
import { formatIsoDate } from '../dates/isoDate';
import { addDays, LocalDate } from '../dates/localDate';
import type { Member } from '../model/records';
import { MEMBER_STATUSES } from '../model/records';
import { d, makeApplication, makeInvoice, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { planRun } from './planRun';

const D = d('2026-11-21');
const nightly = makeRun({ actions: ['renew', 'notify', 'drop'], leadDays: 30, noticeIntervalDays: 14, dropAfterDays: 60 });
const keys = (plan: ReturnType<typeof planRun>) => plan.items.map((i) => i.key);

describe('planRun', () => {
  it('evaluates activate → renew → drop → notify and lists items in that order', () => {
    const records = makeRecords({
      members: [
        makeMember({ memberId: 'A', endDate: d('2026-12-01') }), // renew
        makeMember({ memberId: 'B', endDate: d('2026-09-21') }), // drop: R + 60 = 11-21
      ],
      invoices: [makeInvoice({ invoiceId: 'INV-000009', membershipId: 'B', termStart: d('2026-09-22'), dueDate: d('2026-09-22') })],
      applications: [makeApplication({ applicationId: 'APP-1', memberId: 'N1' })],
    });
    const plan = planRun({ records, run: { ...nightly, actions: ['activate', 'renew', 'drop', 'notify'] }, asOf: D });
    expect(keys(plan)).toEqual(['activate:APP-1', 'renew:A', 'drop:B', 'notify:new:A']);
  });

  it('gives a member the run drops no notice on its open invoice', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'B', endDate: d('2026-09-21') })],
      invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'B', termStart: d('2026-09-22'), noticesSent: 2, lastNoticeDate: d('2026-10-01') })],
    });
    expect(keys(planRun({ records, run: nightly, asOf: D }))).toEqual(['drop:B']);
  });

  it('notifies the same member the day before the drop line', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'B', endDate: d('2026-09-22') })],
      invoices: [
        makeInvoice({
          invoiceId: 'INV-1',
          membershipId: 'B',
          termStart: d('2026-09-23'),
          dueDate: d('2026-09-23'),
          noticesSent: 2,
          lastNoticeDate: d('2026-10-01'),
        }),
      ],
    });
    const plan = planRun({ records, run: nightly, asOf: D });
    expect(keys(plan)).toEqual(['notify:INV-1']);
    expect(plan.items[0]).toMatchObject({ noticeNumber: 3, noticeKind: 'final' });
  });

  it('gives a renewal invoice the run proposes its first notice, depending on the renewal', () => {
    const records = makeRecords({ members: [makeMember({ memberId: 'A', endDate: d('2026-12-01') })] });
    const plan = planRun({ records, run: nightly, asOf: D });
    const notice = plan.items.find((i) => i.key === 'notify:new:A');
    expect(notice).toMatchObject({ invoiceId: null, noticeNumber: 1, noticeKind: 'first', dependsOn: 'renew:A', amount: 120, termStart: d('2026-12-02') });
  });

  it('plans no notice on a renewal staff excluded, and marks the renewal excluded', () => {
    const records = makeRecords({ members: [makeMember({ memberId: 'A', endDate: d('2026-12-01') })] });
    const plan = planRun({ records, run: nightly, asOf: D, excludedKeys: new Set(['renew:A']) });
    expect(plan.items).toEqual([expect.objectContaining({ key: 'renew:A', status: 'excluded', reason: { code: 'EXCLUDED_BY_STAFF' } })]);
  });

  it('notifies a member whose drop staff excluded', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'B', endDate: d('2026-09-21') })],
      invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'B', termStart: d('2026-09-22'), noticesSent: 2, lastNoticeDate: d('2026-10-01') })],
    });
    const plan = planRun({ records, run: nightly, asOf: D, excludedKeys: new Set(['drop:B']) });
    expect(plan.items.map((i) => [i.key, i.status])).toEqual([
      ['drop:B', 'excluded'],
      ['notify:INV-1', 'ready'],
    ]);
  });

  it('plans only the actions the run has', () => {
    const records = makeRecords({ members: [makeMember({ memberId: 'A', endDate: d('2026-12-01') })] });
    expect(keys(planRun({ records, run: { ...nightly, actions: ['notify'] }, asOf: D }))).toEqual([]);
  });

  it("keeps only this run's setup warnings", () => {
    const other = makeRun({ id: 'OTHER', actions: ['drop'], dropAfterDays: 5 });
    const plan = planRun({ records: makeRecords(), run: nightly, allRuns: [nightly, other], asOf: D });
    expect(plan.warnings).toEqual([]);
    expect(planRun({ records: makeRecords(), run: other, allRuns: [nightly, other], asOf: D }).warnings.map((w) => w.code)).toContain('DROP_TOO_QUICK');
  });

  it('counts and sums per action and status', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'A', endDate: d('2026-12-01') }), makeMember({ memberId: 'B', endDate: d('2026-12-05'), email: null })],
    });
    const { statistics } = planRun({ records, run: nightly, asOf: D });
    expect(statistics.renew?.ready).toEqual({ count: 2, amount: 240, amounts: { USD: 240 } });
    expect(statistics.notify?.ready).toEqual({ count: 1, amount: 120, amounts: { USD: 120 } });
    expect(statistics.notify?.warning).toEqual({ count: 1, amount: 120, amounts: { USD: 120 } });
    expect(statistics.drop?.ready).toEqual({ count: 0, amount: 0, amounts: {} });
  });

  it('gives each item its currency and totals per currency when products are priced in USD and EUR', () => {
    const products = [makeProduct({ product: 'Annual', price: 120, currency: 'USD' }), makeProduct({ product: 'Annual EU', price: 90, currency: 'EUR' })];
    const records = makeRecords({
      products,
      members: [
        makeMember({ memberId: 'A', membershipId: 'A', endDate: d('2026-12-01') }),
        makeMember({ memberId: 'B', membershipId: 'B', product: 'Annual EU', endDate: d('2026-12-05') }),
        makeMember({ memberId: 'C', membershipId: 'C', product: 'Annual EU', endDate: d('2026-06-30') }),
      ],
      // An older invoice without Currency takes its product's; one with Currency keeps its own.
      invoices: [
        makeInvoice({ invoiceId: 'INV-9', membershipId: 'C', product: 'Annual EU', amount: 90, balance: 90, currency: 'USD', dueDate: d('2026-07-01') }),
      ],
    });
    const plan = planRun({ records, run: nightly, asOf: D });
    const currencyOf = (key: string) => plan.items.find((i) => i.key === key)?.currency;
    expect(currencyOf('renew:A')).toBe('USD');
    expect(currencyOf('renew:B')).toBe('EUR');
    expect(currencyOf('drop:C')).toBe('USD');
    expect(plan.statistics.renew?.ready).toEqual({ count: 2, amount: null, amounts: { USD: 120, EUR: 90 } });
    expect(plan.statistics.drop?.ready).toEqual({ count: 1, amount: null, amounts: { USD: 90 } });
  });

  describe('properties', () => {
    const statuses = fc.constantFrom(...MEMBER_STATUSES);
    const offsets = fc.integer({ min: -200, max: 200 });
    const memberArb = fc.record({ status: statuses, endOffset: offsets, invoiced: fc.boolean(), notices: fc.integer({ min: 0, max: 4 }) });
    const membersArb = fc.array(memberArb, { minLength: 1, maxLength: 30 });

    function recordsFor(rows: { status: Member['status']; endOffset: number; invoiced: boolean; notices: number }[]) {
      const members = rows.map((r, i) =>
        makeMember({ memberId: `M${i}`, membershipId: `M${i}`, status: r.status, endDate: addDays(D, r.endOffset), startDate: addDays(D, r.endOffset - 364) }),
      );
      const invoices = rows.flatMap((r, i) =>
        r.invoiced
          ? [
              makeInvoice({
                invoiceId: `INV-${i}`,
                membershipId: `M${i}`,
                termStart: addDays(D, r.endOffset + 1),
                dueDate: addDays(D, r.endOffset + 1),
                noticesSent: r.notices,
                lastNoticeDate: r.notices > 0 ? addDays(D, -r.notices * 7) : null,
              }),
            ]
          : [],
      );
      return makeRecords({ members, invoices });
    }

    it('never plans a renew or drop item for a membership that is not Active or in grace', () => {
      fc.assert(
        fc.property(membersArb, (rows) => {
          const records = recordsFor(rows);
          const plan = planRun({ records, run: nightly, asOf: D });
          const inactive = new Set(records.members.filter((m) => m.status !== 'Active' && m.status !== 'Grace').map((m) => m.membershipId));
          return plan.items.every((i) => !(i.action === 'renew' || i.action === 'drop') || !inactive.has(i.membershipId as string));
        }),
      );
    });

    it('never both renews and drops one membership, and never notifies a membership it drops', () => {
      fc.assert(
        fc.property(membersArb, (rows) => {
          const plan = planRun({ records: recordsFor(rows), run: nightly, asOf: D });
          const dropped = new Set(plan.items.filter((i) => i.action === 'drop').map((i) => i.membershipId));
          return plan.items.every((i) => i.action === 'drop' || !dropped.has(i.membershipId as string));
        }),
      );
    });

    it('is deterministic and leaves its input unchanged', () => {
      fc.assert(
        fc.property(membersArb, fc.integer({ min: -40, max: 40 }), (rows, shift) => {
          const records = recordsFor(rows);
          const before = structuredClone(records);
          const asOf = addDays(D, shift) as LocalDate;
          const first = JSON.stringify(planRun({ records, run: nightly, asOf }));
          const second = JSON.stringify(planRun({ records, run: nightly, asOf }));
          expect(records).toEqual(before);
          return first === second;
        }),
      );
    });
  });

  it('plans the same on any machine time zone (dates are plain day numbers)', () => {
    const records = makeRecords({ members: [makeMember({ memberId: 'A', endDate: d('2026-12-20') })] });
    const plan = planRun({ records, run: nightly, asOf: D });
    expect(plan.items.map((i) => formatIsoDate(i.termStart as LocalDate))).toEqual(['2026-12-21', '2026-12-21']);
  });
});
