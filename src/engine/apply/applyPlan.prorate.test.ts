import type { Proration } from '../model/run';
import { d, makeApplication, makeMember, makeRecords, makeRun } from '../testing/recordBuilders';
import { date, post, RUN } from './testing/applyFixtures';

/** Aligned to 01-01; the application asks to start 2027-03-15 (D is 2026-11-21). */
const application = makeApplication({ applicationId: 'APP-1', memberId: 'N1', name: 'Grace', email: 'grace@x.org', requestedStart: d('2027-03-15') });
/** Renewed by the same post (End Date within the 30 lead days). */
const renewing = makeMember({ memberId: 'M1', membershipId: 'M1', endDate: d('2026-12-10') });
const records = makeRecords({ members: [renewing], applications: [application] });
const alignedRun = (proration: Proration, billActivations = true) => ({ ...RUN, alignTo: { month: 1, day: 1 }, proration, billActivations });

describe('applyPlan', () => {
  describe('activate with proration (SPEC §11)', () => {
    it.each<[Proration, number]>([
      ['monthly', 100],
      ['daily', 95.74], // 292 / 366 days: the full term from 2027-03-15 holds 2028-02-29
      ['none', 120],
    ])('appends an Open invoice for the aligned first term, %s: %p', (proration, amount) => {
      const { plan, changes, batches } = post(records, { run: alignedRun(proration), usedInvoiceIds: ['INV-000041'] });
      expect(plan.items.find((i) => i.key === 'activate:APP-1')).toMatchObject({ amount, termStart: d('2027-03-15'), termEnd: d('2027-12-31') });
      const invoices = changes.appends.filter((a) => a.sheet === 'Invoices');
      expect(invoices[0].values).toEqual({
        'Invoice ID': 'INV-000042',
        'Membership ID': 'N1',
        'Member ID': 'N1',
        'Run ID': 'NIGHTLY',
        'Bill Date': date('2026-11-21'),
        'Due Date': date('2027-03-15'),
        'Term Start': date('2027-03-15'),
        'Term End': date('2027-12-31'),
        Product: 'Annual',
        Amount: amount,
        Balance: amount,
        Status: 'Open',
        'Notices Sent': 0,
        'Last Notice Date': null,
        Attempts: 0,
        Currency: 'USD',
      });
      // The renewal posted with it takes the next Invoice ID.
      expect(invoices[1].values).toMatchObject({ 'Invoice ID': 'INV-000043', 'Membership ID': 'M1' });
      expect(changes.appends.find((a) => a.sheet === 'Members')?.values).toMatchObject({ 'End Date': date('2027-12-31') });
      expect(batches.activations).toEqual([expect.objectContaining({ invoiceId: 'INV-000042', amount, termEnd: d('2027-12-31') })]);
    });

    it('posts no invoice without Bill Activations, but still aligns the first term', () => {
      const { plan, changes, batches } = post(records, { run: alignedRun('monthly', false) });
      expect(plan.items.find((i) => i.key === 'activate:APP-1')).toMatchObject({ amount: null, dueDate: null, termEnd: d('2027-12-31') });
      expect(changes.appends.filter((a) => a.sheet === 'Invoices').map((a) => a.values['Membership ID'])).toEqual(['M1']);
      expect(batches.activations).toEqual([expect.objectContaining({ invoiceId: null, amount: null })]);
    });

    it('bills the Price for an unaligned first term', () => {
      const run = makeRun({ ...RUN, billActivations: true });
      const { changes } = post(makeRecords({ applications: [application] }), { run });
      expect(changes.appends.map((a) => [a.sheet, a.values['Term End'], a.values.Amount])).toEqual([
        ['Members', undefined, undefined],
        ['Invoices', date('2028-03-14'), 120],
      ]);
    });
  });
});
