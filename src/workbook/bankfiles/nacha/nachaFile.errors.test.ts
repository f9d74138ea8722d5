import { nachaFileText, type NachaDebit, type NachaOriginator } from './nachaFile';
import { makeDebit, makeNachaFile, makeOriginator } from './testing/nachaBuilders';

describe('nachaFileText', () => {
  it('throws when there are no debits, since an export never writes an empty batch', () => {
    expect(() => nachaFileText(makeNachaFile([]))).toThrow(/no debits/);
  });

  it.each<[string, Partial<NachaDebit>, RegExp]>([
    ['an individual ID over 15 characters', { individualId: 'INV-2026-0000042' }, /longer than 15/],
    ['an amount over 10 digits of cents', { amount: 100_000_000 }, /longer than 10 digits/],
    ['a zero amount', { amount: 0 }, /not a positive number of cents/],
    ['a negative amount', { amount: -5 }, /not a positive number of cents/],
    ['an amount that is not a number', { amount: Number.NaN }, /not a positive number of cents/],
    ['an account number over 17 characters', { accountNumber: '123456789012345678' }, /1–17 letters or digits/],
    ['an account number with a dash', { accountNumber: '1234-5678' }, /1–17 letters or digits/],
    ['a routing number of 8 digits', { routingNumber: '23138010' }, /not 9 digits/],
    ['a trace number of 14 digits', { traceNumber: '12104288000001' }, /not 15 digits/],
    ['a trace number of another ODFI', { traceNumber: '999999990000001' }, /does not start with the ODFI/],
    ['an unknown account type', { accountType: 'Loan' as NachaDebit['accountType'] }, /neither Checking nor Savings/],
  ])('throws when a debit has %s', (_case, over, message) => {
    expect(() => nachaFileText(makeNachaFile([makeDebit(over)]))).toThrow(message);
  });

  it('throws when two debits share a trace number', () => {
    const debit = makeDebit();
    expect(() => nachaFileText(makeNachaFile([debit, { ...debit, individualId: 'INV-0002' }]))).toThrow(/appears twice/);
  });

  it.each<[string, Partial<NachaOriginator>, RegExp]>([
    ['an immediate destination of 10 digits', { immediateDestination: '0313000120' }, /not 9 digits/],
    ['an immediate origin of 11 characters', { immediateOrigin: '12345678901' }, /longer than 10/],
    ['a company ID of 11 characters', { companyId: '11234567890' }, /longer than 10/],
    ['an ODFI of 9 digits', { odfi: '121042882' }, /does not start with the ODFI|not 8 digits/],
  ])('throws when the originator has %s', (_case, over, message) => {
    expect(() => nachaFileText(makeNachaFile([makeDebit()], { originator: makeOriginator(over) }))).toThrow(message);
  });

  it.each([
    ['createdAt', '2400'],
    ['createdAt', '915'],
    ['fileIdModifier', 'a'],
    ['fileIdModifier', 'AB'],
  ])('throws when %s is %p', (field, value) => {
    expect(() => nachaFileText(makeNachaFile([makeDebit()], { [field]: value }))).toThrow(/NACHA file/);
  });
});
