const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as wall-clock date and time `YYYY-MM-DD HH:MM:SS` in an IANA time zone: how the
 * Deliveries sheet shows when a message left (SPEC §9 At, "in the Time Zone setting"). Pure: the
 * instant is passed in.
 *
 * @example
 * dateTimeInTimeZone(Date.parse('2026-11-21T16:02:09Z'), 'America/Chicago') // → '2026-11-21 10:02:09'
 */
export function dateTimeInTimeZone(instant: Date | number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...options });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}
