import { PREVIEW_REVIEW_CELLS } from '../workbook/preview/readPreviewSheet';
import { previewSheetName } from '../workbook/write/previewColumns';
import type { OpenedBook } from './openBook';

/**
 * Lets the book's host read ahead what reading back the run's preview needs (its summary, Key
 * and Include columns), streamed, before a use case reads it synchronously: the file host then
 * never inflates the whole preview part at once (19,000 rows × 25 columns at 100,000
 * memberships). Does nothing on hosts that read sheets whole.
 *
 * @example
 * await readAheadPreview(book, 'NIGHTLY');
 * preparePostRun(book, run, options); // reads the review read ahead
 */
export async function readAheadPreview(book: OpenedBook, runId: string): Promise<void> {
  await book.host.readAhead?.(previewSheetName(runId), PREVIEW_REVIEW_CELLS);
}
