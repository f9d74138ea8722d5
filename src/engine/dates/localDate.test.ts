import fc from 'fast-check';
import { addDays, dayOfWeek, daysBetween, daysInMonth, fromYmd, isLeapYear, LocalDate, toYmd } from './localDate';

describe('fromYmd', () => {
  it.each([
    [1970, 1, 1, 0],
    [1970, 1, 2, 1],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11_017],
    [1900, 3, 1, -25_508],
  ])('counts %i-%i-%i as day %i since 1970-01-01', (y, m, d, days) => {
    expect(fromYmd(y, m, d)).toBe(days);
  });

  it.each([
    [2026, 2, 30],
    [2026, 2, 29],
    [1900, 2, 29],
    [2026, 4, 31],
    [2026, 13, 1],
    [2026, 0, 10],
    [2026, 1, 0],
    [2026, 1.5, 1],
  ])('returns null for the impossible date %i-%i-%i, never rolling it over', (y, m, d) => {
    expect(fromYmd(y, m, d)).toBeNull();
  });

  it('accepts 2024-02-29 and 2000-02-29 (leap years)', () => {
    expect(fromYmd(2024, 2, 29)).not.toBeNull();
    expect(fromYmd(2000, 2, 29)).not.toBeNull();
  });

  it('round-trips with toYmd for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (n) => {
        const { year, month, day } = toYmd(n as LocalDate);
        return fromYmd(year, month, day) === n;
      }),
    );
  });
});

describe('toYmd and fromYmd', () => {
  /** What JS Dates say (UTC, proleptic Gregorian): the arithmetic must agree with them. */
  const viaDate = (n: number) => {
    const d = new Date(n * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  };

  it('agree with JS Dates on every day from 1600 to 2500', () => {
    for (let n = -135_140; n <= 194_800; n++) {
      const ymd = toYmd(n as LocalDate);
      const expected = viaDate(n);
      if (ymd.year !== expected.year || ymd.month !== expected.month || ymd.day !== expected.day) expect([n, ymd]).toEqual([n, expected]);
      if (fromYmd(ymd.year, ymd.month, ymd.day) !== n) expect([ymd, fromYmd(ymd.year, ymd.month, ymd.day)]).toEqual([ymd, n]);
    }
  });

  it('agree with JS Dates on far and early years (0, before 0, 9999, 200000)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8_000_000, max: 73_000_000 }), (n) => {
        const ymd = toYmd(n as LocalDate);
        expect(ymd).toEqual(viaDate(n));
        expect(fromYmd(ymd.year, ymd.month, ymd.day)).toBe(n);
      }),
    );
    expect(toYmd(fromYmd(0, 2, 29) as LocalDate)).toEqual({ year: 0, month: 2, day: 29 });
    expect(toYmd(fromYmd(9999, 12, 31) as LocalDate)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(toYmd(fromYmd(-1, 3, 1) as LocalDate)).toEqual({ year: -1, month: 3, day: 1 });
  });
});

describe('addDays', () => {
  it('crosses a leap day', () => {
    expect(toYmd(addDays(fromYmd(2024, 2, 28) as LocalDate, 1))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(toYmd(addDays(fromYmd(2024, 2, 28) as LocalDate, 2))).toEqual({ year: 2024, month: 3, day: 1 });
  });

  it('is undone by daysBetween', () => {
    const start = fromYmd(2026, 11, 21) as LocalDate;
    expect(daysBetween(start, addDays(start, -45))).toBe(-45);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('gives %i-%i %i days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2025, false],
    [1900, false],
    [2000, true],
  ])('says %i is a leap year: %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });
});

describe('dayOfWeek', () => {
  it('knows 2026-11-21 is a Saturday and 1970-01-01 a Thursday', () => {
    expect(dayOfWeek(fromYmd(2026, 11, 21) as LocalDate)).toBe(6);
    expect(dayOfWeek(0 as LocalDate)).toBe(4);
    expect(dayOfWeek(-1 as LocalDate)).toBe(3);
  });
});
