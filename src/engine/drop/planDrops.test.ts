import fc from 'fast-check';
import { addDays, LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import { Member, MEMBER_STATUSES } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext, RunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { planDrops } from './planDrops';

const P = 30;
const END = d('2025-12-31');
const DROP_LINE = d('2026-01-31'); // R + P = 2026-01-01 + 30

function contextFor(records: WorkbookRecords, asOf: LocalDate, run: RunDefinition = makeRun({ dropAfterDays: P })): RunContext {
  return createRunContext(records, run, asOf);
}

function keysOf(records: WorkbookRecords, asOf: LocalDate, run?: RunDefinition): string[] {
  return planDrops(contextFor(records, asOf, run)).map((i) => i.key);
}

describe('planDrops', () => {
  it('plans a ready drop with the member and its open balance when past the drop line', () => {
    const member = makeMember({ membershipId: 'M1', memberId: 'A1', name: 'Ada', email: 'ada@x.org', product: 'Gold', endDate: END });
    const records = makeRecords({
      members: [member],
      invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'M1', termStart: d('2026-01-01'), balance: 120 })],
    });
    expect(planDrops(contextFor(records, DROP_LINE))).toEqual([
      {
        key: 'drop:M1',
        action: 'drop',
        status: 'ready',
        reason: null,
        memberId: 'A1',
        membershipId: 'M1',
        name: 'Ada',
        email: 'ada@x.org',
        product: 'Gold',
        newProduct: null,
        endDate: END,
        termStart: null,
        termEnd: null,
        dueDate: null,
        amount: 120,
        currency: 'USD',
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

  it.each([
    ['R + P − 1', -1, []],
    ['R + P', 0, ['drop:M1']],
    ['R + P + 1', 1, ['drop:M1']],
  ])('drops when D = %s → %j', (_label, offset, expected) => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: END })] });
    expect(keysOf(records, addDays(DROP_LINE, offset))).toEqual(expected);
  });

  it.each([
    // End Date, the last day not yet dropped, the first day dropped (P = 30)
    ['2024-02-28', '2024-03-29', '2024-03-30'], // R = leap day 2024-02-29
    ['2024-02-29', '2024-03-30', '2024-03-31'], // R = 2024-03-01
    ['2025-02-28', '2025-03-30', '2025-03-31'], // R = 2025-03-01
    ['2025-04-30', '2025-05-30', '2025-05-31'], // R = 2025-05-01
  ])('puts the drop line of End Date %s between %s and %s', (end, before, on) => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: d(end) })] });
    expect(keysOf(records, d(before))).toEqual([]);
    expect(keysOf(records, d(on))).toEqual(['drop:M1']);
  });

  it('plans nothing when the run has no Drop After Days', () => {
    const records = makeRecords({ members: [makeMember({ endDate: d('2020-01-01') })] });
    expect(keysOf(records, DROP_LINE, makeRun({ dropAfterDays: null }))).toEqual([]);
  });

  it('does not drop when a Paid invoice has Term Start after the End Date', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [makeInvoice({ membershipId: 'M1', status: 'Paid', balance: 0, termStart: d('2026-01-01') })],
    });
    expect(keysOf(records, DROP_LINE)).toEqual([]);
  });

  it.each([
    ['Paid, Term Start = End Date', 'Paid', '2025-12-31'],
    ['Paid, Term Start before End Date', 'Paid', '2025-01-01'],
    ['Open, Term Start after End Date', 'Open', '2026-01-01'],
    ['Cancelled, Term Start after End Date', 'Cancelled', '2026-01-01'],
    ['Credited, Term Start after End Date', 'Credited', '2026-01-01'],
  ] as const)('still drops when the invoice is %s', (_label, status, termStart) => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [makeInvoice({ membershipId: 'M1', status, termStart: d(termStart) })],
    });
    expect(keysOf(records, DROP_LINE)).toEqual(['drop:M1']);
  });

  it('ignores a Paid renewal of another membership', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [makeInvoice({ membershipId: 'M2', status: 'Paid', termStart: d('2026-01-01') })],
    });
    expect(keysOf(records, DROP_LINE)).toEqual(['drop:M1']);
  });

  it('sums the Balances of the open invoices only, to the cent', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [
        makeInvoice({ membershipId: 'M1', status: 'Open', balance: 0.1 }),
        makeInvoice({ membershipId: 'M1', status: 'Open', balance: 0.2 }),
        makeInvoice({ membershipId: 'M1', status: 'Cancelled', balance: 50 }),
        makeInvoice({ membershipId: 'M1', status: 'Paid', balance: 0, termStart: d('2025-01-01') }),
        makeInvoice({ membershipId: 'M2', status: 'Open', balance: 99 }),
      ],
    });
    expect(planDrops(contextFor(records, DROP_LINE))[0].amount).toBe(0.3);
  });

  it("states the open invoices' currency, their Currency cell first, when they share one", () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [makeInvoice({ membershipId: 'M1', status: 'Open', balance: 90, currency: 'EUR' })],
    });
    expect(planDrops(contextFor(records, DROP_LINE))[0]).toMatchObject({ status: 'ready', amount: 90, currency: 'EUR' });
  });

  it('is an error naming both currencies when the open invoices are in two', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [
        makeInvoice({ membershipId: 'M1', status: 'Open', balance: 90, currency: 'EUR' }),
        makeInvoice({ membershipId: 'M1', status: 'Open', balance: 120 }),
      ],
    });
    expect(planDrops(contextFor(records, DROP_LINE))[0]).toMatchObject({
      status: 'error',
      currency: null,
      reason: { code: 'OPEN_BALANCE_CURRENCIES', detail: { currencies: 'EUR, USD' } },
    });
  });

  it('has amount 0 when the membership has no open invoice', () => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: END })] });
    expect(planDrops(contextFor(records, DROP_LINE))[0].amount).toBe(0);
  });

  describe('with a payment attempt on an open invoice', () => {
    const TIMEOUT = 5; // DEFAULT_SETTINGS.reconcileTimeoutDays
    const withAttempt = (lastAttemptDate: LocalDate | null) =>
      makeRecords({
        members: [makeMember({ membershipId: 'M1', endDate: END })],
        invoices: [
          makeInvoice({ invoiceId: 'INV-7', membershipId: 'M1', termStart: d('2025-01-01'), status: 'Open' }),
          makeInvoice({ invoiceId: 'INV-12', membershipId: 'M1', lastAttemptStatus: 'Submitted', lastAttemptDate }),
        ],
      });

    it.each([
      ['D − timeout − 1 (timed out: counts as failed)', -TIMEOUT - 1, 'ready', null],
      ['D − timeout', -TIMEOUT, 'error', { code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: 'INV-12' } }],
      ['D', 0, 'error', { code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: 'INV-12' } }],
    ])('is %s → %s', (_label, offset, status, reason) => {
      const [item] = planDrops(contextFor(withAttempt(addDays(DROP_LINE, offset)), DROP_LINE));
      expect(item.status).toBe(status);
      expect(item.reason).toEqual(reason);
    });

    it('is an error when the in-flight attempt has no Last Attempt Date', () => {
      expect(planDrops(contextFor(withAttempt(null), DROP_LINE))[0].status).toBe('error');
    });

    it('uses the Reconcile Timeout Days setting', () => {
      const records = withAttempt(addDays(DROP_LINE, -TIMEOUT - 1));
      records.settings = { ...records.settings, reconcileTimeoutDays: TIMEOUT + 1 };
      expect(planDrops(contextFor(records, DROP_LINE))[0].status).toBe('error');
    });
  });

  it.each<[string, Partial<RunDefinition>, Partial<Member>, string[]]>([
    ['the member type is not in the run', { memberTypes: ['Student'] }, { memberType: 'Regular' }, []],
    ['the member type matches ignoring case', { memberTypes: ['student'] }, { memberType: 'Student ' }, ['drop:M1']],
    ['AutoPay only and the member has no AutoPay', { autoPay: 'only' }, { autoPay: false }, []],
    ['AutoPay only and the member has AutoPay', { autoPay: 'only' }, { autoPay: true }, ['drop:M1']],
    ['AutoPay excluded and the member has AutoPay', { autoPay: 'exclude' }, { autoPay: true }, []],
  ])('applies the run filters when %s', (_label, runOver, memberOver, expected) => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate: END, ...memberOver })] });
    expect(keysOf(records, DROP_LINE, makeRun({ dropAfterDays: P, ...runOver }))).toEqual(expected);
  });

  it('lists drops in Members sheet order', () => {
    const records = makeRecords({
      members: ['M3', 'M1', 'M2'].map((id) => makeMember({ membershipId: id, endDate: END })),
    });
    expect(keysOf(records, DROP_LINE)).toEqual(['drop:M3', 'drop:M1', 'drop:M2']);
  });

  it('never plans a drop for a member whose Status is not Active or the Grace Status', () => {
    const nonActive = fc.constantFrom(...MEMBER_STATUSES.filter((s) => s !== 'Active' && s !== 'Grace'));
    fc.assert(
      fc.property(
        nonActive,
        fc.integer({ min: -400, max: 400 }), // End Date relative to D
        fc.integer({ min: 0, max: 120 }), // Drop After Days
        fc.boolean(),
        (status, endOffset, p, withOpenInvoice) => {
          const member = makeMember({ membershipId: 'M1', status, endDate: addDays(DROP_LINE, endOffset) });
          const invoices = withOpenInvoice ? [makeInvoice({ membershipId: 'M1' })] : [];
          const records = makeRecords({ members: [member], invoices });
          return planDrops(contextFor(records, DROP_LINE, makeRun({ dropAfterDays: p }))).length === 0;
        },
      ),
    );
  });

  it('plans a drop only for memberships past the drop line', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 120 }), (endOffset, p) => {
        const endDate = addDays(DROP_LINE, endOffset);
        const records = makeRecords({ members: [makeMember({ membershipId: 'M1', endDate })] });
        const planned = planDrops(contextFor(records, DROP_LINE, makeRun({ dropAfterDays: p }))).length === 1;
        return planned === DROP_LINE >= endDate + 1 + p;
      }),
    );
  });

  it('does not change its inputs', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', endDate: END })],
      invoices: [makeInvoice({ membershipId: 'M1', lastAttemptStatus: 'Submitted', lastAttemptDate: DROP_LINE })],
    });
    const ctx = contextFor(records, DROP_LINE);
    const before = structuredClone(ctx);
    planDrops(ctx);
    expect(ctx).toEqual(before);
  });
});
