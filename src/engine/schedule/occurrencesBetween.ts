import type { LocalDate } from '../dates/localDate';
import type { Schedule } from '../model/run';
import { firstOccurrenceOnOrAfter, nextOccurrence } from './nextOccurrence';

/**
 * Every occurrence of a schedule from `from` to `to`, both included, in date order; empty when
 * `to` is before `from`. Steps from one occurrence to the next, so the work is linear in the
 * number of occurrences, not in the number of days (a yearly run over ten years: ten steps).
 * Used for the chart of what the next twelve months of runs will do (SPEC §7).
 *
 * @example
 * occurrencesBetween({ frequency: 'monthly', dayOfMonth: 31 }, isoDate('2026-01-15'), isoDate('2026-04-30'))
 * // → [2026-01-31, 2026-02-28, 2026-03-31, 2026-04-30]
 */
export function occurrencesBetween(schedule: Schedule, from: LocalDate, to: LocalDate): LocalDate[] {
  const occurrences: LocalDate[] = [];
  for (let date = firstOccurrenceOnOrAfter(schedule, from); date <= to;) {
    occurrences.push(date);
    const next = nextOccurrence(schedule, date);
    // A next occurrence that does not move forward is a bug; fail rather than loop forever.
    if (!(next > date)) throw new Error(`Schedule did not advance past ${date}: ${JSON.stringify(schedule)}`);
    date = next;
  }
  return occurrences;
}
