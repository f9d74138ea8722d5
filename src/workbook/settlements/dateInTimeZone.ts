import { fromYmd, type LocalDate } from '../../engine/dates/localDate';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of an instant (milliseconds since the epoch) in an IANA time zone, through
 * `Intl` so daylight-saving rules come from the platform's time-zone data. Pure: the instant
 * is passed in (the host's `todayInTimeZone` does the same for the clock's instant, but the
 * workbook layer may not import hosts).
 *
 * @example
 * dateInTimeZone(Date.parse('2026-11-21T04:30:00Z'), 'America/New_York') // → 2026-11-20
 */
export function dateInTimeZone(epochMs: number, timeZone: string): LocalDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(epochMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return fromYmd(get('year'), get('month'), get('day')) as LocalDate;
}
