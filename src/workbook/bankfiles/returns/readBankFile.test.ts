import { camt054Xml } from '../../../../test/fixtures/bankfiles/camt054Fixture';
import { nachaReturnText } from '../../../../test/fixtures/bankfiles/nachaReturnFixture';
import { SCHEMAS, requireShared } from '../../../../test/shared/sharedMaterial';
import { validateAgainst } from '../../../../test/shared/validateXml';
import { readBankFile, type BankFileRead } from './readBankFile';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const transactionsOf = (read: BankFileRead) => (read.kind === 'bank' ? read.transactions : []);

// One of each thing a creditor's bank tells it, as camt.054.001.02.
const NOTIFICATION = camt054Xml([
  {
    direction: 'CRDT',
    reference: 'BANK-1',
    transactions: [
      { amount: 120, endToEndId: 'INV-7-1', pmtInfId: 'PMT-1', mandateId: 'M-7', reference: 'TX-1' },
      { amount: 80.5, endToEndId: 'INV-8-2', pmtInfId: 'PMT-1' },
    ],
  },
  { direction: 'CRDT', status: 'PDNG', reference: 'BANK-2', transactions: [{ amount: 40, endToEndId: 'INV-9-1' }] },
  {
    direction: 'DBIT',
    reference: 'BANK-3',
    subFamily: 'UPDD',
    transactions: [{ amount: 120, endToEndId: 'INV-10-1', reasonCode: 'AM04', reasonText: ['Insufficient', 'funds'] }],
  },
  { direction: 'CRDT', reference: 'BANK-4', amount: 300, batch: { pmtInfId: 'PMT-2', count: 3 } },
  { direction: 'DBIT', reversal: true, reference: 'BANK-5', subFamily: 'PRDD', transactions: [{ amount: 120, endToEndId: 'INV-7-1', reasonCode: 'MD06' }] },
]);

