const IGNORED = /[\s_-]+/g;

/**
 * How template set names and merge fields are compared: like sheet headers (SPEC §2, §9) —
 * lower case, with spaces, `_` and `-` removed — so `{{Due Date}}`, `{{due_date}}` and
 * `{{DUEDATE}}` are one field, and a run's Template Set `spanish` uses the `Spanish` rows. The
 * same rule as `workbook/schema/headerKey.ts` (a test holds them together); kept here because
 * the engine reads no workbook module.
 *
 * @example
 * fieldKey('Due Date')  // → 'duedate'
 * fieldKey(' due_date ') // → 'duedate'
 */
export function fieldKey(text: string): string {
  return text.replace(IGNORED, '').toLowerCase();
}
