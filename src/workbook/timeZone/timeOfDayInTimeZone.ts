import { dateTimeInTimeZone } from './dateTimeInTimeZone';

/**
 * The wall-clock time `HH:MM` (24-hour) of an instant in an IANA time zone: how the pane and
 * the CLI say since when a post is running ("since 10:02"), in the workbook's Time Zone setting.
 * Pure: the instant is passed in.
 *
 * @example
 * timeOfDayInTimeZone(Date.parse('2026-11-21T16:02:00Z'), 'America/Chicago') // → '10:02'
 */
export function timeOfDayInTimeZone(instant: Date | number, timeZone: string): string {
  // `YYYY-MM-DD HH:MM:SS` → `HH:MM`.
  return dateTimeInTimeZone(instant, timeZone).slice(11, 16);
}
