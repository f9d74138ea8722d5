import { inflatesTooFar } from './packageRefusals';

/**
 * The bytes every part of one package may still inflate to, together (SPEC §8: 1 GiB). Each
 * inflater charges what it produces as it produces it, so a zip bomb is refused mid-stream.
 *
 * @example
 * const budget = new InflateBudget(EXCEL_LIMITS.maxInflatedBytes);
 * budget.charge(65536); // throws a TOO_LARGE refusal once the total passes the limit
 */
export class InflateBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** Bytes still allowed. */
  get remaining(): number {
    return this.limit - this.used;
  }

  /** Counts `bytes` more inflated bytes; refuses (TOO_LARGE) past the limit. */
  charge(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw inflatesTooFar(this.limit);
  }
}
