import type { PlanItem } from '../model/planItem';
import { gather } from '../gather/gatheredState';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { date, EXECUTED_AT, post, RUN } from './testing/applyFixtures';
import { applyPlan } from './applyPlan';

/** Member A was renewed already: INV-000005 (due 2026-12-02) awaits payment. */
function renewedMember(over: Parameters<typeof makeInvoice>[0] = {}) {
  const member = makeMember({ memberId: 'A', membershipId: 'A', endDate: d('2026-12-01') });
  const invoice = makeInvoice({ invoiceId: 'INV-000005', membershipId: 'A', termStart: d('2026-12-02'), dueDate: d('2026-12-02'), balance: 80, ...over });
  return { member, invoice, records: makeRecords({ members: [member], invoices: [invoice] }) };
}

describe('applyPlan', () => {
  describe('notify', () => {
    it.each([
      ['its first notice', 0, null, 1, 'first'],
      ['a reminder', 1, '2026-11-01', 2, 'reminder'],
    ] as const)('records %s on the existing invoice row', (_name, sent, last, number, kind) => {
      const { invoice, records } = renewedMember({ noticesSent: sent, lastNoticeDate: last && d(last) });
      const { changes, batches } = post(records);
      expect(changes.updates[0]).toEqual({ sheet: 'Invoices', row: invoice.row, values: { 'Notices Sent': number, 'Last Notice Date': date('2026-11-21') } });
      expect(changes.appends).toEqual([]);
      expect(batches.notices).toEqual([
        {
          memberId: 'A',
          name: 'Ada Lovelace',
          email: 'ada@example.org',
          invoiceId: 'INV-000005',
          membershipId: 'A',
          noticeNumber: number,
          noticeKind: kind,
          dueDate: d('2026-12-02'),
          amount: 80,
          currency: 'USD',
        },
      ]);
    });

    it('posts a notice with a null email in the batch when the member has no Email (warning)', () => {
      const member = makeMember({ memberId: 'A', membershipId: 'A', endDate: d('2026-12-01'), email: null });
      const invoice = makeInvoice({ invoiceId: 'INV-000005', membershipId: 'A', termStart: d('2026-12-02') });
      const { plan, batches } = post(makeRecords({ members: [member], invoices: [invoice] }));
      expect(plan.items.map((i) => i.status)).toEqual(['warning']);
      expect(batches.notices).toEqual([expect.objectContaining({ invoiceId: 'INV-000005', email: null })]);
    });

    it('writes no notice when staff excluded it', () => {
      const { changes, batches } = post(renewedMember().records, { excludedKeys: ['notify:INV-000005'] });
      expect(changes.updates.map((u) => u.sheet)).toEqual(['Runs']);
      expect(batches.notices).toEqual([]);
    });

    it.each<[string, (items: PlanItem[]) => PlanItem[]]>([
      ['excluded', (items) => items.map((i) => (i.action === 'renew' ? ({ ...i, status: 'excluded' } as PlanItem) : i))],
      ['an error', (items) => items.map((i) => (i.action === 'renew' ? ({ ...i, status: 'error' } as PlanItem) : i))],
      ['not in the plan', (items) => items.filter((i) => i.action !== 'renew')],
    ])('writes nothing for a notice on a new invoice when its renewal is %s', (_name, edit) => {
      const records = makeRecords({ members: [makeMember({ memberId: 'A', membershipId: 'A', endDate: d('2026-12-01') })] });
      const { plan } = post(records, { run: makeRun({ ...RUN, actions: ['renew', 'notify'] }) });
      expect(plan.items.map((i) => [i.key, i.status])).toEqual([
        ['renew:A', 'ready'],
        ['notify:new:A', 'ready'],
      ]);
      // Planning gives an excluded renewal no notice, so only an edited plan or a bug gets here;
      // posting must still never write a notice on an invoice that is not appended.
      const applied = applyPlan({ plan: { ...plan, items: edit(plan.items) }, state: gather(records), executedAt: EXECUTED_AT });
      expect(applied.changes.appends).toEqual([]);
      expect(applied.changes.updates.map((u) => u.sheet)).toEqual(['Runs']);
      expect(applied.batches.notices).toEqual([]);
    });

    it('cannot be given a notice on an existing invoice without its row (the item types rule it out)', () => {
      const { records } = renewedMember();
      const { plan } = post(records);
      const notice = plan.items[0];
      if (notice.action !== 'notify' || notice.dependsOn !== null) throw new Error('expected a notice on an existing invoice');
      // @ts-expect-error -- a notice on an existing invoice always has its Invoices row
      const broken: typeof notice = { ...notice, invoiceRow: null };
      expect(broken.invoiceRow).toBeNull();
    });
  });
});
