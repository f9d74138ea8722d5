import type { ReasonWords } from '../model/reason';
import { detailText, inParens, withValue } from '../reasons/reasonWordParts';

/**
 * Words of the reason codes only activate gives (SPEC §3.7).
 *
 * @example
 * ACTIVATE_REASON_WORDS.ALREADY_ACTIVE({ product: 'Annual' }) // → 'already has an active membership (product Annual)'
 */
export const ACTIVATE_REASON_WORDS = {
  ALREADY_ACTIVE: (d) => withValue('already has an active membership', inParens('product', detailText(d.product)), ' '),
} satisfies ReasonWords<'ALREADY_ACTIVE'>;
