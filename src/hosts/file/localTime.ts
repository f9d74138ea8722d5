/**
 * A moment as people read it in messages: local date and time to the second,
 * `YYYY-MM-DD HH:MM:SS`.
 *
 * @example
 * localTime(new Date(2026, 10, 30, 9, 27, 44)); // '2026-11-30 09:27:44'
 */
export function localTime(moment: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())} ${two(moment.getHours())}:${two(moment.getMinutes())}:${two(moment.getSeconds())}`;
}
