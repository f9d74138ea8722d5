import { daysBetween, type LocalDate } from '../dates/localDate';
import { anniversary, termEnd } from '../dates/termEnd';
import { roundHalfUpToCents } from '../money/roundHalfUpToCents';
import type { Proration } from '../model/run';

/** What {@link firstTermAmount} needs: the product's price and term, and the first term. */
export interface FirstTermAmountOptions {
  price: number;
  termMonths: number;
  proration: Proration;
  termStart: LocalDate;
  termEnd: LocalDate;
}

/**
 * The amount an activation's first term is billed (SPEC §11 Proration), rounded half-up to cents:
 * - `none`: the Price;
 * - `monthly`: Price × months started in the first term ÷ Term Months. Months are counted from
 *   the start as terms are (§1): month k starts on the start's k-month anniversary, and a month
 *   that starts on or before the term end counts whole;
 * - `daily`: Price × days in the first term ÷ days in a full term of Term Months from the same
 *   start (both counting their first and last day).
 * A first term longer than Term Months (Term Months 1 aligned to a yearly day) bills more than
 * the Price: it covers more than one term.
 *
 * @example
 * // Align To 01-01, Price 120, Term Months 12, start 2026-03-15 → first term ends 2026-12-31
 * firstTermAmount({ price: 120, termMonths: 12, proration: 'monthly', termStart, termEnd }) // → 100 (10 months started)
 * firstTermAmount({ price: 120, termMonths: 12, proration: 'daily', termStart, termEnd })   // → 96 (292 of 365 days)
 */
export function firstTermAmount(options: FirstTermAmountOptions): number {
  const { price, termMonths, proration, termStart, termEnd: end } = options;
  if (proration === 'none') return roundHalfUpToCents(price);
  if (proration === 'monthly') return roundHalfUpToCents((price * monthsStarted(termStart, end)) / termMonths);
  const days = daysBetween(termStart, end) + 1;
  const fullDays = daysBetween(termStart, termEnd(termStart, termMonths)) + 1;
  return roundHalfUpToCents((price * days) / fullDays);
}

/** Months of a term from `start` that start on or before `end` (at least the first). */
export function monthsStarted(start: LocalDate, end: LocalDate): number {
  let months = 1;
  while (anniversary(start, months) <= end) months += 1;
  return months;
}
