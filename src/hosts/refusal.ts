/**
 * Why a use case or a host would not go on, as a stable code: the CLI exits 1 on any of them,
 * the pane shows the words. The codes never change meaning; the words may. It lives with the
 * hosts (the lowest layer that refuses) so a host's refusal — a locked or full-disk file — is
 * the same type as a use case's (src/app/refusal.ts re-exports it).
 */
export type RefusalCode =
  /** The file is not an .xlsx workbook, or not a readable one. */
  | 'UNREADABLE_WORKBOOK'
  | 'UNREADABLE_BANK_FILE'
  /** A required sheet or column is missing (SPEC §2). */
  | 'MISSING_SCHEMA'
  | 'UNKNOWN_RUN'
  /** A date that is not a real `YYYY-MM-DD` date. */
  | 'BAD_DATE'
  /** Post refused: no preview, another as-of date, already posted, or the inputs changed since. */
  | 'POST_REFUSED'
  /** Post refused: a post of the same run and as-of date is being written (a fresh `Posting` Run Log row, of any session). */
  | 'POST_IN_PROGRESS'
  /** Post refused: an interrupted post of the run and date (a stale or old `Posting` row) awaits recovery — reload the pane. */
  | 'POST_INTERRUPTED'
  /** Revert refused: nothing to revert, or later changes depend on the post. */
  | 'REVERT_REFUSED'
  /** Approve refused: the run does not wait for approval (SPEC §12: scheduled, Approval required, Status Previewed for its due occurrence, not posted). */
  | 'NOT_WAITING_FOR_APPROVAL'
  /** Approve refused: the inputs changed since the preview (fingerprint differs): refresh, review, then approve. */
  | 'PREVIEW_CHANGED'
  /** The item is no longer on the preview sheet (refresh the preview). */
  | 'NOT_PREVIEWED'
  /** Cancel refused: the previewed run and date is posted. */
  | 'ALREADY_POSTED'
  /** Export refused: the run has no posted batches. */
  | 'NOT_POSTED'
  | 'NO_COLLECTIONS'
  | 'NOT_PAYMENT_FILE'
  | 'PAYMENT_FILE_SETTINGS'
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
  | 'UNSUPPORTED_FILE'
  /** Another renewal-runs process holds the book's lock (past --wait), or took it over meanwhile. */
  | 'LOCKED'
  /** An in-place write to a book Excel has open (its `~$<name>` owner file is beside it). */
  | 'OPEN_IN_EXCEL'
  /** An in-place write to a book LibreOffice has open (`.~lock.<name>#`). */
  | 'OPEN_IN_LIBREOFFICE'
  /** The file changed between the command's read and its write; the other change is kept. */
  | 'CHANGED_UNDERNEATH'
  /** The disk or the quota is full (ENOSPC, EDQUOT). */
  | 'NO_SPACE'
  /** The operating system does not permit the write (EACCES, EPERM, EROFS). */
  | 'NOT_PERMITTED'
  /** The file is in use by another program (EBUSY, ETXTBSY). */
  | 'BUSY'
  /** The folder a file is to be written into does not exist. */
  | 'NO_SUCH_FOLDER'
  /** The file is not a readable zip package, or its parts are broken (SPEC §8 "a corrupt file"). */
  | 'CORRUPT_WORKBOOK'
  /** A password-protected (encrypted) workbook: save it without a password. */
  | 'ENCRYPTED_WORKBOOK'
  /** An .xls, .xlsb or .ods workbook under an .xlsx name: save it as an Excel Workbook (.xlsx). */
  | 'NOT_XLSX'
  /** Parts inflating beyond 1 GiB, or cells beyond Excel's 1,048,576 rows × 16,384 columns. */
  | 'TOO_LARGE'
  /** One sheet could not be read ("sheet X could not be read: …", never "X is empty"). */
  | 'UNREADABLE_SHEET'
  /** deliver: the run was not posted on that date, its post was reverted, or its Journal cannot be read. */
  | 'NOT_DELIVERABLE'
  /** deliver: a Deliveries row cannot be read, so whether its message went out is unknown. */
  | 'DELIVERIES_UNREADABLE'
  /** deliver: the settings cannot send (no From Address, no SMTP Host, a template field that matches nothing). */
  | 'DELIVERY_SETUP'
  /** deliver: a password was found in the workbook; it belongs only in RENEWAL_RUNS_SMTP_PASSWORD. */
  | 'SECRET_IN_WORKBOOK';

/**
 * The one refusal of every use case and host (SPEC §6 exit 1, §7 words in the pane, §8 files): a stable `code`
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
