import { bodyText, oneLineText } from './mergedValueText';

describe('oneLineText', () => {
  it.each([
    ['Ada\r\nBcc: x@example.org', 'Ada Bcc: x@example.org'],
    ['a\tb\u0000c\u2028d', 'a b c d'],
    ['plain', 'plain'],
  ])('turns control characters into spaces when the value is %p', (value, expected) => {
    expect(oneLineText(value)).toBe(expected);
  });
});

describe('bodyText', () => {
  it.each([
    ['1 River Lane\r\nSpringfield\tIL', '1 River Lane\nSpringfield IL'],
    ['a\rb\nc', 'a\nb\nc'],
    ['bell\u0007', 'bell '],
  ])('keeps line breaks and spaces out other controls when the value is %p', (value, expected) => {
    expect(bodyText(value)).toBe(expected);
  });
});
