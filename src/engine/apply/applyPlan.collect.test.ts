import { gather } from '../gather/gatheredState';
import { planRun } from '../plan/planRun';
import { d, makeInvoice, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { applyPlan } from './applyPlan';

describe('applyPlan', () => {
  it('records a collect item’s attempt and puts it in the payment batch', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'A', membershipId: 'A', autoPay: true, name: 'Ada', email: 'ada@example.org' })],
      invoices: [
        makeInvoice({
          row: 7,
          invoiceId: 'INV-1',
          membershipId: 'A',
          dueDate: d('2026-11-01'),
          balance: 80,
          attempts: 1,
          lastAttemptStatus: 'Failed',
          lastAttemptDate: d('2026-11-10'),
          lastAttemptReason: 'Insufficient funds',
        }),
      ],
    });
    const plan = planRun({ records, run: makeRun({ actions: ['collect'] }), asOf: d('2026-11-21') });
    const { changes, batches } = applyPlan({ plan, state: gather(records), executedAt: '2026-11-21T02:00:00Z' });
    expect(changes.updates).toContainEqual({
      sheet: 'Invoices',
      row: 7,
      values: { Attempts: 2, 'Last Attempt Date': { date: d('2026-11-21') }, 'Last Attempt Status': 'Submitted', 'Last Attempt Reason': null },
    });
    expect(batches.payments).toEqual([
      {
        memberId: 'A',
        name: 'Ada',
        email: 'ada@example.org',
        invoiceId: 'INV-1',
        membershipId: 'A',
        dueDate: d('2026-11-01'),
        attempt: 2,
        amount: 80,
        currency: 'USD',
        bank: null,
      },
    ]);
  });
});
