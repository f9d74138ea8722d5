import type { RowUpdate } from './changeSet';
import { addDays } from '../dates/localDate';
import type { Invoice, Member } from '../model/records';
import type { WorkbookRecords } from '../gather/workbookRecords';
import { makeProduct, makeRecords } from '../testing/recordBuilders';
import { BANK_SETTINGS, bankInvoice, bankMember, bankRun } from '../collect/bank/testing/bankFixtures';
import { D, date, post } from './testing/applyFixtures';

const DUE = addDays(D, 20);
const sepaRecords = (member: Partial<Member> = {}, invoice: Partial<Invoice> = {}): WorkbookRecords =>
  makeRecords({
    members: [bankMember('sepa', { row: 5, name: 'Ada', email: 'ada@example.org', ...member })],
    invoices: [bankInvoice({ row: 7, attempts: 1, lastAttemptStatus: 'Failed', lastAttemptReason: 'AM04 Insufficient funds', ...invoice })],
    products: [makeProduct({ currency: 'EUR' })],
    settings: BANK_SETTINGS,
  });
const postSepa = (records: WorkbookRecords) => post(records, { run: bankRun('sepa') });
const invoiceUpdate = (updates: readonly RowUpdate[]) => updates.find((u) => u.sheet === 'Invoices')?.values;
const memberUpdates = (updates: readonly RowUpdate[]) => updates.filter((u) => u.sheet === 'Members');

/** The records after a bank collection's post and its return (`AM04`), as the workbook would hold them. */
function afterReturn(records: WorkbookRecords, updates: readonly RowUpdate[]): WorkbookRecords {
  const values = invoiceUpdate(updates)!;
  const mandate = memberUpdates(updates)[0]?.values['Last Mandate Collected'];
  return {
    ...records,
    members: records.members.map((m) => (mandate === undefined ? m : { ...m, lastMandateCollected: mandate as string })),
    invoices: records.invoices.map((i) => ({
      ...i,
      attempts: values.Attempts as number,
      lastAttemptStatus: 'Failed',
      lastAttemptReason: 'AM04 Insufficient funds',
      lastAttemptReference: values['Last Attempt Reference'] as string,
    })),
  };
}

describe('applyPlan', () => {
  it('records a SEPA collection’s reference, masked account and Collection Date on the invoice', () => {
    const { changes } = postSepa(sepaRecords());
    expect(changes.updates.filter((u) => u.sheet !== 'Runs')).toEqual([
      {
        sheet: 'Invoices',
        row: 7,
        values: {
          Attempts: 2,
          'Last Attempt Date': date('2026-11-21'),
          'Last Attempt Status': 'Submitted',
          'Last Attempt Reason': null,
          'Last Attempt Reference': 'INV-000001-2',
          'Last Attempt Account': 'DE89**************3000/MD-1',
          'Collection Date': { date: DUE },
        },
      },
      { sheet: 'Members', row: 5, values: { 'Last Mandate Collected': 'MD-1' } },
    ]);
  });

  it('appends the collection to the Collections ledger and gives the batch row its bank fields', () => {
    const { changes, batches } = postSepa(sepaRecords({ bic: 'COBADEFFXXX' }));
    expect(changes.appends.filter((a) => a.sheet === 'Collections')).toEqual([
      {
        sheet: 'Collections',
        values: {
          Reference: 'INV-000001-2',
          'Invoice ID': 'INV-000001',
          'Run ID': 'DD',
          'As Of': { date: D },
          'Payment File': 'sepa',
          'Collection Date': { date: DUE },
          'Sequence Type': 'FRST',
          'Mandate ID': 'MD-1',
          Amount: 120,
        },
      },
    ]);
    expect(batches.payments.map((r) => r.bank)).toEqual([
      {
        paymentFile: 'sepa',
        collectionDate: DUE,
        reference: 'INV-000001-2',
        sequenceType: 'FRST',
        mandateId: 'MD-1',
        mandateDate: bankMember('sepa').mandateDate,
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
        routingNumber: null,
        accountNumber: null,
        accountType: null,
      },
    ]);
  });

  it('collects FRST, then RCUR on the same mandate, then FRST again for a new Mandate ID', () => {
    const records = sepaRecords();
    const first = postSepa(records);
    expect(first.batches.payments[0].bank?.sequenceType).toBe('FRST');
    const second = postSepa(afterReturn(records, first.changes.updates));
    expect(second.batches.payments[0].bank).toMatchObject({ sequenceType: 'RCUR', reference: 'INV-000001-3' });
    expect(memberUpdates(second.changes.updates)).toEqual([]);
    const renewed = afterReturn(records, first.changes.updates);
    const third = postSepa({ ...renewed, members: renewed.members.map((m) => ({ ...m, mandateId: 'MD-2' })) });
    expect(third.batches.payments[0].bank?.sequenceType).toBe('FRST');
    expect(invoiceUpdate(third.changes.updates)?.['Last Attempt Account']).toBe('DE89**************3000/MD-2');
    expect(memberUpdates(third.changes.updates)).toEqual([{ sheet: 'Members', row: 5, values: { 'Last Mandate Collected': 'MD-2' } }]);
  });

  it.each([
    [
      'a bank attempt’s Reference, Account and Collection Date',
      { lastAttemptReference: 'INV-000001-1', lastAttemptAccount: 'DE89**************3000/MD-1', collectionDate: D },
    ],
    ['only a Collection Date', { collectionDate: D }],
  ])('clears %s when a run without Payment File collects', (_label, invoice) => {
    const { changes, batches } = post(sepaRecords({}, invoice), { run: bankRun(null) });
    expect(invoiceUpdate(changes.updates)).toMatchObject({ 'Last Attempt Reference': null, 'Last Attempt Account': null, 'Collection Date': null });
    expect(memberUpdates(changes.updates)).toEqual([]);
    expect(changes.appends).toEqual([]);
    expect(batches.payments[0].bank).toBeNull();
  });

  it('writes no bank columns when a run without Payment File collects an invoice that had none', () => {
    const { changes } = post(sepaRecords(), { run: bankRun(null) });
    expect(Object.keys(invoiceUpdate(changes.updates)!)).toEqual(['Attempts', 'Last Attempt Date', 'Last Attempt Status', 'Last Attempt Reason']);
  });
});
