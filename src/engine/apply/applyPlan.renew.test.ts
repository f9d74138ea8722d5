import { d, makeInvoice, makeMember, makeProduct, makeRecords, makeRun } from '../testing/recordBuilders';
import { D, date, EXECUTED_AT, post, RUN } from './testing/applyFixtures';
import type { RowAppend } from './changeSet';

const renewing = (id: string) => makeMember({ memberId: id, membershipId: id, endDate: d('2026-12-01') });
/** A paid invoice of a membership nobody renews: it only holds an Invoice ID. */
const used = (invoiceId: string) => makeInvoice({ invoiceId, membershipId: 'OLD', status: 'Paid', balance: 0 });
const invoiceIds = (appends: RowAppend[]) => appends.map((a) => a.values['Invoice ID']);

describe('applyPlan', () => {
  describe('renew', () => {
    it('appends an Open invoice for the new term, with its first notice, when the run also notifies', () => {
      const { changes, batches } = post(makeRecords({ members: [renewing('A')] }));
      expect(changes.appends).toEqual([
        {
          sheet: 'Invoices',
          values: {
            'Invoice ID': 'INV-000001',
            'Membership ID': 'A',
            'Member ID': 'A',
            'Run ID': 'NIGHTLY',
            'Bill Date': date('2026-11-21'),
            'Due Date': date('2026-12-02'),
            'Term Start': date('2026-12-02'),
            'Term End': date('2027-12-01'),
            Product: 'Annual',
            Amount: 120,
            Balance: 120,
            Status: 'Open',
            'Notices Sent': 1,
            'Last Notice Date': date('2026-11-21'),
            Attempts: 0,
            Currency: 'USD',
          },
        },
      ]);
      expect(batches.invoices).toEqual([
        {
          memberId: 'A',
          name: 'Ada Lovelace',
          email: 'ada@example.org',
          invoiceId: 'INV-000001',
          membershipId: 'A',
          product: 'Annual',
          billDate: D,
          dueDate: d('2026-12-02'),
          termStart: d('2026-12-02'),
          termEnd: d('2027-12-01'),
          amount: 120,
          currency: 'USD',
        },
      ]);
      expect(batches.notices).toEqual([
        {
          memberId: 'A',
          name: 'Ada Lovelace',
          email: 'ada@example.org',
          invoiceId: 'INV-000001',
          membershipId: 'A',
          noticeNumber: 1,
          noticeKind: 'first',
          dueDate: d('2026-12-02'),
          amount: 120,
          currency: 'USD',
        },
      ]);
    });

    it.each([
      ['the run does not notify', { run: makeRun({ ...RUN, actions: ['renew'] }) }],
      ['staff excluded the notice', { excludedKeys: ['notify:new:A'] }],
    ])('appends the invoice with no notice when %s', (_name, options) => {
      const { changes, batches } = post(makeRecords({ members: [renewing('A')] }), options);
      expect(changes.appends).toEqual([
        { sheet: 'Invoices', values: expect.objectContaining({ 'Invoice ID': 'INV-000001', 'Notices Sent': 0, 'Last Notice Date': null }) },
      ]);
      expect(batches.invoices).toHaveLength(1);
      expect(batches.notices).toEqual([]);
    });

    it('writes the product currency on the invoice and its batch rows when the product is priced in EUR', () => {
      const records = makeRecords({
        products: [makeProduct({ product: 'Annual EU', price: 90, currency: 'EUR' })],
        members: [{ ...renewing('A'), product: 'Annual EU' }],
      });
      const { changes, batches } = post(records);
      expect(changes.appends[0].values).toMatchObject({ Product: 'Annual EU', Amount: 90, Currency: 'EUR' });
      expect(batches.invoices.map((r) => r.currency)).toEqual(['EUR']);
      expect(batches.notices.map((r) => r.currency)).toEqual(['EUR']);
    });

    it('leaves Member ID, Name and Email of the batch row as the Members row has them, email null when blank', () => {
      const member = makeMember({ memberId: 'P-1', membershipId: 'P-1-2', name: 'Ada', email: null, endDate: d('2026-12-01') });
      const { changes, batches } = post(makeRecords({ members: [member] }));
      expect(changes.appends[0].values).toMatchObject({ 'Member ID': 'P-1', 'Membership ID': 'P-1-2', 'Notices Sent': 1 });
      expect(batches.invoices[0]).toMatchObject({ memberId: 'P-1', name: 'Ada', email: null });
      expect(batches.notices[0]).toMatchObject({ memberId: 'P-1', invoiceId: 'INV-000001', email: null });
    });
  });

  describe('Invoice IDs', () => {
    it.each<[string, string[], string]>([
      ['no invoices yet', [], 'INV-000001'],
      ['the highest number is 41', ['INV-000041', 'INV-000002'], 'INV-000042'],
      ['numbers have gaps', ['INV-000001', 'INV-000030', 'INV-000017'], 'INV-000031'],
      ['other prefixes, letter cases and non-numbers are present', ['INV-000003', 'X-000050', 'inv-000099', 'INV-12A'], 'INV-000004'],
      ['the highest number is 999999', ['INV-999999'], 'INV-1000000'],
      ['a number has extra leading zeros', ['INV-0000045'], 'INV-000046'],
    ])('numbers the first invoice after the highest used when %s', (_name, existing, expected) => {
      const { changes } = post(makeRecords({ members: [renewing('A')], invoices: existing.map(used) }));
      expect(invoiceIds(changes.appends)).toEqual([expected]);
    });

    it('numbers after the highest R- number when the Invoice Prefix setting is R-', () => {
      const records = makeRecords({ members: [renewing('A')], invoices: [used('INV-000041'), used('R-000009')] });
      records.settings = { ...records.settings, invoicePrefix: 'R-' };
      expect(invoiceIds(post(records).changes.appends)).toEqual(['R-000010']);
    });

    it('never reuses the ID of an Invoices row that has an input error', () => {
      const records = makeRecords({ members: [renewing('A')], invoices: [used('INV-000041')] });
      const { changes } = post(records, { usedInvoiceIds: ['INV-000041', 'INV-000077', ''] });
      expect(invoiceIds(changes.appends)).toEqual(['INV-000078']);
    });

    it('numbers the invoices of one post consecutively in plan order, their notices included', () => {
      const records = makeRecords({ members: [renewing('B'), renewing('A'), renewing('C')], invoices: [used('INV-000041')] });
      const { changes, batches } = post(records, { excludedKeys: ['renew:A'] });
      expect(invoiceIds(changes.appends)).toEqual(['INV-000042', 'INV-000043']);
      expect(batches.invoices.map((r) => [r.membershipId, r.invoiceId])).toEqual([
        ['B', 'INV-000042'],
        ['C', 'INV-000043'],
      ]);
      expect(batches.notices.map((r) => [r.membershipId, r.invoiceId])).toEqual([
        ['B', 'INV-000042'],
        ['C', 'INV-000043'],
      ]);
    });

    it('gives the same IDs when the same plan is applied again', () => {
      const records = makeRecords({ members: [renewing('A'), renewing('B')] });
      const once = post(records);
      expect(post(records)).toEqual(once);
      expect(once.changes.updates.at(-1)?.values['Last Executed At']).toBe(EXECUTED_AT);
    });
  });
});
