import { formatIsoDate } from '../../engine/dates/isoDate';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import { batchesWorkbookName } from '../../workbook/export/batchFileName';
import { batchesXlsx, type WorkbookFileWriter } from '../../workbook/export/batchXlsx';
import { newWorkbookFile } from './newWorkbookFile';
import type { PostedBatches } from './postedBatches';
import { SessionRefusal } from './runsSession';

/** What the pane says after the new workbook opened. */
export interface OpenedBatchesWorkbook {
  /** The name the workbook would have as a file (`NIGHTLY-batches-2026-11-21.xlsx`); Excel leaves it unsaved. */
  fileName: string;
  /** Sheets in it: one per batch. */
  sheets: number;
}

/**
 * Opens a post's batches as one new workbook (SPEC §7 Export): one sheet per batch, as the
 * CLI's `export --format xlsx` lays a batch out (totals row, real dates, text as text — so
 * `=…` in a name is never a formula), built in memory and handed to the exporter. Refuses in
 * words when the post wrote no batch sheet, and when Excel does not open the workbook (the
 * CSV download is still there).
 *
 * @example
 * const { fileName, sheets } = await openBatchesWorkbook(postedBatches(book, 'NIGHTLY'), exporter);
 */
export async function openBatchesWorkbook(
  posted: PostedBatches,
  exporter: WorkbookExporter,
  newWorkbook: () => Promise<WorkbookFileWriter> = newWorkbookFile,
): Promise<OpenedBatchesWorkbook> {
  const { runId, asOf, batches } = posted;
  if (batches.length === 0) throw new SessionRefusal(`${runId} (posted as of ${formatIsoDate(asOf)}) has no batch sheets: nothing to export.`);
  const bytes = batchesXlsx(batches, await newWorkbook());
  try {
    await exporter.openAsNewWorkbook(bytes);
  } catch (failure) {
    const detail = (failure instanceof Error ? failure.message : String(failure)).trim().replace(/\.?$/, '.');
    throw new SessionRefusal(`Excel did not open the batches as a new workbook: ${detail} Download them as CSV instead.`);
  }
  return { fileName: batchesWorkbookName(runId, asOf), sheets: batches.length };
}
