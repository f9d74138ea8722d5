import { formatCount } from '../../components/feedback/formatNumbers';

/**
 * What Discard preview's confirmation says it would lose: the staff exclusions, by number.
 *
 * @example
 * discardWords(2) // → 'Discarding removes the preview sheet and marks the run Cancelled. The 2 items you excluded would be lost: a new preview includes them again.'
 */
export function discardWords(excluded: number): string {
  const lost = excluded === 1 ? 'The 1 item you excluded would be lost' : `The ${formatCount(excluded)} items you excluded would be lost`;
  return `Discarding removes the preview sheet and marks the run Cancelled. ${lost}: a new preview includes ${excluded === 1 ? 'it' : 'them'} again.`;
}
