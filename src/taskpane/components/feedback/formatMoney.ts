import { formatAmount } from './formatNumbers';

/** Amounts per currency code, as the engine's statistics and posting counts hold them (SPEC §11). */
export type CurrencyAmounts = Readonly<Record<string, number>>;

const LOCALE = 'en-US';
/** One formatter per currency: building an Intl formatter costs far more than using one. */
const FORMATTERS = new Map<string, Intl.NumberFormat | null>();

function formatterOf(currency: string): Intl.NumberFormat | null {
  let formatter = FORMATTERS.get(currency);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    } catch {
      // Not a well-formed currency code: shown as the code before the plain amount.
      formatter = null;
    }
    FORMATTERS.set(currency, formatter);
  }
  return formatter;
}

/**
 * An amount with its currency, as Intl writes it in en-US: the currency's symbol and its own
 * number of decimals (none for JPY). A code Intl refuses is written before the plain amount.
 *
 * @example
 * formatMoney(1440, 'USD') // → '$1,440.00'
 * formatMoney(300, 'EUR')  // → '€300.00'
 * formatMoney(1440, 'JPY') // → '¥1,440'
 */
export function formatMoney(amount: number, currency: string): string {
  const formatter = formatterOf(currency);
  return formatter === null ? `${currency} ${formatAmount(amount)}` : formatter.format(amount);
}

/**
 * Each currency's amount, in the record's order, never added together (SPEC §11: no total adds
 * two currencies); `[]` for an empty record.
 *
 * @example
 * formatAmountsList({ USD: 1440, EUR: 300 }) // → ['$1,440.00', '€300.00']
 */
export function formatAmountsList(amounts: CurrencyAmounts): string[] {
  return Object.entries(amounts).map(([currency, amount]) => formatMoney(amount, currency));
}

/**
 * Amounts per currency on one line, separated by a middle dot, in the record's order; `''` for
 * an empty record.
 *
 * @example
 * formatAmounts({ USD: 1440, EUR: 300 }) // → '$1,440.00 · €300.00'
 * formatAmounts({})                      // → ''
 */
export function formatAmounts(amounts: CurrencyAmounts): string {
  return formatAmountsList(amounts).join(' · ');
}

/**
 * Amounts per currency as words in a sentence: "a", "a and b", "a, b and c"; `''` for none.
 *
 * @example
 * amountsInWords({ USD: 1440, EUR: 300 }) // → '$1,440.00 and €300.00'
 */
export function amountsInWords(amounts: CurrencyAmounts): string {
  return listInWords(formatAmountsList(amounts));
}

/**
 * Parts of a sentence joined as English lists them: "a", "a and b", "a, b and c"; `''` for none.
 *
 * @example
 * listInWords(['$1.00', '€2.00', '¥3']) // → '$1.00, €2.00 and ¥3'
 */
export function listInWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
