import type { Member } from '../model/records';
import { d, makeApplication, makeInvoice, makeMember, makeProduct, makeRecords } from '../testing/recordBuilders';
import { D, date, post } from './testing/applyFixtures';
import type { RowUpdate } from './changeSet';

/** Past the drop line as of D: R + 60 = 2026-11-21. */
const lapsed = (over: Partial<Member> = {}) => makeMember({ memberId: 'B', membershipId: 'B', product: 'Annual', endDate: d('2026-09-21'), ...over });
/** Active with a term well ahead of D: neither renewed nor dropped. */
const current = (over: Partial<Member> = {}) => makeMember({ memberId: 'B', membershipId: 'B-2', product: 'Gold', endDate: d('2027-06-30'), ...over });
const membersUpdates = (updates: RowUpdate[]) => updates.filter((u) => u.sheet === 'Members');

describe('applyPlan', () => {
  describe('drop', () => {
    it('drops the membership, cancels its Open invoices only, and reports the cancelled balance', () => {
      const member = lapsed({ memberType: 'Regular' });
      const open = makeInvoice({ invoiceId: 'INV-000010', membershipId: 'B', termStart: d('2026-09-22'), balance: 120 });
      const olderOpen = makeInvoice({ invoiceId: 'INV-000004', membershipId: 'B', termStart: d('2025-09-22'), balance: 30 });
      const paid = makeInvoice({ invoiceId: 'INV-000003', membershipId: 'B', termStart: d('2024-09-22'), status: 'Paid', balance: 0 });
      const cancelled = makeInvoice({ invoiceId: 'INV-000002', membershipId: 'B', termStart: d('2026-09-22'), status: 'Cancelled', balance: 0 });
      const records = makeRecords({ members: [member], invoices: [open, paid, olderOpen, cancelled] });
      const { changes, batches } = post(records);
      expect(changes.updates).toEqual([
        { sheet: 'Members', row: member.row, values: { Status: 'Dropped', 'Termination Date': date('2026-11-21'), 'Member Type': 'Non-Member' } },
        { sheet: 'Invoices', row: open.row, values: { Status: 'Cancelled', Balance: 0 } },
        { sheet: 'Invoices', row: olderOpen.row, values: { Status: 'Cancelled', Balance: 0 } },
        expect.objectContaining({ sheet: 'Runs' }),
      ]);
      expect(changes.appends).toEqual([]);
      expect(batches.drops).toEqual([
        {
          memberId: 'B',
          name: 'Ada Lovelace',
          email: 'ada@example.org',
          membershipId: 'B',
          product: 'Annual',
          endDate: d('2026-09-21'),
          terminationDate: D,
          amount: 150,
          currency: 'USD',
        },
      ]);
      expect(batches.notices).toEqual([]);
    });

    it('drops for an amount of 0 when the membership has no invoices', () => {
      const { changes, batches } = post(makeRecords({ members: [lapsed()] }));
      expect(changes.updates.map((u) => u.sheet)).toEqual(['Members', 'Runs']);
      expect(batches.drops).toEqual([expect.objectContaining({ membershipId: 'B', amount: 0 })]);
    });

    it('writes the Dropped Status and Non-Member Type settings when they are set', () => {
      const records = makeRecords({ members: [lapsed()] });
      records.settings = { ...records.settings, droppedStatus: 'Lapsed', nonMemberType: 'Friend' };
      expect(membersUpdates(post(records).changes.updates)[0].values).toEqual({
        Status: 'Lapsed',
        'Termination Date': date('2026-11-21'),
        'Member Type': 'Friend',
      });
    });

    describe('Member Type', () => {
      const gold = makeProduct({ product: 'Gold', price: 200 });
      /** Each dropped row's Membership ID and the Member Type written on it ('kept' when none). */
      const memberTypes = (members: Member[], updates: RowUpdate[]) =>
        membersUpdates(updates).map((u) => [members.find((m) => m.row === u.row)?.membershipId, u.values['Member Type'] ?? 'kept']);

      it.each<[string, Member[], string[], (string | undefined)[][]]>([
        ['keeps it when the member has another Active membership', [lapsed(), current()], [], [['B', 'kept']]],
        ['makes it Non-Member when the other membership is not Active', [lapsed(), current({ status: 'Expired' })], [], [['B', 'Non-Member']]],
        ["makes it Non-Member when the other membership is another member's", [lapsed(), current({ memberId: 'C' })], [], [['B', 'Non-Member']]],
        [
          'makes both rows Non-Member when both are dropped in this post',
          [lapsed(), lapsed({ membershipId: 'B-2', product: 'Gold' })],
          [],
          [
            ['B', 'Non-Member'],
            ['B-2', 'Non-Member'],
          ],
        ],
        ['keeps it when the other drop is excluded', [lapsed(), lapsed({ membershipId: 'B-2', product: 'Gold' })], ['drop:B-2'], [['B', 'kept']]],
      ])('%s', (_name, members, excludedKeys, expected) => {
        const records = makeRecords({ members, products: [makeProduct(), gold] });
        expect(memberTypes(members, post(records, { excludedKeys }).changes.updates)).toEqual(expected);
      });

      it.each([
        ['keeps it when this post activates a membership for the same member', [], false],
        ['makes it Non-Member when the activation is excluded', ['activate:APP-1'], true],
      ])('%s', (_name, excludedKeys, becomesNonMember) => {
        const application = makeApplication({ applicationId: 'APP-1', memberId: 'B', product: 'Gold' });
        const records = makeRecords({ members: [lapsed()], products: [makeProduct(), gold], applications: [application] });
        const [update] = membersUpdates(post(records, { excludedKeys }).changes.updates);
        expect('Member Type' in update.values).toBe(becomesNonMember);
      });
    });
  });
});
