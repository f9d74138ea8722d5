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

/** Days from 0000-03-01 (the start of a 400-year era, counted from March) to 1970-01-01. */
const DAYS_TO_EPOCH = 719_468;
/** Days in a 400-year Gregorian era. */
const DAYS_PER_ERA = 146_097;

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
  // Day arithmetic on the proleptic Gregorian calendar, as JS Dates count (years 0–99 are not
  // 1900–1999), without making a Date: years are counted from March, so the leap day ends one,
  // in 400-year eras of 146,097 days (H. Hinnant's days_from_civil).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * DAYS_PER_ERA + dayOfEra - DAYS_TO_EPOCH) as LocalDate;
}

/**
 * The year, month and day of a date.
 *
 * @example
 * toYmd(fromYmd(2025, 12, 31)!) // → { year: 2025, month: 12, day: 31 }
 */
export function toYmd(date: LocalDate): YearMonthDay {
  // The inverse of fromYmd's arithmetic (H. Hinnant's civil_from_days), without making a Date.
  const days = date + DAYS_TO_EPOCH;
  const era = Math.floor(days / DAYS_PER_ERA);
  const dayOfEra = days - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
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
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
