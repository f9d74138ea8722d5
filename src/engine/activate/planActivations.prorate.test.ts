import type { Proration } from '../model/run';
import { createRunContext } from '../plan/runContext';
import { d, makeApplication, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { planActivations } from './planActivations';

const D = d('2026-03-01');
const billingRun = (proration: Proration) => makeRun({ actions: ['activate'], alignTo: { month: 1, day: 1 }, proration, billActivations: true });

describe('planActivations with proration (SPEC §11)', () => {
  it.each<[string, number, Proration, number, string]>([
    // Requested Start, Term Months (Price 10 × Term Months), Proration, amount, term end
    ['2026-03-01', 12, 'monthly', 100, '2026-12-31'],
    ['2026-03-15', 12, 'daily', 96, '2026-12-31'],
    ['2026-04-30', 24, 'monthly', 90, '2026-12-31'],
    ['2026-01-01', 1, 'none', 10, '2026-12-31'], // D is later: the term starts 2026-03-01
    ['2027-01-01', 12, 'monthly', 120, '2027-12-31'], // the alignment day: a full year
  ])('plans an application starting %s (Term Months %p, %s) at %p, ending %s', (start, termMonths, proration, amount, end) => {
    const records = makeRecords({
      products: [makeProduct({ price: 10 * termMonths, termMonths })],
      applications: [makeApplication({ applicationId: 'APP-1', requestedStart: d(start) })],
    });
    const [item] = planActivations(createRunContext(records, billingRun(proration), D));
    expect(item).toMatchObject({ status: 'ready', amount, termEnd: d(end) });
    expect(item.dueDate).toBe(item.termStart);
  });

  it('gives a blocked activation no amount', () => {
    const records = makeRecords({
      members: [makeMember({ memberId: 'N-1', product: 'Annual', endDate: d('2026-12-31') })],
      applications: [makeApplication({ applicationId: 'APP-1', memberId: 'N-1' })],
    });
    const [item] = planActivations(createRunContext(records, billingRun('monthly'), D));
    expect(item).toMatchObject({ status: 'error', amount: null, dueDate: null });
  });
});
