import { isValidCreditorId, mod97, normaliseCreditorId } from './creditorId';

describe('normaliseCreditorId', () => {
  it('removes spaces and upper-cases when typed loosely', () => {
    expect(normaliseCreditorId(' de98 zzz 0999 9999 999 ')).toBe('DE98ZZZ09999999999');
  });
});

describe('mod97', () => {
  it.each([
    ['3214282912345698765432161182', 1], // GB82WEST12345698765432 rearranged, as digits
    ['WEST12345698765432GB82', 1], // the same with letters
    ['09999999999DE98', 1],
    ['09999999999DE00', 0], // so DE's check digits are 98 − 0
    ['96', 96],
    ['97', 0],
  ])('gives the remainder of %p by 97 as %p', (text, remainder) => {
    expect(mod97(text)).toBe(remainder);
  });
});

describe('isValidCreditorId', () => {
  it.each([
    ['DE98ZZZ09999999999', 'the Bundesbank test identifier'],
    ['DE47ZZZ00000023373', 'a real German identifier'],
    ['FR72ZZZ123456', 'a French identifier'],
    ['de98 zzz 0999 9999 999', 'typed in lower case with spaces'],
    ['DE98ABC09999999999', 'the business code is not ZZZ (it is not part of the check)'],
  ])('accepts %p when it is %s', (text) => {
    expect(isValidCreditorId(text)).toBe(true);
  });

  it.each([
    ['DE97ZZZ09999999999', 'the check digits are one off'],
    ['DE98ZZZ09999999998', 'the national identifier is changed'],
    ['DE74ZZZ09999999999', 'the check digits were computed over the business code too'],
    ['DE26ZZZ00000000000', 'it is the python sample, whose check digits are wrong'],
    ['NL89ZZZ011234567890', 'it is the ING sample, whose check digits are wrong'],
    ['US98ZZZ09999999999', 'the country is not in SEPA'],
    ['DE98ZZZ', 'it has no national identifier'],
    ['DE9XZZZ09999999999', 'the check digits are not digits'],
    ['DE98ZZZ0999-999999', 'the national identifier holds a dash'],
    ['DE98ZZZ' + '9'.repeat(29), 'it is longer than 35 characters'],
    ['', 'it is empty'],
  ])('refuses %p when %s', (text) => {
    expect(isValidCreditorId(text)).toBe(false);
  });
});
