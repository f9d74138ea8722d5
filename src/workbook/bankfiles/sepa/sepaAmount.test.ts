import { formatCents, sumCents, toCents } from './sepaAmount';

describe('toCents', () => {
  it.each([
    [10.1, 1010],
    [0.01, 1],
    [0.1 + 0.2, 30],
    [120, 12000],
    [999_999_999.99, 99_999_999_999],
  ])('turns %p into %p cents', (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
  });

  it.each([0, -5, 0.004, 10.123, NaN, Infinity, 1_000_000_000])('throws when the amount is %p', (amount) => {
    expect(() => toCents(amount)).toThrow('Not a SEPA amount');
  });
});

describe('formatCents', () => {
  it.each([
    [3030, '30.30'],
    [5, '0.05'],
    [12000, '120.00'],
    [6012, '60.12'],
    [99_999_999_999, '999999999.99'],
  ])('writes %p cents as %j', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });
});

describe('sumCents', () => {
  it('adds in cents when the float sum would have an artefact', () => {
    expect(10.1 + 20.2).not.toBe(30.3);
    expect(sumCents([10.1, 20.2])).toBe(3030);
    expect(formatCents(sumCents([0.1, 0.2, 60.02]))).toBe('60.32');
  });
});
