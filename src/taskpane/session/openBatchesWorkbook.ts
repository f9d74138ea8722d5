import { formatIsoDate } from '../../engine/dates/isoDate';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import { batchesWorkbookName, batchFileName } from '../../workbook/export/batchFileName';
import { batchesXlsx, batchXlsx, type WorkbookFileWriter } from '../../workbook/export/batchXlsx';
import { newWorkbookFile } from './newWorkbookFile';
import type { PostedBatches } from '../../app/exportRun';
import { Refusal } from '../../app/refusal';
import type { OpenedWorkbook, OpenedWorkbooks, WorkbookLayout } from './runsSession';

/**
 * Opens a post's batches as new workbooks (SPEC §7 Export), each sheet laid out as the CLI's
 * `export --format xlsx` lays a batch out (totals row, real dates, text as text — so `=…` in a
 * name is never a formula), built in memory and handed to the exporter:
 *
 * - `eachBatch`: one workbook per batch, holding that batch's one sheet, named like its CSV
 *   file but `.xlsx` (`NIGHTLY-invoices-2026-11-21.xlsx`), opened one after the other in the
 *   order of `posted.batches` (`BATCH_KINDS` order). When Excel refuses one, the rest are not
 *   tried and the refusal names the workbooks that did open and the one that did not.
 * - `oneWorkbook`: one workbook with a sheet per batch (`NIGHTLY-batches-2026-11-21.xlsx`).
 *
 * Refuses in words when the post wrote no batch sheet, and when Excel does not open a
 * workbook (the CSV download is still there).
 *
 * @example
 * const { workbooks } = await openBatchesWorkbook(postedBatches(book, run), exporter, 'eachBatch');
 * // workbooks → [{ fileName: 'NIGHTLY-invoices-2026-11-21.xlsx', sheets: 1 }, { fileName: 'NIGHTLY-notices-2026-11-21.xlsx', sheets: 1 }]
 */
export async function openBatchesWorkbook(
  posted: PostedBatches,
  exporter: WorkbookExporter,
  layout: WorkbookLayout,
  newWorkbook: () => Promise<WorkbookFileWriter> = newWorkbookFile,
): Promise<OpenedWorkbooks> {
  const { runId, asOf, batches } = posted;
  if (batches.length === 0) throw new Refusal('NO_BATCH_SHEETS', `${runId} (posted as of ${formatIsoDate(asOf)}) has no batch sheets: nothing to export.`);
  if (layout === 'oneWorkbook') {
    const bytes = batchesXlsx(batches, await newWorkbook());
    try {
      await exporter.openAsNewWorkbook(bytes);
    } catch (failure) {
      throw new Refusal('EXPORT_FAILED', `Excel did not open the batches as a new workbook: ${detailOf(failure)} Download them as CSV instead.`);
    }
    return { workbooks: [{ fileName: batchesWorkbookName(runId, asOf), sheets: batches.length }], opensIn: exporter.opensIn };
  }
  const opened: OpenedWorkbook[] = [];
  for (const [index, batch] of batches.entries()) {
    const fileName = batchFileName(runId, batch.kind, asOf, 'xlsx');
    const bytes = batchXlsx(batch, await newWorkbook());
    try {
      await exporter.openAsNewWorkbook(bytes);
    } catch (failure) {
      const untried = batches.slice(index + 1).map((b) => batchFileName(runId, b.kind, asOf, 'xlsx'));
      throw new Refusal('EXPORT_FAILED', partialWords(opened, fileName, detailOf(failure), untried));
    }
    opened.push({ fileName, sheets: 1 });
  }
  return { workbooks: opened, opensIn: exporter.opensIn };
}

/** Excel's words, ending in a full stop. */
function detailOf(failure: unknown): string {
  return (failure instanceof Error ? failure.message : String(failure)).trim().replace(/\.?$/, '.');
}

/**
 * What opened and what did not when Excel refused one of the batch workbooks:
 * `Opened A.xlsx; Excel did not open B.xlsx: <detail>. C.xlsx was not opened. Download them as CSV instead.`
 */
function partialWords(opened: readonly OpenedWorkbook[], refused: string, detail: string, untried: readonly string[]): string {
  const before = opened.length > 0 ? `Opened ${opened.map((w) => w.fileName).join(', ')}; Excel` : 'Excel';
  const after = untried.length === 0 ? '' : ` ${untried.join(', ')} ${untried.length === 1 ? 'was' : 'were'} not opened.`;
  return `${before} did not open ${refused}: ${detail}${after} Download them as CSV instead.`;
}
