/**
 * A calendar date with no time of day and no time zone (SPEC §1): whole days since 1970-01-01.
 * Being a plain integer, it cannot shift with the machine's time zone, compares with `<` and
 * adds with `+`. Convert to and from Excel serials, ISO text or JS Dates only at the edges.
 */
export type LocalDate = number & { readonly __brand: 'LocalDate' };

/** Year, month (1–12) and day (1–31) of a {@link LocalDate}. */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The date for a year, month (1–12) and day, or `null` when no such day exists.
 * An impossible date is never rolled over into the next month (SPEC §1).
 *
 * @example
 * fromYmd(2024, 2, 29) // → the LocalDate of 2024-02-29
 * fromYmd(2026, 2, 30) // → null
 */
export function fromYmd(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // UTC arithmetic on the proleptic Gregorian calendar; no time zone is involved.
  // setUTCFullYear (unlike Date.UTC) does not map years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY) as LocalDate;
}

/**
 * The year, month and day of a date.
 *
 * @example
 * toYmd(fromYmd(2025, 12, 31)!) // → { year: 2025, month: 12, day: 31 }
 */
export function toYmd(date: LocalDate): YearMonthDay {
  const d = new Date(date * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @example
 * addDays(fromYmd(2024, 2, 28)!, 1) // → 2024-02-29
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return (date + days) as LocalDate;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween(fromYmd(2026, 1, 1)!, fromYmd(2026, 1, 31)!) // → 30
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return to - from;
}

/**
 * Number of days in a month (1–12) of a year, leap years included.
 *
 * @example
 * daysInMonth(2024, 2) // → 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a year is a Gregorian leap year.
 *
 * @example
 * isLeapYear(1900) // → false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: LocalDate): number {
  return (((date + 4) % 7) + 7) % 7;
}
