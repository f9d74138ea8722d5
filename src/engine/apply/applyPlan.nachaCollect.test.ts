import { makeInvoice, makeProduct, makeRecords } from '../testing/recordBuilders';
import { BANK_SETTINGS, bankInvoice, bankMember, bankRun } from '../collect/bank/testing/bankFixtures';
import type { Invoice } from '../model/records';
import { addDays } from '../dates/localDate';
import { D, post } from './testing/applyFixtures';

const DUE = addDays(D, 20);
/** Members A and B with NACHA details (B's account a savings one), each with one invoice due D + 20. */
function nachaRecords(earlier: Partial<Invoice>[] = []) {
  return makeRecords({
    members: [
      bankMember('nacha', { row: 5 }),
      bankMember('nacha', { row: 6, memberId: 'B', membershipId: 'B', accountNumber: '55501234', accountType: 'Savings' }),
    ],
    invoices: [
      ...earlier.map((over, i) => makeInvoice({ row: 10 + i, invoiceId: `INV-00009${i}`, membershipId: 'X', status: 'Paid', balance: 0, ...over })),
      bankInvoice({ row: 20 }),
      bankInvoice({ row: 21, invoiceId: 'INV-000002', membershipId: 'B', amount: 60, balance: 60 }),
    ],
    products: [makeProduct({ currency: 'USD' })],
    settings: BANK_SETTINGS,
  });
}
const postNacha = (earlier: Partial<Invoice>[] = []) => post(nachaRecords(earlier), { run: bankRun('nacha') });

describe('applyPlan', () => {
  it('gives each NACHA collection a trace number of the ODFI, in item order, from 1', () => {
    const { batches } = postNacha();
    expect(batches.payments.map((r) => [r.invoiceId, r.bank?.reference])).toEqual([
      ['INV-000001', '011000010000001'],
      ['INV-000002', '011000010000002'],
    ]);
  });

  it('counts trace numbers on from the highest Last Attempt Reference with the same ODFI', () => {
    const { batches } = postNacha([
      { lastAttemptReference: '011000010000041' },
      { lastAttemptReference: '021000020000099' },
      { lastAttemptReference: 'INV-000090-3' },
    ]);
    expect(batches.payments.map((r) => r.bank?.reference)).toEqual(['011000010000042', '011000010000043']);
  });

  it('records the trace, the routing number and masked account, and the Collection Date on the invoice', () => {
    const { changes } = postNacha();
    expect(changes.updates.filter((u) => u.sheet === 'Invoices')).toEqual([
      expect.objectContaining({
        row: 20,
        values: expect.objectContaining({
          Attempts: 1,
          'Last Attempt Reference': '011000010000001',
          'Last Attempt Account': '011000015/1234*6789',
          'Collection Date': { date: DUE },
        }),
      }),
      expect.objectContaining({ row: 21, values: expect.objectContaining({ 'Last Attempt Account': '011000015/****1234' }) }),
    ]);
    expect(changes.updates.filter((u) => u.sheet === 'Members')).toEqual([]);
  });

  it('carries the routing number, account number and Account Type in the batch row', () => {
    const { batches, changes } = postNacha();
    expect(batches.payments.map((r) => r.bank)).toEqual([
      {
        paymentFile: 'nacha',
        collectionDate: DUE,
        reference: '011000010000001',
        sequenceType: null,
        mandateId: null,
        mandateDate: null,
        iban: null,
        bic: null,
        routingNumber: '011000015',
        accountNumber: '123456789',
        accountType: 'Checking',
      },
      expect.objectContaining({ reference: '011000010000002', accountNumber: '55501234', accountType: 'Savings' }),
    ]);
    expect(changes.appends.map((a) => [a.sheet, a.values.Reference, a.values['Sequence Type'], a.values.Amount])).toEqual([
      ['Collections', '011000010000001', null, 120],
      ['Collections', '011000010000002', null, 60],
    ]);
  });

  it('numbers only the collections that post', () => {
    const { batches } = post(nachaRecords(), { run: bankRun('nacha'), excludedKeys: ['collect:INV-000001'] });
    expect(batches.payments.map((r) => [r.invoiceId, r.bank?.reference])).toEqual([['INV-000002', '011000010000001']]);
  });
});
