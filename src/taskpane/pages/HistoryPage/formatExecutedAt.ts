/** A Run Log time as the History page shows it. */
export interface ExecutedAtView {
  /** The time for a person: `30 Nov 2026, 08:32`, in the pane's time zone when the value names its own. */
  text: string;
  /** The value for `<time dateTime>`: the Run Log's own ISO 8601 text; `null` when it is not one. */
  dateTime: string | null;
}

// `2026-11-30T07:32:15Z`, `2026-11-30T07:32`, `2026-11-30 07:32:15.123+01:00`: what the Run Log holds.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/**
 * A Run Log Executed At as a readable date and time. A value with a zone (`Z`, `+01:00`, as
 * posts write it) is shown in `timeZone` (the pane's own by default); one without is a wall
 * clock and is shown as written. Day, month name and year, then the 24-hour time, so no reader
 * mistakes 3/11 for 11/3. Anything else is shown as it is, with no `dateTime`.
 *
 * @example
 * formatExecutedAt('2026-11-30T07:32:15Z', 'Europe/London') // → { text: '30 Nov 2026, 07:32', dateTime: '2026-11-30T07:32:15Z' }
 * formatExecutedAt('2026-03-01T09:00')                      // → { text: '1 Mar 2026, 09:00', dateTime: '2026-03-01T09:00' }
 * formatExecutedAt('yesterday')                             // → { text: 'yesterday', dateTime: null }
 */
export function formatExecutedAt(value: string, timeZone?: string): ExecutedAtView {
  const trimmed = value.trim();
  const m = ISO.exec(trimmed);
  if (!m) return { text: value, dateTime: null };
  const [, y, mo, d, h, mi, s = '0', zone] = m;
  const wall = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  // Date.UTC rolls 31 Feb over into March: a value that does not come back the same is not a time.
  if (wall.getUTCMonth() !== +mo - 1 || wall.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) return { text: value, dateTime: null };
  const dateTime = trimmed.replace(' ', 'T');
  if (zone === undefined) return { text: format(wall, 'UTC'), dateTime };
  const [sign, hours, minutes] = zone === 'Z' ? ['+', '0', '0'] : [zone[0], zone.slice(1, 3), zone.slice(-2)];
  const offsetMinutes = (sign === '-' ? -1 : 1) * (+hours * 60 + +minutes);
  return { text: format(new Date(wall.getTime() - offsetMinutes * 60_000), timeZone), dateTime };
}

function format(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-GB', { ...OPTIONS, timeZone }).format(date);
}
