import { isoDate } from '../../../engine/dates/isoDate';
import { nachaFileText } from './nachaFile';
import { makeDebit, makeNachaFile, makeOriginator, recordsOf } from './testing/nachaBuilders';
import { NACHA_LAYOUT, fieldsOf } from './testing/nachaLayout';

const originator = makeOriginator({
  immediateDestination: '031300012',
  destinationName: 'Federal Reserve Bank of New York',
  immediateOrigin: '123456789',
  originName: 'Acme Bank',
  companyName: 'Springfield Chess Club',
  companyId: '1987654321',
  odfi: '12104288',
  entryDescription: 'Membership dues',
});
const debit = makeDebit({
  routingNumber: '231380104',
  accountNumber: 'AB12345678',
  accountType: 'Savings',
  amount: 120.5,
  individualId: 'INV-2026-000042',
  name: 'Zoë Ñúñez',
  traceNumber: '121042880000042',
  effectiveDate: isoDate('2026-03-05'),
});
const records = recordsOf(nachaFileText(makeNachaFile([debit], { createdOn: isoDate('2026-03-02'), createdAt: '2359', fileIdModifier: 'B', originator })));

describe('nachaFileText', () => {
  it.each(Object.entries(NACHA_LAYOUT))('has a layout of record type %s covering columns 1–94 with no gap when the tests read by it', (_type, layout) => {
    let next = 1;
    for (const [, from, to] of layout) {
      expect(from).toBe(next);
      next = to + 1;
    }
    expect(next).toBe(95);
  });

  it('writes the file header fields in their columns when given an originator with long names', () => {
    expect(fieldsOf(records[0])).toEqual({
      recordType: '1',
      priorityCode: '01',
      immediateDestination: ' 031300012',
      immediateOrigin: ' 123456789',
      fileCreationDate: '260302',
      fileCreationTime: '2359',
      fileIdModifier: 'B',
      recordSize: '094',
      blockingFactor: '10',
      formatCode: '1',
      immediateDestinationName: 'FEDERAL RESERVE BANK OF',
      immediateOriginName: 'ACME BANK              ',
      referenceCode: '        ',
    });
  });

  it('writes the batch header fields in their columns when the company name and description are too long', () => {
    expect(fieldsOf(records[1])).toEqual({
      recordType: '5',
      serviceClassCode: '225',
      companyName: 'SPRINGFIELD CHES',
      companyDiscretionaryData: ' '.repeat(20),
      companyIdentification: '1987654321',
      standardEntryClassCode: 'PPD',
      companyEntryDescription: 'MEMBERSHIP',
      companyDescriptiveDate: '      ',
      effectiveEntryDate: '260305',
      settlementDate: '   ',
      originatorStatusCode: '1',
      odfiIdentification: '12104288',
      batchNumber: '0000001',
    });
  });

  it('writes the entry detail fields in their columns when given a savings debit', () => {
    expect(fieldsOf(records[2])).toEqual({
      recordType: '6',
      transactionCode: '37',
      rdfiIdentification: '23138010',
      checkDigit: '4',
      dfiAccountNumber: 'AB12345678       ',
      amount: '0000012050',
      individualIdentification: 'INV-2026-000042',
      individualName: 'ZOE NUNEZ             ',
      discretionaryData: '  ',
      addendaRecordIndicator: '0',
      traceNumber: '121042880000042',
    });
  });

  it('writes the batch control fields in their columns when the batch has one debit', () => {
    expect(fieldsOf(records[3])).toEqual({
      recordType: '8',
      serviceClassCode: '225',
      entryAddendaCount: '000001',
      entryHash: '0023138010',
      totalDebitAmount: '000000012050',
      totalCreditAmount: '000000000000',
      companyIdentification: '1987654321',
      messageAuthenticationCode: ' '.repeat(19),
      reserved: ' '.repeat(6),
      odfiIdentification: '12104288',
      batchNumber: '0000001',
    });
  });

  it('writes the file control fields in their columns when the file has one batch', () => {
    expect(fieldsOf(records[4])).toEqual({
      recordType: '9',
      batchCount: '000001',
      blockCount: '000001',
      entryAddendaCount: '00000001',
      entryHash: '0023138010',
      totalDebitAmount: '000000012050',
      totalCreditAmount: '000000000000',
      reserved: ' '.repeat(39),
    });
  });

  it.each([
    ['123456789', ' 123456789'],
    [' 123456789', ' 123456789'],
    ['1234567890', '1234567890'],
  ])('writes immediate origin %p right-justified as %p when the bank gives 9 or 10 characters', (immediateOrigin, field) => {
    const file = makeNachaFile([makeDebit()], { originator: makeOriginator({ immediateOrigin }) });
    expect(fieldsOf(recordsOf(nachaFileText(file))[0]).immediateOrigin).toBe(field);
  });

  it('writes MEMBERSHIP as the entry description when the setting is blank', () => {
    const file = makeNachaFile([makeDebit()], { originator: makeOriginator({ entryDescription: '' }) });
    expect(fieldsOf(recordsOf(nachaFileText(file))[1]).companyEntryDescription).toBe('MEMBERSHIP');
  });
});
