/** Significant digits kept before rounding: enough for any amount, few enough to drop binary noise. */
const SIGNIFICANT_DIGITS = 15;

/**
 * Rounds an amount to cents, halves away from zero ("half-up" on the amounts money has, SPEC
 * §11). `Math.round(x * 100)` alone is wrong at halves: `1.005 * 100` is `100.49999999999999`
 * in binary floating point, so 1.005 would round down. Reading the scaled value back at 15
 * significant digits first removes that noise (a float holds 15–17), then the half is decided
 * on the decimal value the amount was meant to be.
 *
 * @example
 * roundHalfUpToCents(1.005)   // → 1.01
 * roundHalfUpToCents(96.0049) // → 96
 * roundHalfUpToCents(-0.125)  // → -0.13
 */
export function roundHalfUpToCents(amount: number): number {
  const scaled = Number((Math.abs(amount) * 100).toPrecision(SIGNIFICANT_DIGITS));
  const cents = Math.floor(scaled + 0.5);
  // `|| 0` turns -0 into 0: a rounded amount is never shown as "-0.00".
  return (Math.sign(amount) * cents) / 100 || 0;
}
