import type { InputError } from '../model/inputError';

/**
 * An input error in words, the place first as staff look it up (SPEC §2) — the one wording the
 * CLI, the preview sheet and the task pane all show.
 *
 * @example
 * describeInputError({ sheet: 'Members', row: 7, column: 'End Date', message: "End Date '2026-02-30' is not a real date" })
 * // → "Members row 7, End Date: End Date '2026-02-30' is not a real date"
 */
export function describeInputError(error: InputError): string {
  return `${error.sheet} row ${error.row}, ${error.column}: ${error.message}`;
}
