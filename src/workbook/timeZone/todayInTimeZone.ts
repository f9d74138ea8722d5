import { fromYmd, type LocalDate } from '../../engine/dates/localDate';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date at instant `now` (a Date, or milliseconds since the epoch) in an IANA time
 * zone, through `Intl` so daylight-saving rules come from the platform's time-zone data. Pure:
 * the instant is passed in, so the workbook layer may use it (a settlement's Processed At) as
 * well as the CLI and the pane (today's date: SPEC §6 "`--as-of` defaults to today in the Time
 * Zone setting"), which read the clock and hand the result on.
 *
 * @example
 * todayInTimeZone(new Date('2026-11-21T03:00:00Z'), 'America/Chicago') // → 2026-11-20
 * todayInTimeZone(Date.parse('2026-11-21T04:30:00Z'), 'America/New_York') // → 2026-11-20
 */
export function todayInTimeZone(now: Date | number, timeZone: string): LocalDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return fromYmd(get('year'), get('month'), get('day')) as LocalDate;
}
