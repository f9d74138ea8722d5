import { BATCH_KINDS } from '../../engine/apply/batches';
import type { LocalDate } from '../../engine/dates/localDate';
import { readBatchSheet, type BatchSheetRead } from '../../workbook/batches/readBatchSheet';
import { latestPostedEntry, readRunLog } from '../../workbook/runLog/readRunLog';
import { type OpenedBook, runOf } from './openedBook';
import { SessionRefusal } from './runsSession';

/** The batch sheets of a run's latest post, read back and checked: what Export hands out. */
export interface PostedBatches {
  /** The run's ID as the Runs sheet spells it. */
  runId: string;
  /** The as-of date of the post. */
  asOf: LocalDate;
  /** One per batch sheet the workbook has, in `BATCH_KINDS` order (none when the post wrote none). */
  batches: BatchSheetRead[];
}

/**
 * The batches of the run's latest post (SPEC §5 Export), every sheet read and checked before
 * anything is handed out. Refuses in words when the run was never posted (or every post was
 * reverted), or when staff edited a batch sheet so it can no longer be read as a batch.
 *
 * @example
 * const { runId, asOf, batches } = postedBatches(await openBook(host), 'NIGHTLY');
 */
export function postedBatches(book: OpenedBook, runId: string): PostedBatches {
  const run = runOf(book, runId);
  const posted = latestPostedEntry(readRunLog(book.grids, book.context).entries, run.id);
  if (!posted) throw new SessionRefusal(`${run.id} has no posted batches to export.`);
  const batches: BatchSheetRead[] = [];
  for (const kind of BATCH_KINDS) {
    const batch = readBatchSheet(book.grids, run.id, kind, book.grids.date1904);
    if (!batch) continue;
    if (batch.missing.length > 0 || batch.inputErrors.length > 0) throw new SessionRefusal(`Sheet '${batch.sheet}' was edited and cannot be exported as it is.`);
    batches.push(batch);
  }
  return { runId: run.id, asOf: posted.asOf, batches };
}
