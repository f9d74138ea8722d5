import { formatIsoDate, formatIsoDateOrNull, isoDate, parseIsoDate } from './isoDate';
import { fromYmd } from './localDate';

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', fromYmd(2024, 2, 29)],
    [' 2026-11-21 ', fromYmd(2026, 11, 21)],
    ['2026-02-30', null],
    ['2026-2-3', null],
    ['21/11/2026', null],
    ['2026-11-21T00:00', null],
    ['', null],
  ])('reads %p as %p', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });
});

describe('formatIsoDate', () => {
  it('pads months and days', () => {
    expect(formatIsoDate(isoDate('2026-03-01'))).toBe('2026-03-01');
  });

  it('passes null through in formatIsoDateOrNull', () => {
    expect(formatIsoDateOrNull(null)).toBeNull();
  });
});

describe('isoDate', () => {
  it('throws on an invalid literal, a programming error', () => {
    expect(() => isoDate('2026-02-30')).toThrow('Not an ISO date');
  });
});
