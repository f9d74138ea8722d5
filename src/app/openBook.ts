import type { WorkbookHost } from '../hosts/workbookHost';
import type { ReadContext } from '../workbook/read/readContext';
import { readWorkbookRecords, type WorkbookReadResult } from '../workbook/read/readWorkbookRecords';
import type { WorkbookGrids } from '../workbook/sheetGrid';
import { Refusal } from './refusal';

/** A workbook as read for one use case: its host, what it held and what was read from it. */
export interface OpenedBook<H extends WorkbookHost = WorkbookHost> {
  host: H;
  /** The name refusals cite (the CLI's file path), or null for "this workbook" (the pane). */
  source: string | null;
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  context: ReadContext;
}

/**
 * Reads the workbook through its host, as every use case starts (the workbook may have changed
 * since the last call). A missing required sheet or column refuses (`MISSING_SCHEMA`), one line
 * per missing input, each prefixed with `source` when there is one (SPEC §2, §6 exit 1).
 *
 * @example
 * const book = await openBook(host, 'members.xlsx');
 * book.read.runs.map((r) => r.id) // → ['NIGHTLY', 'WEEKLY']
 */
export async function openBook<H extends WorkbookHost>(host: H, source: string | null = null): Promise<OpenedBook<H>> {
  const grids = await host.readWorkbook();
  const read = readWorkbookRecords(grids);
  if (read.missing.length > 0) {
    const lines = read.missing.map((m) => m.message);
    throw new Refusal('MISSING_SCHEMA', lines.map((line) => (source === null ? line : `${source}: ${line}`)).join('\n'), lines);
  }
  return { host, source, grids, read, context: { date1904: grids.date1904, dateOrder: read.records.settings.dateOrder } };
}
