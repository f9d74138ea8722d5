import { d, makeApplication, makeMember, makeProduct, makeRecords } from '../testing/recordBuilders';
import { date, post } from './testing/applyFixtures';

describe('applyPlan', () => {
  describe('activate', () => {
    it('appends an Active Members row and marks the application Activated', () => {
      const application = makeApplication({
        applicationId: 'APP-1',
        memberId: 'N1',
        name: 'Grace',
        email: 'grace@x.org',
        memberType: 'Student',
        requestedStart: d('2027-01-01'),
      });
      const { changes, batches } = post(makeRecords({ applications: [application] }));
      expect(changes.updates[0]).toEqual({ sheet: 'Applications', row: application.row, values: { Status: 'Activated' } });
      expect(changes.appends).toEqual([
        {
          sheet: 'Members',
          values: {
            'Member ID': 'N1',
            'Membership ID': 'N1',
            Name: 'Grace',
            Email: 'grace@x.org',
            'Member Type': 'Student',
            Status: 'Active',
            Product: 'Annual',
            'Start Date': date('2027-01-01'),
            'End Date': date('2027-12-31'),
            AutoPay: 'No',
          },
        },
      ]);
      expect(batches.activations).toEqual([
        {
          memberId: 'N1',
          name: 'Grace',
          email: 'grace@x.org',
          applicationId: 'APP-1',
          membershipId: 'N1',
          product: 'Annual',
          termStart: d('2027-01-01'),
          termEnd: d('2027-12-31'),
          invoiceId: null,
          amount: null,
          currency: null,
        },
      ]);
    });

    it('writes the Membership ID and product the plan chose, and a blank Member Type and Email as blank', () => {
      const gold = makeProduct({ product: 'Gold', termMonths: 1 });
      const existing = makeMember({ memberId: 'N1', membershipId: 'N1', product: 'Annual', endDate: d('2027-06-30') });
      const application = makeApplication({ applicationId: 'APP-2', memberId: 'N1', product: ' gold', memberType: null, email: null });
      const { changes, batches } = post(makeRecords({ members: [existing], products: [makeProduct(), gold], applications: [application] }));
      expect(changes.appends[0].values).toMatchObject({
        'Membership ID': 'N1-2',
        Product: 'Gold',
        'Member Type': null,
        Email: null,
        'Start Date': date('2026-11-21'),
        'End Date': date('2026-12-20'),
      });
      expect(batches.activations[0]).toMatchObject({ applicationId: 'APP-2', membershipId: 'N1-2', email: null });
    });

    it('activates nothing when the application is in error (already Active) or excluded', () => {
      const existing = makeMember({ memberId: 'N1', product: 'Annual', endDate: d('2027-06-30') });
      const records = makeRecords({
        members: [existing],
        applications: [makeApplication({ applicationId: 'APP-1', memberId: 'N1' }), makeApplication({ applicationId: 'APP-2', memberId: 'N2' })],
      });
      const { plan, changes, batches } = post(records, { excludedKeys: ['activate:APP-2'] });
      expect(plan.items.map((i) => [i.key, i.status])).toEqual([
        ['activate:APP-1', 'error'],
        ['activate:APP-2', 'excluded'],
      ]);
      expect(changes.appends).toEqual([]);
      expect(changes.updates.map((u) => u.sheet)).toEqual(['Runs']);
      expect(batches.activations).toEqual([]);
    });
  });
});
