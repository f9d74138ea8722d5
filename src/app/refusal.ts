/**
 * Why a use case would not go on, as a stable code: the CLI exits 1 on any of them, the pane
 * shows the words. The codes never change meaning; the words may.
 */
export type RefusalCode =
  /** The file is not an .xlsx workbook, or not a readable one. */
  | 'UNREADABLE_WORKBOOK'
  /** A required sheet or column is missing (SPEC §2). */
  | 'MISSING_SCHEMA'
  | 'UNKNOWN_RUN'
  /** A date that is not a real `YYYY-MM-DD` date. */
  | 'BAD_DATE'
  /** Post refused: no preview, another as-of date, already posted, or the inputs changed since. */
  | 'POST_REFUSED'
  /** Revert refused: nothing to revert, or later changes depend on the post. */
  | 'REVERT_REFUSED'
  /** The item is no longer on the preview sheet (refresh the preview). */
  | 'NOT_PREVIEWED'
  /** Cancel refused: the previewed run and date is posted. */
  | 'ALREADY_POSTED'
  /** Export refused: the run has no posted batches. */
  | 'NOT_POSTED'
  /** The post wrote no batch sheets: nothing to export. */
  | 'NO_BATCH_SHEETS'
  /** A batch sheet was edited so it can no longer be read as a batch. */
  | 'BATCH_EDITED'
  /** Excel did not open an exported workbook. */
  | 'EXPORT_FAILED'
  /** The run editor's draft has field problems. */
  | 'INVALID_RUN'
  /** No settlements sheet in the workbook or file. */
  | 'NO_SETTLEMENTS'
  /** The settlements lack a required column. */
  | 'SETTLEMENTS_MISSING_COLUMNS'
  /** A settlements file that is neither .xlsx nor .csv. */
  | 'UNSUPPORTED_FILE';

/**
 * The one refusal of every use case (SPEC §6 exit 1, §7 words in the pane): a stable `code`
 * and the words to show. `details` are the facts behind the words (the missing inputs, the
 * run IDs there are, the problems of an edited batch sheet), for a front end that words them
 * its own way.
 *
 * @example
 * throw new Refusal('UNKNOWN_RUN', "This workbook has no run 'NOPE'.", ['NIGHTLY', 'WEEKLY']);
 */
export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'Refusal';
  }
}
