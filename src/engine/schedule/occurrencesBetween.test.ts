import { formatIsoDate, isoDate } from '../dates/isoDate';
import type { Schedule } from '../model/run';
import { occurrencesBetween } from './occurrencesBetween';

const between = (schedule: Schedule, from: string, to: string) => occurrencesBetween(schedule, isoDate(from), isoDate(to)).map(formatIsoDate);

describe('occurrencesBetween', () => {
  it('includes occurrences on both ends', () => {
    expect(between({ frequency: 'monthly', dayOfMonth: 1 }, '2026-01-01', '2026-03-01')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });

  it('lists month ends for a monthly day-31 schedule', () => {
    expect(between({ frequency: 'monthly', dayOfMonth: 31 }, '2026-01-15', '2026-04-30')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('lists 52 or 53 weekly occurrences in a year', () => {
    // 2026 starts on a Thursday: 53 Thursdays, 52 Wednesdays.
    expect(between({ frequency: 'weekly', weekday: 4 }, '2026-01-01', '2026-12-31')).toHaveLength(53);
    expect(between({ frequency: 'weekly', weekday: 3 }, '2026-01-01', '2026-12-31')).toHaveLength(52);
  });

  it('lists one yearly occurrence a year', () => {
    expect(between({ frequency: 'yearly', month: 2, day: 29 }, '2024-01-01', '2026-12-31')).toEqual(['2024-02-29', '2025-02-28', '2026-02-28']);
  });

  it.each([
    ['to is before from', '2026-03-02', '2026-03-01'],
    ['no occurrence falls in the range', '2026-03-02', '2026-03-31'],
  ])('is empty when %s', (_why, from, to) => {
    expect(between({ frequency: 'monthly', dayOfMonth: 1 }, from, to)).toEqual([]);
  });

  it('gives the single day for a daily schedule from a day to itself', () => {
    expect(between({ frequency: 'daily' }, '2026-03-01', '2026-03-01')).toEqual(['2026-03-01']);
  });
});
