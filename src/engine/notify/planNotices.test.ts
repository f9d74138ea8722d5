import { addDays, LocalDate } from '../dates/localDate';
import type { WorkbookRecords } from '../gather/workbookRecords';
import type { Invoice, Member } from '../model/records';
import type { RunDefinition } from '../model/run';
import { createRunContext, Proposals, ProposedInvoice, RunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { planNotices } from './planNotices';

const D = d('2026-03-10');
const NO_PROPOSALS: Proposals = { droppedMembershipIds: new Set(), newInvoices: [] };

function contextFor(records: WorkbookRecords, run: RunDefinition = makeRun(), asOf: LocalDate = D): RunContext {
  return createRunContext(records, run, asOf);
}

/** One member M1 with one invoice; returns the notify items. */
function planOne(invoice: Partial<Invoice>, options: { member?: Partial<Member>; run?: Partial<RunDefinition>; proposals?: Proposals } = {}) {
  const records = makeRecords({
    members: [makeMember({ membershipId: 'M1', ...options.member })],
    invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'M1', ...invoice })],
  });
  return planNotices(contextFor(records, makeRun(options.run)), options.proposals ?? NO_PROPOSALS);
}

function proposal(over: Partial<ProposedInvoice> = {}): ProposedInvoice {
  return {
    itemKey: `renew:${over.membershipId ?? 'M1'}`,
    membershipId: 'M1',
    product: 'Gold',
    termStart: d('2026-04-01'),
    termEnd: d('2027-03-31'),
    dueDate: d('2026-04-01'),
    amount: 150,
    ...over,
  };
}

