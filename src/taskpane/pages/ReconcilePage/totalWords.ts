import { amountsInWords } from '../../components/feedback/formatMoney';

/**
 * The applied payments' total in a sentence, per currency (SPEC §11: never a sum of two
 * currencies); `nothing` when no payment applies.
 *
 * @example
 * totalWords({ USD: 120, EUR: 90 }) // → '$120.00 and €90.00'
 * totalWords({})                    // → 'nothing'
 */
export function totalWords(totals: Readonly<Record<string, number>>): string {
  return amountsInWords(totals) || 'nothing';
}
