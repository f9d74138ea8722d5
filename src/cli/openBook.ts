import { loadWorkbookFile, UnreadableWorkbookError } from '../hosts/file/workbookFile';
import type { XlsxWorkbookHost } from '../hosts/file/xlsxWorkbookHost';
import type { RunDefinition } from '../engine/model/run';
import { readWorkbookRecords, WorkbookReadResult } from '../workbook/read/readWorkbookRecords';
import type { WorkbookGrids } from '../workbook/sheetGrid';
import { RefusedError } from './cliErrors';

export interface OpenedBook {
  path: string;
  host: XlsxWorkbookHost;
  grids: WorkbookGrids;
  read: WorkbookReadResult;
}

/**
 * Loads and reads a workbook file for a command. A file that is not a workbook, or a missing
 * required sheet or column, refuses the command (exit 1) with a message naming it.
 */
export function openBook(path: string): OpenedBook {
  let host: XlsxWorkbookHost;
  try {
    host = loadWorkbookFile(path);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new RefusedError(e.message);
    throw e;
  }
  const grids = host.readWorkbookSync();
  const read = readWorkbookRecords(grids);
  if (read.missing.length > 0) {
    throw new RefusedError(read.missing.map((m) => `${path}: ${m.message}`).join('\n'));
  }
  return { path, host, grids, read };
}

/** The run with this ID (compared case-insensitively), or a refusal listing the runs there are. */
export function findRun(book: OpenedBook, runId: string): RunDefinition {
  const run = book.read.runs.find((r) => r.id.toUpperCase() === runId.toUpperCase());
  if (run) return run;
  const known = book.read.runs.map((r) => r.id).join(', ') || 'none';
  throw new RefusedError(`Unknown run ID '${runId}'. Runs in ${book.path}: ${known}`);
}
