import { addDays, dayOfWeek, daysInMonth, fromYmd, LocalDate, toYmd } from '../dates/localDate';
import type { Schedule } from '../model/run';

/**
 * The first occurrence of a schedule strictly after `after` (SPEC §4, Frequency and Day).
 *
 * - daily: the next day.
 * - weekly: the next date on the schedule's weekday (0 = Sunday … 6 = Saturday); when `after`
 *   is itself that weekday, the same weekday a week later.
 * - monthly: day 1–31 of the month, where 31 means the month's last day (SPEC §4). A day the
 *   month does not have (29 or 30 in February, 31 in a 30-day month) falls on the month's last
 *   day, so a monthly run still runs every month — it is never skipped, and never rolled over
 *   into the next month (which would run twice there). This deliberately differs from term
 *   arithmetic (SPEC §1), where a missing anniversary moves to the 1st of the next month.
 * - yearly: the schedule's month and day; 02-29 falls on 02-28 in a non-leap year, so a yearly
 *   run still runs every year, in its own month.
 *
 * Throws a RangeError for a schedule the Runs sheet could not have produced (a bug).
 *
 * @example
 * nextOccurrence({ frequency: 'monthly', dayOfMonth: 30 }, isoDate('2025-01-30')) // → 2025-02-28
 * nextOccurrence({ frequency: 'weekly', weekday: 1 }, isoDate('2025-12-29'))      // → 2026-01-05
 * nextOccurrence({ frequency: 'yearly', month: 2, day: 29 }, isoDate('2024-02-29')) // → 2025-02-28
 */
export function nextOccurrence(schedule: Schedule, after: LocalDate): LocalDate {
  assertValidSchedule(schedule);
  switch (schedule.frequency) {
    case 'daily':
      return addDays(after, 1);
    case 'weekly':
      // 1–7 days ahead: 7 when `after` already falls on the weekday (strictly after).
      return addDays(after, ((schedule.weekday - dayOfWeek(after) + 6) % 7) + 1);
    case 'monthly': {
      const { year, month } = toYmd(after);
      const thisMonth = dayInMonth(year, month, schedule.dayOfMonth);
      if (thisMonth > after) return thisMonth;
      const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
      return dayInMonth(nextYear, nextMonth, schedule.dayOfMonth);
    }
    case 'yearly': {
      const { year } = toYmd(after);
      const thisYear = dayInMonth(year, schedule.month, schedule.day);
      return thisYear > after ? thisYear : dayInMonth(year + 1, schedule.month, schedule.day);
    }
  }
}

/**
 * The first occurrence of a schedule on or after `date`: `date` itself when it is an occurrence.
 *
 * @example
 * firstOccurrenceOnOrAfter({ frequency: 'monthly', dayOfMonth: 1 }, isoDate('2026-03-01')) // → 2026-03-01
 * firstOccurrenceOnOrAfter({ frequency: 'monthly', dayOfMonth: 1 }, isoDate('2026-03-02')) // → 2026-04-01
 */
export function firstOccurrenceOnOrAfter(schedule: Schedule, date: LocalDate): LocalDate {
  return nextOccurrence(schedule, addDays(date, -1));
}

/** Day `day` of a month, or the month's last day when the month is shorter. */
function dayInMonth(year: number, month: number, day: number): LocalDate {
  return fromYmd(year, month, Math.min(day, daysInMonth(year, month))) as LocalDate;
}

function assertValidSchedule(schedule: Schedule): void {
  const ok = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  const valid =
    schedule.frequency === 'daily' ||
    (schedule.frequency === 'weekly' && ok(schedule.weekday, 0, 6)) ||
    (schedule.frequency === 'monthly' && ok(schedule.dayOfMonth, 1, 31)) ||
    // A yearly day must exist in some year (2000 is a leap year): 02-29 yes, 02-30 and 04-31 never.
    (schedule.frequency === 'yearly' && ok(schedule.month, 1, 12) && ok(schedule.day, 1, daysInMonth(2000, schedule.month)));
  if (!valid) throw new RangeError(`Invalid schedule: ${JSON.stringify(schedule)}`);
}
