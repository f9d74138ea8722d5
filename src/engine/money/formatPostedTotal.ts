import { roundCents } from './roundCents';

/**
 * The total amount of posted rows as the post summary prints it, per currency (SPEC §11: no
 * total adds two currencies): en-US digits, two decimals, the code after each amount, currencies
 * in order of first appearance. Rows without a currency (none has an amount) add to no total.
 *
 * @example
 * formatPostedTotal([{ amount: 120, currency: 'USD' }, { amount: 95.5, currency: 'USD' }]) // → '215.50 USD'
 * formatPostedTotal([{ amount: 120, currency: 'USD' }, { amount: 90, currency: 'EUR' }])   // → '120.00 USD and 90.00 EUR'
 */
export function formatPostedTotal(rows: readonly { amount: number; currency: string | null }[]): string {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const key = row.currency ?? '';
    sums.set(key, roundCents((sums.get(key) ?? 0) + row.amount));
  }
  if (sums.size === 0) return format(0);
  return [...sums].map(([currency, sum]) => (currency === '' ? format(sum) : `${format(sum)} ${currency}`)).join(' and ');
}

function format(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
