import { fromYmd, LocalDate } from '../engine/dates/localDate';

/**
 * The calendar date at instant `now` in an IANA time zone — the CLI's default as-of date
 * (SPEC §6: "`--as-of` defaults to today in the Time Zone setting"). Only the CLI and hosts
 * read the clock; the engine is handed the result.
 *
 * @example
 * todayInTimeZone(new Date('2026-11-21T03:00:00Z'), 'America/Chicago') // → 2026-11-20
 */
export function todayInTimeZone(now: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return fromYmd(get('year'), get('month'), get('day')) as LocalDate;
}
