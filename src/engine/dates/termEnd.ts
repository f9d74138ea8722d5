import { addDays, daysInMonth, fromYmd, LocalDate, toYmd } from './localDate';

/**
 * The anniversary of `start` `months` months later. Where that day does not exist in the
 * target month, the anniversary is the first day of the following month (SPEC §1) — unlike
 * date-fns' `addMonths`, which clamps to the month's last day.
 *
 * @example
 * anniversary(isoDate('2024-02-29'), 12) // → 2025-03-01 (no 2025-02-29)
 * anniversary(isoDate('2025-01-31'), 1)  // → 2025-03-01 (no 2025-02-31)
 */
export function anniversary(start: LocalDate, months: number): LocalDate {
  const { year, month, day } = toYmd(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  if (day <= daysInMonth(targetYear, targetMonth)) {
    return fromYmd(targetYear, targetMonth, day) as LocalDate;
  }
  const nextIndex = monthIndex + 1;
  return fromYmd(Math.floor(nextIndex / 12), (nextIndex % 12) + 1, 1) as LocalDate;
}

/**
 * The last day of a term of `months` months starting on `start`: the day before the
 * anniversary (SPEC §1). The next term starts the day after.
 *
 * @example
 * termEnd(isoDate('2025-01-01'), 12) // → 2025-12-31
 * termEnd(isoDate('2024-02-29'), 12) // → 2025-02-28
 * termEnd(isoDate('2025-01-31'), 1)  // → 2025-02-28
 * termEnd(isoDate('2024-01-31'), 1)  // → 2024-02-29
 * termEnd(isoDate('2025-03-31'), 1)  // → 2025-04-30
 */
export function termEnd(start: LocalDate, months: number): LocalDate {
  return addDays(anniversary(start, months), -1);
}
