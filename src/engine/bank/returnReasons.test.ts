import { describeReturn, isHardReturn, RETURN_REASONS, returnCodeOf, returnReasonWords } from './returnReasons';

/** SPEC §10's list of hard returns, word for word. */
const SPEC_HARD = 'AC01 AC04 AC06 MD01 MD06 MS02 R02 R03 R04 R07 R10 R16 R29'.split(' ');

describe('RETURN_REASONS', () => {
  it('lists each code once', () => {
    const codes = RETURN_REASONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('holds only ISO codes of four characters and NACHA codes R + two digits', () => {
    for (const r of RETURN_REASONS) expect(r.code).toMatch(r.scheme === 'iso' ? /^[A-Z]{2}[A-Z0-9]{2}$/ : /^R\d{2}$/);
  });

  it('makes every code of SPEC’s hard list hard', () => {
    const hard = RETURN_REASONS.filter((r) => r.hard).map((r) => r.code);
    expect(hard).toEqual(expect.arrayContaining(SPEC_HARD));
  });

  it('says why for every hard code', () => {
    for (const r of RETURN_REASONS) if (r.hard) expect(r.why.length).toBeGreaterThan(10);
  });

  it('names exactly these hard codes beyond SPEC’s list', () => {
    const extra = RETURN_REASONS.filter((r) => r.hard && !SPEC_HARD.includes(r.code)).map((r) => r.code);
    expect(extra).toEqual(['AC13', 'AG01', 'MD07', 'R05', 'R08', 'R12', 'R13', 'R14', 'R15', 'R20', 'R51']);
  });
});

describe('returnReasonWords', () => {
  it.each([
    ['AM04', 'Insufficient funds'],
    ['AC01', 'Incorrect account number'],
    ['MD06', 'Refund request by end customer'],
    ['R01', 'Insufficient Funds'],
    ['R03', 'No Account/Unable to Locate Account'],
    ['r16', 'Account Frozen/Entry Returned per OFAC Instruction'],
    [' ms03 ', 'Not specified reason agent generated'],
  ])('gives the words of %p as %p', (code, words) => {
    expect(returnReasonWords(code)).toBe(words);
  });

  it.each(['ZZ99', 'R99', '', 'AM04 Insufficient funds'])('gives null when %p is not a known code', (code) => {
    expect(returnReasonWords(code)).toBeNull();
  });
});

describe('describeReturn', () => {
  it.each<[string, string | null | undefined, string]>([
    ['AM04', undefined, 'AM04 Insufficient funds'],
    ['R01', null, 'R01 Insufficient Funds'],
    ['ac01', 'Konto unbekannt', 'AC01 Incorrect account number'],
    ['AC02', 'Invalid debtor\n  IBAN ', 'AC02 Invalid debtor IBAN'],
    ['R99', 'Bank text', 'R99 Bank text'],
    ['XX99', undefined, 'XX99'],
    ['XX99', '   ', 'XX99'],
    ['', 'Only the bank text', 'Only the bank text'],
  ])('writes %p with %p as %p', (code, info, expected) => {
    expect(describeReturn(code, info)).toBe(expected);
  });
});

describe('isHardReturn', () => {
  it.each(SPEC_HARD)('is true for %p, a hard code of SPEC §10', (code) => {
    expect(isHardReturn(code)).toBe(true);
  });

  it.each(['MD07', 'R08', 'R15', 'R20', 'md07', ' r08 '])('is true for %p, hard by decision', (code) => {
    expect(isHardReturn(code)).toBe(true);
  });

  it.each(['AM04', 'MS03', 'RC01', 'R01', 'R09', 'R11', 'AC02', 'XX99', ''])('is false for %p when retrying may work or the code is unknown', (code) => {
    expect(isHardReturn(code)).toBe(false);
  });

  it('is false for null, when a reason has no code', () => {
    expect(isHardReturn(null)).toBe(false);
  });
});

describe('returnCodeOf', () => {
  it.each<[string | null, string | null]>([
    ['AM04 Insufficient funds', 'AM04'],
    ['R01 Insufficient Funds', 'R01'],
    ['RR01 Missing debtor account or identification', 'RR01'],
    ['AC02 Invalid debtor IBAN', 'AC02'],
    ['CUST Requested by customer', 'CUST'],
    ['MD06', 'MD06'],
    ['  R02 Account Closed', 'R02'],
    ['R02: Account Closed', 'R02'],
    ['Expired card', null],
    ['CARD declined', null],
    ['R012 something', null],
    ['AM045', null],
    ['am04 Insufficient funds', null],
    ['', null],
    [null, null],
  ])('finds in %p the code %p', (reason, code) => {
    expect(returnCodeOf(reason)).toBe(code);
  });
});
