import type { ReasonWords } from '../model/reason';
import { detailText } from '../reasons/reasonWordParts';

/**
 * The words of the drop action's own reasons.
 *
 * @example
 * DROP_REASON_WORDS.OPEN_BALANCE_CURRENCIES({ currencies: 'USD, EUR' })
 * // → 'the open invoices it would cancel are in USD, EUR: give them one currency first'
 */
export const DROP_REASON_WORDS = {
  OPEN_BALANCE_CURRENCIES: (d) => `the open invoices it would cancel are in ${detailText(d.currencies) ?? 'several currencies'}: give them one currency first`,
} satisfies ReasonWords<'OPEN_BALANCE_CURRENCIES'>;
