import { Refusal } from '../../../app/refusal';

/**
 * Whether a refused post or approval says the preview is stale (the inputs changed since it was
 * made, SPEC §5): then the run page's next step is to preview again, not to post.
 *
 * @example
 * isStaleRefusal(new Refusal('PREVIEW_CHANGED', '…')) // → true
 * isStaleRefusal(new Refusal('POST_REFUSED', 'The inputs changed since the preview: refresh first.')) // → true
 */
export function isStaleRefusal(failure: unknown): boolean {
  if (!(failure instanceof Refusal)) return false;
  return failure.code === 'PREVIEW_CHANGED' || (failure.code === 'POST_REFUSED' && /changed since the preview/i.test(failure.message));
}