describe('readBankFile', () => {
  it('writes a notification valid against camt.054.001.02 when the fixture is used', async () => {
    if (!requireShared(SCHEMAS)) return;
    expect(await validateAgainst('camt.054.001.02.xsd', NOTIFICATION)).toEqual({ valid: true, errors: [] });
  });

  it('reads a credit per transaction, a pending entry, a return, a batch credit and a reversal when given a camt.054', () => {
    const read = readBankFile(encode(NOTIFICATION));
    expect(read).toMatchObject({ kind: 'bank', format: 'camt.054' });
    const base = { booked: true, bookingDate: '2025-03-04', currency: 'EUR', reversal: false, pmtInfId: null, mandateId: null, batchCount: null };
    const none = { originalTrace: null, individualId: null, reasonCode: null, reasonText: null };
    expect(transactionsOf(read)).toEqual([
      { ...base, ...none, position: 1, bankReference: 'TX-1', amount: 120, kind: 'credit', endToEndId: 'INV-7-1', pmtInfId: 'PMT-1', mandateId: 'M-7' },
      { ...base, ...none, position: 2, bankReference: 'BANK-1/2', amount: 80.5, kind: 'credit', endToEndId: 'INV-8-2', pmtInfId: 'PMT-1' },
      { ...base, ...none, position: 3, booked: false, bookingDate: null, bankReference: 'BANK-2', amount: 40, kind: 'credit', endToEndId: 'INV-9-1' },
      {
        ...base,
        ...none,
        position: 4,
        bankReference: 'BANK-3',
        amount: 120,
        kind: 'return',
        endToEndId: 'INV-10-1',
        reasonCode: 'AM04',
        reasonText: 'Insufficient funds',
      },
      { ...base, ...none, position: 5, bankReference: 'BANK-4', amount: 300, kind: 'batchCredit', endToEndId: null, pmtInfId: 'PMT-2', batchCount: 3 },
      { ...base, ...none, position: 6, bankReference: 'BANK-5', amount: 120, kind: 'return', reversal: true, endToEndId: 'INV-7-1', reasonCode: 'MD06' },
    ]);
  });

  it('reads the same when the file starts with a BOM and uses a namespace prefix', () => {
    const prefixed = NOTIFICATION.replace(/<(\/?)(\w+)/g, '<$1c:$2').replace('xmlns=', 'xmlns:c=');
    expect(readBankFile(encode(`\ufeff${prefixed}`))).toEqual(readBankFile(encode(NOTIFICATION)));
  });

  it('reads a camt.054 entry without references as <format>:<position>, and NOTPROVIDED as no EndToEndId', () => {
    const xml = camt054Xml([{ direction: 'CRDT', transactions: [{ amount: 5, endToEndId: 'NOTPROVIDED' }] }]).replace(/<NtryRef>[^<]*<\/NtryRef>/, '');
    expect(transactionsOf(readBankFile(encode(xml)))[0]).toMatchObject({ bankReference: 'camt.054:1', endToEndId: null });
  });

  it('is unreadable with the parser message, never a throw, when a camt.054 is cut off', () => {
    const read = readBankFile(encode(NOTIFICATION.slice(0, NOTIFICATION.length / 2)));
    expect(read).toMatchObject({ kind: 'unreadable', format: 'camt.054' });
    expect(read.kind === 'unreadable' && read.problem).toMatch(/unclosed|unexpected end/i);
  });

  it('is not-bank when the file is CSV, other XML, empty or an xlsx', () => {
    for (const text of ['Reference,Amount\n1,20\n', '<CstmrDrctDbtInitn/>', '', 'PK\u0003\u0004binary', '<Document><BkToCstmrStmtX/></Document>']) {
      expect(readBankFile(encode(text))).toEqual({ kind: 'not-bank' });
    }
  });

  it('reads NACHA returns with reason, original trace, Individual ID and the batch date when given a return file', () => {
    const text = nachaReturnText(
      [
        { amount: 120, individualId: 'INV-7', reasonCode: 'R01', originalTrace: '123456780000007', text: 'INSUFFICIENT FUNDS' },
        { transactionCode: '36', amount: 45.5, individualId: 'INV-8', reasonCode: 'R03', originalTrace: '123456780000008', trace: '091000019999999' },
        { transactionCode: '21', amount: 10, individualId: 'INV-9', reasonCode: 'R04', originalTrace: '123456780000009' },
      ],
      { effectiveDate: '250306' },
    );
    expect(
      text
        .split('\n')
        .filter((line) => line !== '')
        .every((line) => line.length === 94),
    ).toBe(true);
    const none = {
      endToEndId: null,
      pmtInfId: null,
      mandateId: null,
      batchCount: null,
      booked: true,
      currency: 'USD',
      bookingDate: '2025-03-06',
      reversal: false,
    };
    expect(readBankFile(encode(text))).toEqual({
      kind: 'bank',
      format: 'nacha',
      transactions: [
        {
          ...none,
          position: 1,
          kind: 'return',
          bankReference: '091000010000001',
          amount: 120,
          individualId: 'INV-7',
          reasonCode: 'R01',
          originalTrace: '123456780000007',
          reasonText: 'INSUFFICIENT FUNDS',
        },
        {
          ...none,
          position: 2,
          kind: 'return',
          bankReference: '091000019999999',
          amount: 45.5,
          individualId: 'INV-8',
          reasonCode: 'R03',
          originalTrace: '123456780000008',
          reasonText: null,
        },
        {
          ...none,
          position: 3,
          kind: 'other',
          bankReference: '091000010000003',
          amount: 10,
          individualId: 'INV-9',
          reasonCode: 'R04',
          originalTrace: '123456780000009',
          reasonText: null,
        },
      ],
    });
  });

  it('reads a CRLF NACHA file like an LF one, and a fragment without header by its batch date', () => {
    const returns = [{ amount: 12.34, individualId: 'INV-1', reasonCode: 'R02', originalTrace: '123456780000001' }];
    const lf = readBankFile(encode(nachaReturnText(returns)));
    expect(readBankFile(encode(nachaReturnText(returns, { lineEnd: '\r\n' })))).toEqual(lf);
    const trimmed = nachaReturnText(returns).replace(/ +$/gm, '');
    expect(readBankFile(encode(trimmed))).toEqual(lf);
    const fragment = nachaReturnText(returns).split('\n').slice(1, 4).join('\n');
    expect(transactionsOf(readBankFile(encode(fragment)))).toEqual(transactionsOf(lf));
  });

  it('falls back to the file creation date when the batch has no effective date', () => {
    const text = nachaReturnText([{ amount: 1, individualId: 'INV-1', reasonCode: 'R01', originalTrace: '123456780000001' }], {
      effectiveDate: '      ',
      creationDate: '250301',
    });
    expect(transactionsOf(readBankFile(encode(text)))[0].bookingDate).toBe('2025-03-01');
  });
});
