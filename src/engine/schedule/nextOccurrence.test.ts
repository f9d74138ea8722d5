import { formatIsoDate, isoDate } from '../dates/isoDate';
import type { Schedule } from '../model/run';
import { firstOccurrenceOnOrAfter, nextOccurrence } from './nextOccurrence';

const next = (schedule: Schedule, after: string) => formatIsoDate(nextOccurrence(schedule, isoDate(after)));
const monthly = (dayOfMonth: number): Schedule => ({ frequency: 'monthly', dayOfMonth });
const yearly = (month: number, day: number): Schedule => ({ frequency: 'yearly', month, day });

describe('nextOccurrence', () => {
  it.each([
    ['2025-12-31', '2026-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2025-02-28', '2025-03-01'],
  ])('runs a daily schedule the day after %s: %s', (after, expected) => {
    expect(next({ frequency: 'daily' }, after)).toBe(expected);
  });

  it.each([
    // 2025-12-29 is a Monday; the year ends on a Wednesday.
    [1, '2025-12-28', '2025-12-29'],
    [1, '2025-12-29', '2026-01-05'],
    [1, '2025-12-31', '2026-01-05'],
    [4, '2025-12-31', '2026-01-01'],
    [3, '2025-12-31', '2026-01-07'],
    [0, '2026-01-03', '2026-01-04'],
    [6, '2026-01-03', '2026-01-10'],
  ])('runs a weekly schedule on weekday %i after %s on %s, across the year end', (weekday, after, expected) => {
    expect(next({ frequency: 'weekly', weekday }, after)).toBe(expected);
  });

  const monthEnds = (year: number, feb: string) =>
    ['01-31', feb, '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'].map((md) => `${year}-${md}`);
  it.each([
    ['a leap year', 2024, monthEnds(2024, '02-29')],
    ['a normal year', 2025, monthEnds(2025, '02-28')],
  ])('runs a monthly day-31 schedule on the last day of every month of %s', (_kind, year, expected) => {
    const got: string[] = [];
    let after = `${Number(year) - 1}-12-31`;
    for (let i = 0; i < 12; i++) {
      after = next(monthly(31), after);
      got.push(after);
    }
    expect(got).toEqual(expected);
  });

  it.each([
    [30, '2025-01-30', '2025-02-28'],
    [30, '2024-01-30', '2024-02-29'],
    [30, '2025-02-28', '2025-03-30'],
    [29, '2025-01-29', '2025-02-28'],
    [29, '2024-01-29', '2024-02-29'],
    [30, '2025-02-27', '2025-02-28'],
  ])('runs a monthly day-%i schedule after %s on %s: February falls on its last day', (day, after, expected) => {
    expect(next(monthly(day), after)).toBe(expected);
  });

  it.each([
    [15, '2026-03-14', '2026-03-15'],
    [15, '2026-03-15', '2026-04-15'],
    [1, '2026-12-01', '2027-01-01'],
    [1, '2026-12-31', '2027-01-01'],
  ])('runs a monthly day-%i schedule after %s on %s', (day, after, expected) => {
    expect(next(monthly(day), after)).toBe(expected);
  });

  it.each([
    ['2023-03-01', '2024-02-29'],
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2025-02-28'],
    ['2025-02-28', '2026-02-28'],
    ['2027-02-28', '2028-02-29'],
    ['2099-03-01', '2100-02-28'],
  ])('runs a yearly 02-29 schedule after %s on %s: 02-28 in non-leap years', (after, expected) => {
    expect(next(yearly(2, 29), after)).toBe(expected);
  });

  it.each([
    ['2026-06-30', '2026-07-01'],
    ['2026-07-01', '2027-07-01'],
    ['2026-12-31', '2027-07-01'],
  ])('runs a yearly 07-01 schedule after %s on %s', (after, expected) => {
    expect(next(yearly(7, 1), after)).toBe(expected);
  });

  it.each<[string, Schedule, string]>([
    ['daily', { frequency: 'daily' }, '2026-03-02'],
    ['weekly', { frequency: 'weekly', weekday: 0 }, '2026-03-08'],
    ['monthly', monthly(1), '2026-04-01'],
    ['yearly', yearly(3, 1), '2027-03-01'],
  ])('is strictly after the date when the date is itself a %s occurrence', (_kind, schedule, expected) => {
    // 2026-03-01 is a Sunday.
    expect(next(schedule, '2026-03-01')).toBe(expected);
  });

  it.each<[Schedule]>([
    [{ frequency: 'weekly', weekday: 7 }],
    [{ frequency: 'weekly', weekday: 1.5 }],
    [monthly(0)],
    [monthly(32)],
    [yearly(13, 1)],
    [yearly(2, 30)],
    [yearly(4, 31)],
  ])('throws on the impossible schedule %j', (schedule) => {
    expect(() => nextOccurrence(schedule, isoDate('2026-01-01'))).toThrow(RangeError);
  });
});

describe('firstOccurrenceOnOrAfter', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026-03-02', '2026-04-01'],
    ['2026-02-28', '2026-03-01'],
  ])('gives a monthly day-1 schedule on or after %s: %s', (date, expected) => {
    expect(formatIsoDate(firstOccurrenceOnOrAfter(monthly(1), isoDate(date)))).toBe(expected);
  });

  it('includes a yearly 02-29 schedule on 02-28 of a non-leap year', () => {
    expect(formatIsoDate(firstOccurrenceOnOrAfter(yearly(2, 29), isoDate('2026-02-28')))).toBe('2026-02-28');
  });
});
