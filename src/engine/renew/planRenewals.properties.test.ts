import fc from 'fast-check';
import { addDays, LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import { MEMBER_STATUSES, MemberStatus } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext, RunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { planRenewals } from './planRenewals';

function contextFor(records: WorkbookRecords, run: RunDefinition, asOf: LocalDate): RunContext {
  return createRunContext(records, run, asOf);
}

const origin = d('2020-01-01');
/** A date within about eleven years of 2020-01-01, leap days and month ends included. */
const date = fc.integer({ min: 0, max: 4000 }).map((n) => addDays(origin, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any run: either mode, any mix of window settings, Effective Date and Drop After Days. */
const run = fc
  .record({
    mode: fc.constantFrom('rolling' as const, 'fixed' as const),
    leadDays: maybe(fc.integer({ min: 0, max: 400 })),
    expiringBy: maybe(date),
    expiryWindowDays: maybe(fc.integer({ min: 0, max: 400 })),
    effectiveDate: maybe(date),
    dropAfterDays: maybe(fc.integer({ min: 0, max: 120 })),
  })
  .map((over) => makeRun(over));

const member = fc
  .record({
    status: fc.constantFrom<MemberStatus>(...MEMBER_STATUSES),
    startDate: date,
    termDays: fc.integer({ min: 0, max: 800 }),
    invoiceStart: maybe(date),
  })
  .map(({ status, startDate, termDays, invoiceStart }) => ({ status, startDate, endDate: addDays(startDate, termDays), invoiceStart }));

type MemberShape = { status: MemberStatus; startDate: LocalDate; endDate: LocalDate; invoiceStart: LocalDate | null };

/** Members `M0`, `M1`, … with at most one invoice each; every one of product Annual. */
function recordsOf(members: MemberShape[], termMonths = 12) {
  const rows = members.map((m, i) => makeMember({ memberId: `M${i}`, status: m.status, startDate: m.startDate, endDate: m.endDate }));
  const invoices = members.flatMap((m, i) => (m.invoiceStart == null ? [] : [makeInvoice({ membershipId: `M${i}`, termStart: m.invoiceStart })]));
  return makeRecords({ members: rows, invoices, products: [makeProduct({ termMonths })] });
}

describe('planRenewals (properties)', () => {
  it('never plans a renewal for a membership that is not Active or in grace', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 8 }), run, date, (members, r, asOf) => {
        const records = recordsOf(members);
        const items = planRenewals(contextFor(records, r, asOf));
        for (const item of items) {
          const row = records.members.find((m) => m.membershipId === item.membershipId);
          expect(['Active', 'Grace']).toContain(row?.status);
        }
      }),
    );
  });

  it('never ends a new term before it starts', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 8 }), run, date, fc.integer({ min: 1, max: 120 }), (members, r, asOf, months) => {
        for (const item of planRenewals(contextFor(recordsOf(members, months), r, asOf))) {
          expect(item.termStart).not.toBeNull();
          expect(item.termEnd as number).toBeGreaterThanOrEqual(item.termStart as number);
        }
      }),
    );
  });

  it('starts a rolling renewal the day after End Date when the member has not expired yet', () => {
    const notExpired = fc.record({ asOf: date, daysLeft: fc.integer({ min: 0, max: 400 }), lead: fc.integer({ min: 0, max: 400 }) });
    fc.assert(
      fc.property(notExpired, ({ asOf, daysLeft, lead }) => {
        const endDate = addDays(asOf, daysLeft);
        const records = makeRecords({ members: [makeMember({ startDate: addDays(endDate, -364), endDate })] });
        const items = planRenewals(contextFor(records, makeRun({ leadDays: lead }), asOf));
        // In the window exactly when R ≤ D + L.
        expect(items).toHaveLength(daysLeft + 1 <= lead ? 1 : 0);
        for (const item of items) expect(item.termStart).toBe(addDays(endDate, 1));
      }),
    );
  });
});
