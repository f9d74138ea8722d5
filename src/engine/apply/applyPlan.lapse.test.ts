import type { Member } from '../model/records';
import { planRun } from '../plan/planRun';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { D, post, RUN } from './testing/applyFixtures';

const lapseRun = { ...RUN, actions: [...RUN.actions, 'lapse' as const] };
/** End Date 2026-11-20 = D − 1, no paid renewal: lapses as of D (and the renewal is billed too). */
const overdue = (over: Partial<Member> = {}) => makeMember({ memberId: 'B', membershipId: 'B', product: 'Annual', endDate: d('2026-11-20'), ...over });

describe('applyPlan', () => {
  describe('lapse', () => {
    it('writes the Grace Status on the Members row and adds the row to the Lapses batch', () => {
      const member = overdue();
      const { plan, changes, batches } = post(makeRecords({ members: [member] }), { run: lapseRun });
      expect(plan.items.map((i) => i.key)).toEqual(['renew:B', 'lapse:B', 'notify:new:B']);
      expect(changes.updates.filter((u) => u.sheet === 'Members')).toEqual([{ sheet: 'Members', row: member.row, values: { Status: 'Grace' } }]);
      expect(batches.lapses).toEqual([
        { memberId: 'B', name: 'Ada Lovelace', email: 'ada@example.org', membershipId: 'B', product: 'Annual', endDate: d('2026-11-20') },
      ]);
    });

    it('writes the Grace Status setting when it is set', () => {
      const records = makeRecords({ members: [overdue()] });
      records.settings = { ...records.settings, graceStatus: 'Overdue' };
      expect(post(records, { run: lapseRun }).changes.updates.find((u) => u.sheet === 'Members')?.values).toEqual({ Status: 'Overdue' });
    });

    it('does not lapse in a run whose Actions leave lapse out', () => {
      const { batches } = post(makeRecords({ members: [overdue()] }));
      expect(batches.lapses).toEqual([]);
    });
  });

  // SPEC §11: grace memberships are renewed, notified, collected and dropped as if Active.
  describe('a membership in grace', () => {
    const keys = (records: ReturnType<typeof makeRecords>, run = lapseRun) => planRun({ records, run, asOf: D }).items.map((i) => i.key);

    it('is renewed like an Active one', () => {
      const grace = makeRecords({ members: [overdue({ status: 'Grace' })] });
      expect(keys(grace)).toEqual(['renew:B', 'notify:new:B']);
    });

    it('is notified on its open invoice like an Active one', () => {
      const records = makeRecords({
        members: [overdue({ status: 'Grace' })],
        invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'B', termStart: d('2026-11-21'), dueDate: d('2026-11-21') })],
      });
      expect(keys(records)).toEqual(['notify:INV-1']);
    });

    it('is dropped past its drop line like an Active one, and loses its Member Type', () => {
      const member = overdue({ status: 'Grace', endDate: d('2026-09-21'), memberType: 'Regular' });
      const { plan, changes } = post(makeRecords({ members: [member] }), { run: lapseRun });
      expect(plan.items.map((i) => i.key)).toEqual(['drop:B']);
      expect(changes.updates[0].values).toMatchObject({ Status: 'Dropped', 'Member Type': 'Non-Member' });
    });

    it('is collected like an Active one', () => {
      const records = makeRecords({
        members: [overdue({ status: 'Grace', autoPay: true })],
        invoices: [makeInvoice({ invoiceId: 'INV-1', membershipId: 'B', termStart: d('2026-11-21'), dueDate: d('2026-11-21') })],
      });
      const plan = planRun({ records, run: makeRun({ actions: ['collect'] }), asOf: D });
      expect(plan.items.map((i) => [i.key, i.status])).toEqual([['collect:INV-1', 'ready']]);
    });

    it('keeps another membership of the member from the Non-Member Type when a drop ends one', () => {
      const dropped = overdue({ endDate: d('2026-09-21'), memberType: 'Regular' });
      const graceOther = overdue({ membershipId: 'B-2', product: 'Gold', status: 'Grace', endDate: d('2026-11-19') });
      const { changes } = post(makeRecords({ members: [dropped, graceOther] }), { run: { ...RUN, actions: ['drop'] } });
      expect(changes.updates[0].values).not.toHaveProperty('Member Type');
    });
  });
});
