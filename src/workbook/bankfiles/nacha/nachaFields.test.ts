import { alphaField, cutText, numericField, rightAlphaField } from './nachaFields';

describe('numericField', () => {
  it.each([
    [30, 10, '0000000030'],
    [0, 12, '000000000000'],
    ['094', 3, '094'],
    [9_999_999_999, 10, '9999999999'],
  ])('writes %p right-justified and zero-filled to %d digits', (value, width, field) => {
    expect(numericField(value, width)).toBe(field);
  });

  it.each([
    [12_345, 3],
    [-1, 5],
    [1.5, 5],
    ['12a', 5],
  ])('throws when %p does not fit %d digits', (value, width) => {
    expect(() => numericField(value, width)).toThrow(/NACHA numeric field/);
  });
});

describe('alphaField', () => {
  it('pads with spaces on the right when the text is shorter', () => {
    expect(alphaField('PPD', 5)).toBe('PPD  ');
    expect(alphaField('', 2)).toBe('  ');
  });

  it('throws when the text is longer than the field', () => {
    expect(() => alphaField('TOO LONG', 3)).toThrow(/longer than 3/);
  });

  it('throws when the text holds a character outside printable ASCII', () => {
    expect(() => alphaField('JOSÉ', 10)).toThrow(/printable ASCII/);
    expect(() => alphaField('A\nB', 10)).toThrow(/printable ASCII/);
  });
});

describe('rightAlphaField', () => {
  it.each([
    ['123456789', ' 123456789'],
    ['1234567890', '1234567890'],
  ])('right-justifies %p in 10 characters', (text, field) => {
    expect(rightAlphaField(text, 10)).toBe(field);
  });

  it('throws when the text is longer than the field', () => {
    expect(() => rightAlphaField('12345678901', 10)).toThrow(/longer than 10/);
  });
});

describe('cutText', () => {
  it('keeps the first characters when the text is longer than the field', () => {
    expect(cutText('A VERY LONG COMPANY NAME', 16)).toBe('A VERY LONG COMP');
  });

  it('leaves a short text as it is', () => {
    expect(cutText('ACME', 16)).toBe('ACME');
  });
});
