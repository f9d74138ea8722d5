import { ibanLength, ibanProblem, isValidIban, normaliseIban } from './iban';

describe('normaliseIban', () => {
  it.each([
    [' de89 3704 0044 0532 0130 00 ', 'DE89370400440532013000'],
    ['GB82\tWEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
  ])('turns %p into %p', (text, expected) => {
    expect(normaliseIban(text)).toBe(expected);
  });
});

describe('isValidIban', () => {
  it.each([
    'DE89370400440532013000',
    'DE89 3704 0044 0532 0130 00',
    'de89370400440532013000',
    'GB82WEST12345698765432',
    'NL91ABNA0417164300',
    'FR1420041010050500013M02606',
    'BE68539007547034',
  ])('accepts %p when its length and check digits are right', (text) => {
    expect(isValidIban(text)).toBe(true);
  });

  it.each([
    ['DE89370400440532013001', 'the last digit is changed'],
    ['DE00370400440532013000', 'the check digits are 00'],
    ['NL00ABNA0417164300', 'the check digits are 00 (the ING sample that passes the schema)'],
    ['DE8937040044053201300', 'it is one character short for DE'],
    ['XX89370400440532013000', 'the country is unknown'],
    ['', 'it is empty'],
  ])('refuses %p when %s', (text) => {
    expect(isValidIban(text)).toBe(false);
  });
});

describe('ibanProblem', () => {
  it.each([
    ['DE89370400440532013000', null],
    ['DE89370400440532013001', 'checkDigits'],
    ['DE8937040044053201300', 'length'],
    ['DE893704004405320130000', 'length'],
    ['DE8937040044053201300A', 'format'],
    ['XX89370400440532013000', 'country'],
    ['', 'country'],
  ])('names the first check %p fails as %p', (text, problem) => {
    expect(ibanProblem(text)).toBe(problem);
  });
});

describe('ibanLength', () => {
  it.each<[string, number | null]>([
    ['DE', 22],
    ['de', 22],
    ['GB', 22],
    ['NL', 18],
    ['BE', 16],
    ['MT', 31],
    ['US', null],
    ['XX', null],
  ])('gives %p IBANs %p characters', (country, length) => {
    expect(ibanLength(country)).toBe(length);
  });
});
