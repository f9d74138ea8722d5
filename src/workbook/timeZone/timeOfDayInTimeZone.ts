const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time `HH:MM` (24-hour) of an instant in an IANA time zone: how the pane and
 * the CLI say since when a post is running ("since 10:02"), in the workbook's Time Zone setting.
 * Pure: the instant is passed in.
 *
 * @example
 * timeOfDayInTimeZone(Date.parse('2026-11-21T16:02:00Z'), 'America/Chicago') // → '10:02'
 */
export function timeOfDayInTimeZone(instant: Date | number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}
