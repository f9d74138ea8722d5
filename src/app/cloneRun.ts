import type { RunDefinition } from '../engine/model/run';
import { deriveRunId } from '../engine/runs/deriveRunId';
import { appendRows } from '../workbook/edit/appendRows';
import type { CellWrite } from '../workbook/edit/cellWrite';
import type { OutputCell } from '../workbook/outputGrid';
import { findHeaderRow } from '../workbook/schema/findHeaderRow';
import { findSheet } from '../workbook/schema/findSheet';
import { headerKey } from '../workbook/schema/headerKey';
import type { WorkbookGrids } from '../workbook/sheetGrid';
import type { OpenedBook } from './openBook';

/** The columns a clone starts afresh; every other cell of the definition is copied as it is. */
const RESET: Record<string, OutputCell> = { status: 'Draft', lastasof: null, lastexecutedat: null };

/**
 * The writes that copy a run definition to a new Runs row under a new unique ID derived from
 * `name` (SPEC §4 "Clone copies a definition under a new unique ID"), as a Draft never run.
 *
 * @example
 * cloneRunWrites(grids, run, allRuns, 'Nightly copy') // → { id: 'NIGHTLY-COPY', writes: [...] }
 */
export function cloneRunWrites(book: WorkbookGrids, run: RunDefinition, allRuns: readonly RunDefinition[], name: string): { id: string; writes: CellWrite[] } {
  const grid = findSheet(book, 'Runs');
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || headerIndex === null) throw new Error('the Runs sheet was read, so it exists');
  const id = deriveRunId(name, new Set(allRuns.map((r) => r.id.toUpperCase())));
  const header = grid.cells[headerIndex];
  const source = grid.cells[run.row - grid.firstRow] ?? [];
  const values: Record<string, OutputCell> = {};
  header.forEach((h, i) => {
    if (typeof h !== 'string' || h.trim() === '') return;
    const key = headerKey(h);
    const cell = source[i] ?? null;
    values[h] = key === 'runid' ? id : key === 'name' ? name : key in RESET ? RESET[key] : toOutput(cell);
  });
  return { id, writes: appendRows(book, 'Runs', [], [values]).writes };
}

function toOutput(cell: unknown): OutputCell {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  return null;
}

/**
 * Copies a run definition to a new Runs row under a new unique ID derived from `name`, as a
 * Draft never run (SPEC §4 Clone). Returns the new ID.
 *
 * @example
 * await cloneRun(book, findRun(book, 'NIGHTLY'), 'Nightly copy') // → 'NIGHTLY-COPY'
 */
export async function cloneRun(book: OpenedBook, run: RunDefinition, name: string): Promise<string> {
  const { id, writes } = cloneRunWrites(book.grids, run, book.read.runs, name);
  await book.host.writeCells(writes);
  return id;
}
