import { isValidAccountNumber } from './accountNumber';

describe('isValidAccountNumber', () => {
  it.each([
    ['1', 'one digit'],
    ['123456789', 'nine digits'],
    ['0532013000', 'a leading zero'],
    ['12345678901234567', '17 digits, the field width'],
    ['4444444YYYY', 'letters'],
    [' 123456789 ', 'spaces around it'],
  ])('accepts %p when it has %s', (text) => {
    expect(isValidAccountNumber(text)).toBe(true);
  });

  it.each([
    ['123456789012345678', 'it has 18 digits'],
    ['123-456', 'it holds a dash'],
    ['123 456', 'it holds a space'],
    ['12345é', 'it holds an accented letter'],
    ['', 'it is empty'],
    ['   ', 'it is only spaces'],
  ])('refuses %p when %s', (text) => {
    expect(isValidAccountNumber(text)).toBe(false);
  });
});
