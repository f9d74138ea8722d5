const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A `Date` header value (RFC 5322 §3.3) in UTC, `+0000`: the same instant reads the same in
 * every host, whatever its time zone. Throws on an invalid Date (a bug in the caller).
 *
 * @example
 * formatRfc5322Date(new Date(Date.UTC(2026, 10, 30, 9, 5, 7))); // 'Mon, 30 Nov 2026 09:05:07 +0000'
 */
export function formatRfc5322Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('Invalid Date for a Date header');
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`;
}
