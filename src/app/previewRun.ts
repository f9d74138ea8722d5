import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import type { WorkbookHost } from '../hosts/workbookHost';
import { buildPreview, type Preview } from '../workbook/preview/buildPreview';
import { keptExclusions } from '../workbook/preview/readPreviewSheet';
import { findPostedEntry, readRunLog } from '../workbook/runLog/readRunLog';
import type { OpenedBook } from './openBook';
import { readAheadPreview } from './readAheadPreview';

/**
 * Previews (or refreshes) a run as of a date: plans it, keeping the exclusions of an earlier
 * preview of the same date (SPEC §6 refresh), then writes the `Preview <Run ID>` sheet and the
 * run's Status `Previewed` through the book's host. Returns the preview written.
 *
 * @example
 * const preview = await previewRun(book, findRun(book, 'NIGHTLY'), isoDate('2026-11-21'));
 * preview.sheet.name // → 'Preview NIGHTLY'
 */
export async function previewRun(book: OpenedBook, run: RunDefinition, asOf: LocalDate): Promise<Preview> {
  await readAheadPreview(book, run.id);
  const excludedKeys = keptExclusions(book.grids, run.id, asOf);
  const preview = buildPreview({ grids: book.grids, read: book.read, run, asOf, excludedKeys });
  await executePreview(book.host, preview);
  return preview;
}

/**
 * Writes a preview through a host: its sheet, then the run's Status `Previewed`.
 *
 * @example
 * await executePreview(host, buildPreview({ grids, read, run, asOf }));
 */
export async function executePreview(host: WorkbookHost, preview: Preview): Promise<void> {
  await host.replaceSheet(preview.sheet);
  await host.writeCells(preview.runStatus);
}

/**
 * Whether this run and as-of date is posted (a `Posted` Run Log row): then it cannot be
 * excluded in, refreshed or cancelled.
 *
 * @example
 * isPosted(book, 'NIGHTLY', isoDate('2026-11-21')) // → false before the post
 */
export function isPosted(book: OpenedBook, runId: string, asOf: LocalDate): boolean {
  return findPostedEntry(readRunLog(book.grids, book.context).entries, runId, asOf) !== null;
}
