import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { paymentFileSettingProblems } from './paymentFileSettings';

const SEPA: Settings = {
  ...DEFAULT_SETTINGS,
  creditorName: 'Harbour Rowing Club',
  creditorIban: 'DE89 3704 0044 0532 0130 00',
  creditorBic: 'COBADEFFXXX',
  creditorId: 'DE98ZZZ09999999999',
};
const NACHA: Settings = {
  ...DEFAULT_SETTINGS,
  achImmediateDestination: '011000015',
  achDestinationName: 'FEDERAL RESERVE BANK',
  achImmediateOrigin: '1234567890',
  achOriginName: 'HARBOUR ROWING CLUB',
  achCompanyName: 'HARBOUR ROWING',
  achCompanyId: '1234567890',
  achOdfi: '01100001',
};

describe('paymentFileSettingProblems', () => {
  it('finds nothing when every SEPA setting is right', () => {
    expect(paymentFileSettingProblems('sepa', SEPA)).toEqual([]);
  });

  it('names every missing SEPA setting when none is set', () => {
    expect(paymentFileSettingProblems('sepa', DEFAULT_SETTINGS)).toEqual(['Creditor Name is missing', 'Creditor IBAN is missing', 'Creditor ID is missing']);
  });

  it.each<[Partial<Settings>, string]>([
    [{ creditorIban: 'DE89370400440532013001' }, 'Creditor IBAN is not a valid IBAN'],
    [{ creditorBic: 'COBADE' }, 'Creditor BIC is not a valid BIC'],
    [{ creditorId: 'DE99ZZZ09999999999' }, 'Creditor ID fails its check digits'],
    [{ sepaScheme: 'COR1' }, 'SEPA Scheme must be CORE or B2B'],
    [{ creditorName: 'x'.repeat(71) }, 'Creditor Name is longer than 70 characters'],
  ])('says what is wrong when %o', (over, problem) => {
    expect(paymentFileSettingProblems('sepa', { ...SEPA, ...over })).toEqual([problem]);
  });

  it('accepts a creditor without a BIC (the file says NOTPROVIDED) and a lower-case scheme', () => {
    expect(paymentFileSettingProblems('sepa', { ...SEPA, creditorBic: null, sepaScheme: 'b2b' })).toEqual([]);
  });

  it('finds nothing when every NACHA setting is right', () => {
    expect(paymentFileSettingProblems('nacha', NACHA)).toEqual([]);
  });

  it.each<[Partial<Settings>, string]>([
    [{ achImmediateDestination: '11000015' }, 'ACH Immediate Destination must be 9 digits'],
    [{ achOdfi: '011000015' }, 'ACH ODFI must be 8 digits'],
    [{ achImmediateOrigin: '12345' }, 'ACH Immediate Origin must be 9 or 10 digits'],
    [{ achCompanyName: 'HARBOUR ROWING CLUB' }, 'ACH Company Name is longer than 16 characters'],
    [{ achCompanyId: null }, 'ACH Company ID is missing'],
    [{ achEntryDescription: 'MEMBERSHIPS!' }, 'ACH Entry Description is longer than 10 characters'],
  ])('says what is wrong when %o', (over, problem) => {
    expect(paymentFileSettingProblems('nacha', { ...NACHA, ...over })).toEqual([problem]);
  });
});
