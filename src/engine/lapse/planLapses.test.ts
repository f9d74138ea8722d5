import { addDays, type LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { MemberStatus } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { planLapses } from './planLapses';

const D = d('2026-11-30');
const lapseRun = makeRun({ actions: ['lapse'] });
const keysOf = (records: WorkbookRecords, asOf: LocalDate = D, run: RunDefinition = lapseRun) =>
  planLapses(createRunContext(records, run, asOf)).map((i) => i.key);

describe('planLapses', () => {
  it('plans a ready lapse with the membership it moves into grace', () => {
    const member = makeMember({ memberId: 'A1', membershipId: 'M1', name: 'Ada', email: 'ada@x.org', product: 'Gold', endDate: d('2026-11-29') });
    expect(planLapses(createRunContext(makeRecords({ members: [member] }), lapseRun, D))).toEqual([
      expect.objectContaining({
        key: 'lapse:M1',
        action: 'lapse',
        status: 'ready',
        reason: null,
        memberId: 'A1',
        membershipId: 'M1',
        name: 'Ada',
        email: 'ada@x.org',
        product: 'Gold',
        endDate: d('2026-11-29'),
        memberRow: member.row,
        amount: null,
      }),
    ]);
  });

  // End Date is the last day paid for: the member lapses the day after it, not on it.
  it.each([
    ['D − 1', -1, ['lapse:M1']],
    ['D', 0, []],
    ['D + 1', 1, []],
  ])('lapses when End Date = %s → %j', (_label, offset, expected) => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: addDays(D, offset) })] });
    expect(keysOf(records)).toEqual(expected);
  });

  it.each<[string, 'Paid' | 'Open', string, string[]]>([
    ['a Paid invoice with Term Start after End Date', 'Paid', '2026-11-30', []],
    ['a Paid invoice with Term Start = End Date', 'Paid', '2026-11-29', ['lapse:M1']],
    ['an Open invoice with Term Start after End Date', 'Open', '2026-11-30', ['lapse:M1']],
  ])('with %s → %j', (_label, status, termStart, expected) => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: d('2026-11-29') })],
      invoices: [makeInvoice({ membershipId: 'M1', status, termStart: d(termStart) })],
    });
    expect(keysOf(records)).toEqual(expected);
  });

  it.each<[MemberStatus, string[]]>([
    ['Active', ['lapse:M1']],
    ['Grace', []], // already in grace: not lapsed again
    ['Expired', []],
    ['Dropped', []],
    ['Pending', []],
  ])('lapses a membership with Status %s → %j', (status, expected) => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', status, endDate: d('2026-01-01') })] });
    expect(keysOf(records)).toEqual(expected);
  });

  it.each([
    ['the run also drops and the drop line is reached', ['lapse', 'drop'], []],
    ['the run does not drop', ['lapse'], ['lapse:M1']],
  ] as const)('leaves a membership past its drop line to the drop when %s → %j', (_label, actions, expected) => {
    // End Date 2026-09-30: R + 60 = 2026-11-30 = D.
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: d('2026-09-30') })] });
    expect(keysOf(records, D, makeRun({ actions: [...actions], dropAfterDays: 60 }))).toEqual(expected);
  });

  it('applies the run filters', () => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', memberType: 'Regular', endDate: d('2026-11-01') })] });
    expect(keysOf(records, D, makeRun({ actions: ['lapse'], memberTypes: ['Student'] }))).toEqual([]);
  });

  it('does not change the records it reads', () => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: d('2026-11-01') })] });
    const before = structuredClone(records);
    keysOf(records);
    expect(records).toEqual(before);
  });
});
