import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import type { WorkbookHost } from '../hosts/workbookHost';
import { prepareRevert, type PreparedRevert } from '../workbook/post/prepareRevert';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/**
 * Reverts the run's post as of `asOf` (SPEC §5): every cell it changed restored from the
 * Journal, its batch sheets removed, its Run Log row `Reverted`. Refuses (`REVERT_REFUSED`,
 * naming the cells) when there is no such post or later changes depend on it.
 *
 * @example
 * const revert = await revertRun(book, run, isoDate('2026-11-21'));
 * revert.restoredCells // → 1,204
 */
export async function revertRun(book: OpenedBook, run: RunDefinition, asOf: LocalDate): Promise<PreparedRevert> {
  const decision = prepareRevert(book.grids, book.context, run.id, asOf);
  if (!decision.ok) throw new Refusal('REVERT_REFUSED', decision.message);
  await executeRevert(book.host, decision.revert);
  return decision.revert;
}

/**
 * Restores the cells of a prepared revert, then removes the post's batch sheets.
 *
 * @example
 * await executeRevert(host, revert);
 */
export async function executeRevert(host: WorkbookHost, revert: PreparedRevert): Promise<void> {
  await host.writeCells(revert.writes);
  for (const name of revert.deleteSheets) await host.deleteSheet(name);
}
