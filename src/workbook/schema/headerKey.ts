const IGNORED = /[\s_-]+/g;

/**
 * How sheet names and column headers are compared (SPEC §2): lower case, with spaces (any
 * whitespace, including the non-breaking spaces pasted from web pages), `_` and `-` removed.
 *
 * @example
 * headerKey('Member ID')   // → 'memberid'
 * headerKey(' member_id ') // → 'memberid'
 * headerKey('Member-Id')   // → 'memberid'
 */
export function headerKey(text: string): string {
  return text.replace(IGNORED, '').toLowerCase();
}
