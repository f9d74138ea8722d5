import type { RunDraft } from '../../session/runsSession';

/**
 * Whether two drafts hold the same values in every field (the form is unchanged).
 *
 * @example
 * sameDraft(draft, { ...draft }) // → true
 * sameDraft(draft, { ...draft, name: 'Other' }) // → false
 */
export function sameDraft(a: RunDraft, b: RunDraft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof RunDraft)[]);
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
