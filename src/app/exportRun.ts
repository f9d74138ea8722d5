import { BATCH_KINDS } from '../engine/apply/batches';
import type { LocalDate } from '../engine/dates/localDate';
import { describeInputError } from '../engine/reasons/describeInputError';
import type { RunDefinition } from '../engine/model/run';
import { readBatchSheet, type BatchSheetRead } from '../workbook/batches/readBatchSheet';
import { batchCsv } from '../workbook/export/batchCsv';
import { batchFileName, type ExportFormat } from '../workbook/export/batchFileName';
import { batchXlsx, type WorkbookFileWriter } from '../workbook/export/batchXlsx';
import { latestPostedEntry, readRunLog } from '../workbook/runLog/readRunLog';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/** The batch sheets of a run's latest post, read back and checked: what Export hands out. */
export interface PostedBatches {
  /** The run's ID as the Runs sheet spells it. */
  runId: string;
  /** The as-of date of the post. */
  asOf: LocalDate;
  /** One per batch sheet the workbook has, in `BATCH_KINDS` order (none when the post wrote none). */
  batches: BatchSheetRead[];
}

/** One exported batch: its file name, the batch read and the file's contents. */
export interface ExportedBatch {
  fileName: string;
  batch: BatchSheetRead;
  /** CSV text (UTF-8 with BOM once encoded), or .xlsx bytes. */
  contents: string | Uint8Array;
}

/**
 * The batches of the run's latest post (SPEC §5 Export), every sheet read and checked before
 * anything is handed out. Refuses `NOT_POSTED` when the run was never posted (or every post was
 * reverted), `BATCH_EDITED` when staff edited a batch sheet so it can no longer be read as a
 * batch (`details`: every problem, one line each).
 *
 * @example
 * const { runId, asOf, batches } = postedBatches(book, run);
 */
export function postedBatches(book: OpenedBook, run: RunDefinition): PostedBatches {
  const posted = latestPostedEntry(readRunLog(book.grids, book.context).entries, run.id);
  if (!posted) throw new Refusal('NOT_POSTED', `${run.id} has no posted batches to export.`, [run.id]);
  const batches = BATCH_KINDS.map((kind) => readBatchSheet(book.grids, run.id, kind, book.grids.date1904)).filter(
    (read): read is BatchSheetRead => read !== null,
  );
  const edited = batches.find((b) => b.missing.length > 0 || b.inputErrors.length > 0);
  if (edited) throw new Refusal('BATCH_EDITED', `Sheet '${edited.sheet}' was edited and cannot be exported as it is.`, batches.flatMap(batchProblems));
  return { runId: run.id, asOf: posted.asOf, batches };
}

/**
 * Each batch of the run's latest post as a file's name and contents, in `BATCH_KINDS` order:
 * `<RUN ID>-<kind>-<As Of>.csv` text, or `.xlsx` bytes built on `newWorkbook()` (injected, so
 * SheetJS is loaded only by who exports xlsx). The CLI writes them; the pane downloads them.
 *
 * @example
 * const { files } = await exportRun(book, run, 'csv');
 * files[0].fileName // → 'NIGHTLY-invoices-2026-11-21.csv'
 */
export async function exportRun(
  book: OpenedBook,
  run: RunDefinition,
  format: ExportFormat,
  newWorkbook?: () => WorkbookFileWriter | Promise<WorkbookFileWriter>,
): Promise<PostedBatches & { files: ExportedBatch[] }> {
  const posted = postedBatches(book, run);
  const files: ExportedBatch[] = [];
  for (const batch of posted.batches) {
    const fileName = batchFileName(posted.runId, batch.kind, posted.asOf, format);
    if (format === 'csv') files.push({ fileName, batch, contents: batchCsv(batch) });
    else if (newWorkbook) files.push({ fileName, batch, contents: batchXlsx(batch, await newWorkbook()) });
    else throw new Error('exportRun needs newWorkbook to build .xlsx files');
  }
  return { ...posted, files };
}

function batchProblems(read: BatchSheetRead): string[] {
  return [...read.missing.map((column) => `  sheet '${read.sheet}' has no column '${column}'`), ...read.inputErrors.map((e) => `  ${describeInputError(e)}`)];
}
