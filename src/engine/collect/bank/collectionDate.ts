import { addDays, type LocalDate } from '../../dates/localDate';

/**
 * The day the bank debits a collection (SPEC §10): `C = max(Due Date, D + Collection Lead Days)`
 * — never before the invoice is due, and never sooner than the bank needs the file.
 *
 * @example
 * collectionDate(isoDate('2026-12-01'), isoDate('2026-11-30'), 2) // → 2026-12-02 (D + 2 is later)
 * collectionDate(isoDate('2026-12-20'), isoDate('2026-11-30'), 2) // → 2026-12-20 (the Due Date)
 */
export function collectionDate(dueDate: LocalDate, asOf: LocalDate, collectionLeadDays: number): LocalDate {
  const earliest = addDays(asOf, collectionLeadDays);
  return dueDate > earliest ? dueDate : earliest;
}
