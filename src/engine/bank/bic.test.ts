import { isValidBic, normaliseBic } from './bic';

describe('normaliseBic', () => {
  it('removes white space and upper-cases when typed loosely', () => {
    expect(normaliseBic(' cobadeff xxx ')).toBe('COBADEFFXXX');
  });
});

describe('isValidBic', () => {
  it.each([
    ['COBADEFFXXX', '11 characters'],
    ['ABNANL2A', '8 characters'],
    ['DEUTDEFF500', 'a branch code of digits'],
    ['cobadeffxxx', 'lower case'],
  ])('accepts %p when it has %s', (text) => {
    expect(isValidBic(text)).toBe(true);
  });

  it.each([
    ['ABN4NL2A', 'the bank code holds a digit'],
    ['ABNAXX2A', 'the country is unknown'],
    ['ABNANL2', 'it has 7 characters'],
    ['DEUTDEFF50', 'it has 10 characters'],
    ['DEUTDEFF5000', 'it has 12 characters'],
    ['', 'it is empty'],
  ])('refuses %p when %s', (text) => {
    expect(isValidBic(text)).toBe(false);
  });
});
