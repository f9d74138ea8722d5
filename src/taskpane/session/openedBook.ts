import type { WorkbookHost } from '../../hosts/workbookHost';
import type { RunDefinition } from '../../engine/model/run';
import type { ReadContext } from '../../workbook/read/readContext';
import { readWorkbookRecords, WorkbookReadResult } from '../../workbook/read/readWorkbookRecords';
import type { WorkbookGrids } from '../../workbook/sheetGrid';
import { SessionRefusal } from './runsSession';

/** The workbook as read for one action of the pane. */
export interface OpenedBook {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  context: ReadContext;
}

/**
 * Reads the workbook through the host; a missing required sheet or column refuses in words
 * naming it (SPEC §2), like the CLI's exit 1.
 *
 * @example
 * const book = await openBook(host);
 */
export async function openBook(host: WorkbookHost): Promise<OpenedBook> {
  const grids = await host.readWorkbook();
  const read = readWorkbookRecords(grids);
  if (read.missing.length > 0) throw new SessionRefusal(read.missing.map((m) => m.message).join('\n'));
  return { grids, read, context: { date1904: grids.date1904, dateOrder: read.records.settings.dateOrder } };
}

/** The run with this ID (case-insensitive), or a refusal in words. */
export function runOf(book: OpenedBook, runId: string): RunDefinition {
  const run = book.read.runs.find((r) => r.id.toUpperCase() === runId.toUpperCase());
  if (!run) throw new SessionRefusal(`This workbook has no run '${runId}'.`);
  return run;
}
