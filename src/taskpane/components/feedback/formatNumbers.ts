/** Numbers as the pane shows them: counts with group separators, amounts with two decimals. */
const LOCALE = 'en-US';
const COUNT = new Intl.NumberFormat(LOCALE);
const AMOUNT = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** @example formatCount(19474) // → '19,474' */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** @example formatAmount(1440) // → '1,440.00' */
export function formatAmount(amount: number): string {
  return AMOUNT.format(amount);
}
