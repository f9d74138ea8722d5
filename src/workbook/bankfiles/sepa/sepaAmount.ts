/**
 * Amounts of a pain.008 file. They are added in whole cents, never as floats, so that a
 * CtrlSum is exactly the sum of the InstdAmts a bank adds up (10.1 + 20.2 is 30.30, not
 * 30.299999999999997), and written with exactly two decimals.
 */

/** The largest amount of one debit (dk l.26-45: 0.01–999999999.99). */
const MAX_CENTS = 99_999_999_999;

/**
 * `amount` (EUR) in whole cents. Throws when it is not a positive amount of whole cents: the
 * engine rounds every invoice to cents, so anything else is a bug, never the user's input.
 *
 * @example
 * toCents(10.1) // → 1010
 * toCents(0)    // throws
 */
export function toCents(amount: number): number {
  const cents = Math.round(amount * 100);
  // 1e-6 of a cent tolerates a float's last bit (0.1 + 0.2) but not a third decimal.
  if (!Number.isFinite(amount) || cents < 1 || cents > MAX_CENTS || Math.abs(amount * 100 - cents) > 1e-6) {
    throw new Error(`Not a SEPA amount in cents: ${amount}`);
  }
  return cents;
}

/**
 * Whole cents written as a SEPA amount: no thousands separator, exactly two decimals.
 *
 * @example
 * formatCents(3030)  // → '30.30'
 * formatCents(5)     // → '0.05'
 * formatCents(12000) // → '120.00'
 */
export function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * The sum of `amounts` in cents.
 *
 * @example
 * sumCents([10.1, 20.2]) // → 3030
 */
export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + toCents(amount), 0);
}
