import fc from 'fast-check';
import { formatIsoDate, isoDate } from './isoDate';
import { addDays, fromYmd, LocalDate } from './localDate';
import { anniversary, termEnd } from './termEnd';

describe('termEnd', () => {
  it.each([
    // SPEC §1 examples
    ['2025-01-01', 12, '2025-12-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    // month ends and leap days
    ['2024-02-29', 48, '2028-02-28'],
    ['2023-02-28', 12, '2024-02-27'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-10-31', 1, '2025-11-30'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2025-05-30', 9, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-14'],
    ['2025-11-01', 120, '2035-10-31'],
  ])('ends a term starting %s of %i months on %s', (start, months, end) => {
    expect(formatIsoDate(termEnd(isoDate(start), months))).toBe(end);
  });

  it('differs from clamping when the anniversary day does not exist', () => {
    // date-fns addMonths(2025-01-31, 1) clamps to 2025-02-28, whose day before is 02-27.
    expect(formatIsoDate(termEnd(isoDate('2025-01-31'), 1))).not.toBe('2025-02-27');
  });

  const dates = fc.integer({ min: -25_000, max: 60_000 }).map((n) => n as LocalDate);
  const months = fc.integer({ min: 1, max: 120 });

  it('never ends before the term starts', () => {
    fc.assert(fc.property(dates, months, (start, n) => termEnd(start, n) >= start));
  });

  it('lets the next term start the day after, on the anniversary', () => {
    fc.assert(fc.property(dates, months, (start, n) => addDays(termEnd(start, n), 1) === anniversary(start, n)));
  });

  it('ends a 12-month term on the day before the same date a year later when that date exists', () => {
    fc.assert(
      fc.property(dates, (start) => {
        const iso = formatIsoDate(start);
        if (iso.endsWith('02-29')) return true;
        const next = fromYmd(Number(iso.slice(0, 4)) + 1, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
        return termEnd(start, 12) === addDays(next as LocalDate, -1);
      }),
    );
  });
});

describe('anniversary', () => {
  it.each([
    ['2024-02-29', 12, '2025-03-01'],
    ['2025-01-31', 1, '2025-03-01'],
    ['2024-01-31', 1, '2024-03-01'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-11-30', 3, '2026-03-01'],
  ])('puts the anniversary of %s plus %i months on %s', (start, n, expected) => {
    expect(formatIsoDate(anniversary(isoDate(start), n))).toBe(expected);
  });
});
