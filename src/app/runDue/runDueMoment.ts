import type { LocalDate } from '../../engine/dates/localDate';

/**
 * "Now" for the nightly job (SPEC §12): a date and a time of day (`HH:MM`, 24-hour) in the
 * workbook's Time Zone setting — `--as-of`/`--at`, else the clock read in that zone.
 */
export interface RunDueMoment {
  date: LocalDate;
  time: string;
}

/** The time of a run whose Time cell is blank: midnight, the start of its occurrence's day. */
export const MIDNIGHT = '00:00';

/**
 * Whether `now` has reached `date` at `time` (`HH:MM`; blank = midnight). `HH:MM` texts are
 * zero-padded (the Runs sheet's parser writes them so), so they compare as text.
 *
 * @example
 * momentReached({ date: isoDate('2026-11-21'), time: '05:59' }, isoDate('2026-11-21'), '06:00') // → false
 * momentReached({ date: isoDate('2026-11-22'), time: '00:00' }, isoDate('2026-11-21'), '06:00') // → true
 */
export function momentReached(now: RunDueMoment, date: LocalDate, time: string | null): boolean {
  return now.date > date || (now.date === date && now.time >= (time ?? MIDNIGHT));
}
