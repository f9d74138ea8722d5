import { attemptAccount, maskAccount, type AttemptAccountDetails } from './maskAccount';

describe('maskAccount', () => {
  it.each([
    ['DE89370400440532013000', 'DE89**************3000'],
    ['DE89 3704 0044 0532 0130 00', 'DE89**************3000'],
    ['123456789', '1234*6789'],
    ['12345678901234567', '1234*********4567'],
    ['12345678', '****5678'],
    ['12345', '*2345'],
    ['1234', '1234'],
    ['1', '1'],
    ['', ''],
  ])('masks %p as %p', (account, masked) => {
    expect(maskAccount(account)).toBe(masked);
  });

  it('keeps the length, so accounts of different lengths never mask alike', () => {
    expect(maskAccount('1234506789')).not.toBe(maskAccount('123456789'));
  });
});

describe('attemptAccount', () => {
  const sepa = { iban: 'DE89370400440532013000', mandateId: 'M-17' };
  const nacha = { routingNumber: '011000015', accountNumber: '123456789' };

  it('writes the masked IBAN and the Mandate ID for SEPA', () => {
    expect(attemptAccount('sepa', sepa)).toBe('DE89**************3000/M-17');
  });

  it('writes the routing number and the masked account for NACHA', () => {
    expect(attemptAccount('nacha', nacha)).toBe('011000015/1234*6789');
  });

  it.each<[string, 'sepa' | 'nacha', AttemptAccountDetails]>([
    ['the IBAN changes', 'sepa', { ...sepa, iban: 'GB82WEST12345698765432' }],
    ['the Mandate ID changes', 'sepa', { ...sepa, mandateId: 'M-18' }],
    ['the account number changes', 'nacha', { ...nacha, accountNumber: '987654321' }],
    ['the bank changes and the account masks alike', 'nacha', { ...nacha, routingNumber: '231380104', accountNumber: '123406789' }],
  ])('changes when %s', (_, format, details) => {
    const before = attemptAccount(format, format === 'sepa' ? sepa : nacha);
    expect(attemptAccount(format, details)).not.toBe(before);
  });

  it('does not change when the IBAN is only written with spaces', () => {
    expect(attemptAccount('sepa', { ...sepa, iban: 'DE89 3704 0044 0532 0130 00' })).toBe(attemptAccount('sepa', sepa));
  });

  it('ignores the other format’s details', () => {
    expect(attemptAccount('nacha', { ...nacha, ...sepa })).toBe('011000015/1234*6789');
    expect(attemptAccount('sepa', { ...sepa, ...nacha })).toBe('DE89**************3000/M-17');
  });

  it('does not change its input', () => {
    const details = Object.freeze({ ...sepa });
    attemptAccount('sepa', details);
    expect(details).toEqual(sepa);
  });
});
