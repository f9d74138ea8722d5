import { formatIsoDate } from '../engine/dates/isoDate';
import type { RunDefinition } from '../engine/model/run';
import { setCell } from '../workbook/edit/appendRows';
import { readPreviewSheet } from '../workbook/preview/readPreviewSheet';
import { previewSheetName } from '../workbook/write/previewColumns';
import type { OpenedBook } from './openBook';
import { isPosted } from './previewRun';
import { Refusal } from './refusal';

/**
 * Cancels a previewed run (SPEC §4): Status `Cancelled`, its preview sheet removed. Refuses
 * `ALREADY_POSTED` when the previewed date is posted (revert it instead).
 *
 * @example
 * await cancelRun(book, findRun(book, 'NIGHTLY'));
 */
export async function cancelRun(book: OpenedBook, run: RunDefinition): Promise<void> {
  const reading = readPreviewSheet(book.grids, run.id);
  if (reading.ok && isPosted(book, run.id, reading.review.asOf)) {
    throw new Refusal('ALREADY_POSTED', `${run.id} is already posted as of ${formatIsoDate(reading.review.asOf)}: revert it instead.`);
  }
  await book.host.writeCells(setCell(book.grids, 'Runs', [], run.row, 'Status', 'Cancelled'));
  await book.host.deleteSheet(previewSheetName(run.id));
}
