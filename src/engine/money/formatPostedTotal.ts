/**
 * The total amount of posted rows as the post summary prints it: en-US digits, at least two
 * decimals (`1,234.50`).
 *
 * @example
 * formatPostedTotal([{ amount: 120 }, { amount: 95.5 }]) // → '215.50'
 */
export function formatPostedTotal(rows: readonly { amount: number }[]): string {
  return rows.reduce((s, r) => s + r.amount, 0).toLocaleString('en-US', { minimumFractionDigits: 2 });
}
