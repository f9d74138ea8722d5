/**
 * Rounds a money amount to whole cents, so that sums of prices like 0.1 + 0.2 print as 0.3.
 * Halves round up (toward +∞), as `Math.round` does: amounts here are never negative.
 *
 * @example
 * roundCents(0.1 + 0.2) // → 0.3
 * roundCents(12.345)    // → 12.35
 */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
