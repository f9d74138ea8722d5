import type { ReasonWords } from '../model/reason';
import { detailText, withValue } from '../reasons/reasonWordParts';

/**
 * Words of the reason codes only notify gives.
 *
 * @example
 * NOTICE_REASON_WORDS.MEMBERSHIP_NOT_FOUND({ membershipId: 'M-1001' }) // → 'no Members row for membership M-1001'
 */
export const NOTICE_REASON_WORDS = {
  NO_EMAIL: () => 'no email address',
  MEMBERSHIP_NOT_FOUND: (d) => withValue('no Members row for membership', detailText(d.membershipId), ' '),
} satisfies ReasonWords<'NO_EMAIL' | 'MEMBERSHIP_NOT_FOUND'>;
