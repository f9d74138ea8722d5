import type { LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { RunDefinition } from '../model/run';
import { createRunContext, RunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { planRenewals } from './planRenewals';

function contextFor(records: WorkbookRecords, run: RunDefinition, asOf: LocalDate): RunContext {
  return createRunContext(records, run, asOf);
}

const F = d('2027-01-01');
const asOf = d('2026-12-01');
const fixed = makeRun({ mode: 'fixed', effectiveDate: F });
const plan = (records: WorkbookRecords, run: RunDefinition = fixed, at: LocalDate = asOf) => planRenewals(contextFor(records, run, at));

describe('planRenewals (fixed year)', () => {
  it.each([
    ['the day before', '2026-12-31', 1],
    ['the day of', '2027-01-01', 0],
    ['the day after', '2027-01-02', 0],
  ])('renews a member whose End Date is %s the Effective Date (%s) only when it is before it', (_when, end, count) => {
    expect(plan(makeRecords({ members: [makeMember({ endDate: d(end) })] }))).toHaveLength(count);
  });

  it('starts every term on the Effective Date, whatever the End Date', () => {
    const members = [
      makeMember({ memberId: 'A', endDate: d('2026-12-31') }),
      makeMember({ memberId: 'B', endDate: d('2026-06-30') }),
      makeMember({ memberId: 'C', endDate: d('2025-01-31') }),
    ];
    for (const item of plan(makeRecords({ members }))) {
      expect(item).toMatchObject({ status: 'ready', termStart: F, dueDate: F, termEnd: d('2027-12-31'), amount: 120 });
    }
  });

  it('starts the term on the Effective Date when it is before D', () => {
    const late = makeRun({ mode: 'fixed', effectiveDate: d('2026-11-01') });
    const [item] = plan(makeRecords({ members: [makeMember({ endDate: d('2026-10-31') })] }), late);
    expect(item).toMatchObject({ termStart: d('2026-11-01'), termEnd: d('2027-10-31') });
  });

  it('plans nothing when the run has no Effective Date', () => {
    const run = makeRun({ mode: 'fixed', leadDays: 30, expiringBy: d('2030-01-01') });
    expect(plan(makeRecords({ members: [makeMember({ endDate: d('2026-12-31') })] }), run)).toEqual([]);
  });

  it('ignores the rolling window settings', () => {
    // Lead Days 1 would keep End Date 2026-12-31 out of a rolling run as of 2026-12-01.
    const run = makeRun({ mode: 'fixed', effectiveDate: F, leadDays: 1, expiryWindowDays: 0 });
    expect(plan(makeRecords({ members: [makeMember({ endDate: d('2026-12-31') })] }), run)).toHaveLength(1);
  });

  it('plans only Active members in the run scope', () => {
    const members = [
      makeMember({ memberId: 'ACTIVE', endDate: d('2026-12-31') }),
      makeMember({ memberId: 'EXPIRED', status: 'Expired', endDate: d('2026-12-31') }),
      makeMember({ memberId: 'OTHER-TYPE', memberType: 'Student', endDate: d('2026-12-31') }),
    ];
    const run = makeRun({ mode: 'fixed', effectiveDate: F, memberTypes: ['Regular'] });
    expect(plan(makeRecords({ members }), run).map((i) => i.key)).toEqual(['renew:ACTIVE']);
  });

  it.each([
    [1, 'the day before', '2026-12-31', 'Open'],
    [0, 'the day of', '2027-01-01', 'Open'],
    [0, 'the day after', '2027-01-02', 'Paid'],
    [1, 'the day of', '2027-01-01', 'Cancelled'],
  ] as const)('plans %i item(s) when an invoice starts %s the Effective Date (%s, %s)', (count, _when, start, status) => {
    const member = makeMember({ membershipId: 'MS-1', endDate: d('2026-06-30') });
    const invoices = [makeInvoice({ membershipId: 'MS-1', termStart: d(start), status })];
    expect(plan(makeRecords({ members: [member], invoices }))).toHaveLength(count);
  });

  // End Date 2026-10-31 → R = 2026-11-01; Drop After Days 30 → drop line 2026-12-01.
  it.each([
    ['the day before', '2026-11-30', 1],
    ['the day of', '2026-12-01', 0],
    ['the day after', '2026-12-02', 0],
  ])('leaves a member to the drop action when D is %s the drop line (%s)', (_when, at, count) => {
    const run = makeRun({ mode: 'fixed', effectiveDate: F, dropAfterDays: 30 });
    expect(plan(makeRecords({ members: [makeMember({ endDate: d('2026-10-31') })] }), run, d(at))).toHaveLength(count);
  });
});
