import fc from 'fast-check';
import { addDays, dayOfWeek, daysInMonth, LocalDate, toYmd } from '../dates/localDate';
import type { Schedule } from '../model/run';
import { firstOccurrenceOnOrAfter, nextOccurrence } from './nextOccurrence';
import { occurrencesBetween } from './occurrencesBetween';

/** The day-by-day definition of an occurrence, written independently of the implementation. */
function isOccurrence(schedule: Schedule, date: LocalDate): boolean {
  const { year, month, day } = toYmd(date);
  const lastDay = daysInMonth(year, month);
  switch (schedule.frequency) {
    case 'daily':
      return true;
    case 'weekly':
      return dayOfWeek(date) === schedule.weekday;
    case 'monthly':
      return day === Math.min(schedule.dayOfMonth, lastDay);
    case 'yearly':
      return month === schedule.month && day === Math.min(schedule.day, lastDay);
  }
}

const schedules: fc.Arbitrary<Schedule> = fc.oneof(
  fc.constant<Schedule>({ frequency: 'daily' }),
  fc.integer({ min: 0, max: 6 }).map((weekday): Schedule => ({ frequency: 'weekly', weekday })),
  fc.integer({ min: 1, max: 31 }).map((dayOfMonth): Schedule => ({ frequency: 'monthly', dayOfMonth })),
  fc
    .integer({ min: 1, max: 12 })
    .chain((month) => fc.integer({ min: 1, max: daysInMonth(2000, month) }).map((day) => ({ month, day })))
    .map(({ month, day }): Schedule => ({ frequency: 'yearly', month, day })),
);
// 1900-01-01 … 2199-12-31, leap and non-leap centuries included.
const dates = fc.integer({ min: -25_567, max: 84_000 }).map((n) => n as LocalDate);

describe('nextOccurrence (properties)', () => {
  it('is strictly after the date, is an occurrence, and no occurrence lies between', () => {
    fc.assert(
      fc.property(schedules, dates, (schedule, after) => {
        const next = nextOccurrence(schedule, after);
        if (!(next > after) || !isOccurrence(schedule, next)) return false;
        for (let d = addDays(after, 1); d < next; d = addDays(d, 1)) {
          if (isOccurrence(schedule, d)) return false;
        }
        return true;
      }),
    );
  });

  it('lets firstOccurrenceOnOrAfter return the date itself exactly when it is an occurrence', () => {
    fc.assert(
      fc.property(schedules, dates, (schedule, date) => {
        return (firstOccurrenceOnOrAfter(schedule, date) === date) === isOccurrence(schedule, date);
      }),
    );
  });

  it('does not mutate the schedule', () => {
    fc.assert(
      fc.property(schedules, dates, (schedule, date) => {
        const copy = structuredClone(schedule);
        nextOccurrence(schedule, date);
        expect(schedule).toEqual(copy);
      }),
    );
  });
});

describe('occurrencesBetween (properties)', () => {
  const ranges = fc.tuple(dates, fc.integer({ min: -10, max: 800 }));

  it('agrees with iterating nextOccurrence', () => {
    fc.assert(
      fc.property(schedules, ranges, (schedule, [from, span]) => {
        const to = addDays(from, span);
        const expected: LocalDate[] = [];
        // Bounded, so that a nextOccurrence that stops advancing fails the test instead of hanging it.
        for (let d = nextOccurrence(schedule, addDays(from, -1)); d <= to && expected.length <= span + 1;) {
          expected.push(d);
          d = nextOccurrence(schedule, d);
        }
        expect(occurrencesBetween(schedule, from, to)).toEqual(expected);
      }),
    );
  });

  it('agrees with checking every day of the range', () => {
    fc.assert(
      fc.property(schedules, ranges, (schedule, [from, span]) => {
        const to = addDays(from, span);
        const expected: LocalDate[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) if (isOccurrence(schedule, d)) expected.push(d);
        expect(occurrencesBetween(schedule, from, to)).toEqual(expected);
      }),
    );
  });
});