describe('planNotices', () => {
  it('plans a first notice on an open invoice that has had none', () => {
    const member = makeMember({ membershipId: 'M1', memberId: 'A1', name: 'Ada', email: 'ada@x.org', product: 'Silver', endDate: d('2025-12-31') });
    const invoice = makeInvoice({ invoiceId: 'INV-1', membershipId: 'M1', product: 'Gold', balance: 80, amount: 120 });
    const records = makeRecords({ members: [member], invoices: [invoice] });
    expect(planNotices(contextFor(records), NO_PROPOSALS)).toEqual([
      {
        key: 'notify:INV-1',
        action: 'notify',
        status: 'ready',
        reason: null,
        memberId: 'A1',
        membershipId: 'M1',
        name: 'Ada',
        email: 'ada@x.org',
        product: 'Gold',
        newProduct: null,
        endDate: d('2025-12-31'),
        termStart: invoice.termStart,
        termEnd: invoice.termEnd,
        dueDate: invoice.dueDate,
        amount: 80,
        currency: null,
        invoiceId: 'INV-1',
        noticeNumber: 1,
        noticeKind: 'first',
        dependsOn: null,
        memberRow: member.row,
        invoiceRow: invoice.row,
        applicationRow: null,
      },
    ]);
  });

  it.each([
    ['Last Notice + interval − 1', -1, []],
    ['Last Notice + interval', 0, [2]],
    ['Last Notice + interval + 1', 1, [2]],
  ])('sends notice 2 when D = %s → %j', (_label, offset, expected) => {
    const items = planOne({ noticesSent: 1, lastNoticeDate: addDays(D, -14 - offset) }, { run: { noticeIntervalDays: 14 } });
    expect(items.map((i) => i.noticeNumber)).toEqual(expected);
  });

  it('uses a 30-day interval when the run leaves Notice Interval Days blank', () => {
    expect(planOne({ noticesSent: 1, lastNoticeDate: addDays(D, -29) })).toEqual([]);
    expect(planOne({ noticesSent: 1, lastNoticeDate: addDays(D, -30) })).toHaveLength(1);
  });

  it('counts Notices Sent > 0 with a blank Last Notice Date as due', () => {
    expect(planOne({ noticesSent: 2, lastNoticeDate: null }).map((i) => i.noticeNumber)).toEqual([3]);
  });

  it.each([
    ['Max − 1', 2, [3]],
    ['Max', 3, []],
  ])('respects Max Notices when Notices Sent = %s → %j', (_label, noticesSent, expected) => {
    const items = planOne({ noticesSent, lastNoticeDate: addDays(D, -60) }, { run: { maxNotices: 3 } });
    expect(items.map((i) => i.noticeNumber)).toEqual(expected);
  });

  it.each([
    ['D + interval = Due + P − 1', -1, 'reminder'],
    ['D + interval = Due + P', 0, 'final'],
    ['D + interval = Due + P + 1', 1, 'final'],
  ])('gives notice 2 its kind when %s → %s', (_label, offset, kind) => {
    // D + 30 = Due + 60 + offset  ⇔  Due = D − 30 − offset
    const dueDate = addDays(D, -30 - offset);
    const [item] = planOne({ dueDate, noticesSent: 1, lastNoticeDate: null }, { run: { dropAfterDays: 60 } });
    expect(item.noticeKind).toBe(kind);
  });

  it('never sends a final notice in a run without Drop After Days', () => {
    const [item] = planOne({ dueDate: addDays(D, -1000), noticesSent: 4, lastNoticeDate: null });
    expect(item.noticeKind).toBe('reminder');
  });

  it.each([
    ['Paid', { status: 'Paid', balance: 0 }],
    ['Cancelled', { status: 'Cancelled', balance: 120 }],
    ['Credited', { status: 'Credited', balance: 120 }],
    ['Open with Balance 0', { status: 'Open', balance: 0 }],
  ] as const)('plans nothing for an invoice that is %s', (_label, invoice) => {
    expect(planOne(invoice)).toEqual([]);
  });

  it('plans nothing for a membership dropped by this run', () => {
    const proposals: Proposals = { droppedMembershipIds: new Set(['M1']), newInvoices: [proposal()] };
    expect(planOne({}, { proposals })).toEqual([]);
  });

  it.each([
    ['Dropped', 'Dropped', []],
    ['Cancelled', 'Dropped', []],
    ['Expired', 'Dropped', ['notify:INV-1']],
    ['Pending', 'Dropped', ['notify:INV-1']],
    ['Expired', 'expired', []], // the Dropped Status setting, ignoring case
  ] as const)('when the Members row Status is %s (Dropped Status %s) → %j', (status, droppedStatus, expected) => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1', status })],
      invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'M1' })],
    });
    records.settings = { ...records.settings, droppedStatus };
    expect(planNotices(contextFor(records), NO_PROPOSALS).map((i) => i.key)).toEqual(expected);
  });

  it('gives an invoice the run proposes notice 1, kind first, depending on its renew item', () => {
    const member = makeMember({ membershipId: 'M1', memberId: 'A1', name: 'Ada', email: 'ada@x.org', endDate: d('2026-03-31') });
    const records = makeRecords({ members: [member] });
    const proposals: Proposals = { droppedMembershipIds: new Set(), newInvoices: [proposal({ itemKey: 'renew:M1' })] };
    const run = makeRun({ dropAfterDays: 1 }); // past the "final" line: number 1 is still first
    expect(planNotices(contextFor(records, run), proposals)).toEqual([
      expect.objectContaining({
        key: 'notify:new:M1',
        status: 'ready',
        invoiceId: null,
        invoiceRow: null,
        dependsOn: 'renew:M1',
        noticeNumber: 1,
        noticeKind: 'first',
        memberId: 'A1',
        product: 'Gold',
        endDate: d('2026-03-31'),
        termStart: d('2026-04-01'),
        termEnd: d('2027-03-31'),
        dueDate: d('2026-04-01'),
        amount: 150,
        memberRow: member.row,
      }),
    ]);
  });

  it('plans no notice on a proposed invoice of amount 0', () => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1' })] });
    const proposals: Proposals = { droppedMembershipIds: new Set(), newInvoices: [proposal({ amount: 0 })] };
    expect(planNotices(contextFor(records), proposals)).toEqual([]);
  });

  it('lists existing invoices in sheet order, then proposed ones in proposal order', () => {
    const members = ['M1', 'M2', 'M3', 'M4'].map((id) => makeMember({ membershipId: id }));
    const invoices = [makeInvoice({ invoiceId: 'INV-9', membershipId: 'M2' }), makeInvoice({ invoiceId: 'INV-3', membershipId: 'M1' })];
    const proposals: Proposals = {
      droppedMembershipIds: new Set(),
      newInvoices: [proposal({ membershipId: 'M4' }), proposal({ membershipId: 'M3' })],
    };
    const keys = planNotices(contextFor(makeRecords({ members, invoices })), proposals).map((i) => i.key);
    expect(keys).toEqual(['notify:INV-9', 'notify:INV-3', 'notify:new:M4', 'notify:new:M3']);
  });

  it('reports an invoice whose Membership ID has no Members row as an error', () => {
    const records = makeRecords({ invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'GHOST', memberId: 'A9' })] });
    const [item] = planNotices(contextFor(records), NO_PROPOSALS);
    expect(item).toEqual(
      expect.objectContaining({
        key: 'notify:INV-1',
        status: 'error',
        reason: { code: 'MEMBERSHIP_NOT_FOUND', detail: { membershipId: 'GHOST' } },
        memberId: 'A9',
        name: null,
        memberRow: null,
      }),
    );
  });

  it.each([
    ['no Email', null],
    ['a blank Email', '  '],
  ])('warns when the member has %s', (_label, email) => {
    const [item] = planOne({}, { member: { email } });
    expect(item.status).toBe('warning');
    expect(item.reason).toEqual({ code: 'NO_EMAIL' });
    expect(item.email).toBeNull();
  });

  it.each<[string, Partial<RunDefinition>, Partial<Member>, number]>([
    ['the member type is not in the run', { memberTypes: ['Student'] }, { memberType: 'Regular' }, 0],
    ['the member type is in the run', { memberTypes: ['Student', 'Regular'] }, { memberType: 'regular' }, 1],
    ['AutoPay only and the member has no AutoPay', { autoPay: 'only' }, { autoPay: false }, 0],
    ['AutoPay excluded and the member has AutoPay', { autoPay: 'exclude' }, { autoPay: true }, 0],
    ['AutoPay excluded and the member has no AutoPay', { autoPay: 'exclude' }, { autoPay: false }, 1],
  ])('applies the run filters when %s', (_label, run, member, count) => {
    expect(planOne({}, { run, member })).toHaveLength(count);
  });

  it('applies the run filters to proposed invoices too', () => {
    const records = makeRecords({ members: [makeMember({ membershipId: 'M1', autoPay: true })] });
    const proposals: Proposals = { droppedMembershipIds: new Set(), newInvoices: [proposal()] };
    expect(planNotices(contextFor(records, makeRun({ autoPay: 'exclude' })), proposals)).toEqual([]);
  });

  it('does not change its inputs', () => {
    const records = makeRecords({
      members: [makeMember({ membershipId: 'M1' }), makeMember({ membershipId: 'M2', email: null })],
      invoices: [makeInvoice({ membershipId: 'M1', noticesSent: 1, lastNoticeDate: addDays(D, -40) })],
    });
    const ctx = contextFor(records, makeRun({ dropAfterDays: 30 }));
    const proposals: Proposals = { droppedMembershipIds: new Set(['M3']), newInvoices: [proposal({ membershipId: 'M2' })] };
    const before = structuredClone({ ctx, proposals });
    expect(planNotices(ctx, proposals)).toHaveLength(2);
    expect({ ctx, proposals }).toEqual(before);
  });
});
