import { formatRfc5322Date } from './rfc5322Date';

describe('formatRfc5322Date', () => {
  it.each([
    [Date.UTC(2026, 10, 30, 9, 5, 7), 'Mon, 30 Nov 2026 09:05:07 +0000'],
    [Date.UTC(2024, 1, 29, 23, 59, 59), 'Thu, 29 Feb 2024 23:59:59 +0000'],
    [Date.UTC(2027, 0, 1, 0, 0, 0), 'Fri, 1 Jan 2027 00:00:00 +0000'],
  ])('writes %p in UTC as %p', (time, text) => {
    expect(formatRfc5322Date(new Date(time))).toBe(text);
  });

  it('throws on an invalid Date, a bug in the caller', () => {
    expect(() => formatRfc5322Date(new Date(NaN))).toThrow('Invalid Date');
  });
});
