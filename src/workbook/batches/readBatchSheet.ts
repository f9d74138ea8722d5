import type { BatchKind } from '../../engine/apply/batches';
import type { LocalDate } from '../../engine/dates/localDate';
import type { InputError } from '../../engine/model/inputError';
import type { CellParser } from '../cells/cellParser';
import { parseDateCell } from '../cells/parseDateCell';
import { parseNumberCell } from '../cells/parseNumberCell';
import { parseTextCell } from '../cells/parseTextCell';
import { readCell } from '../cells/readCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../schema/columnSpec';
import { isEmptyRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { locateColumns } from '../schema/locateColumns';
import type { Cell, WorkbookGrids } from '../sheetGrid';
import { batchColumns, type BatchColumnType } from './batchColumns';
import { batchSheetName } from './batchSheetName';
import { emptyBatchTable, type BatchCell, type BatchTable } from './batchTable';
import { TOTAL_LABEL } from './batchTotals';

/** A batch sheet read back: its table, plus what stops it from being exported as it is. */
export interface BatchSheetRead extends BatchTable {
  /** The sheet's name as written in the workbook. */
  sheet: string;
  /** Headers of the kind's columns the sheet lacks (all of them when the sheet is empty). */
  missing: string[];
  /** Cells that do not hold what their column does (text in Amount, a non-date in Due Date, …). */
  inputErrors: InputError[];
}

const PARSERS: { readonly [T in BatchColumnType]: CellParser<unknown> } = {
  text: parseTextCell,
  number: parseNumberCell,
  amount: parseNumberCell,
  date: parseDateCell,
};

/**
 * Reads back a batch sheet that `batchSheets` wrote, or `null` when the workbook has no such
 * sheet. Columns are found by header (SPEC §2 matching, any order; extra columns are ignored)
 * and returned in the kind's order. Dates (the kind's date columns, never guessed from the
 * cells) come back as `{ date }` cells. The totals row — `Total` in the Member ID column —
 * ends the batch: rows below it (a note, a sign-off) are not batch rows. Entirely empty rows
 * are skipped. A cell that does not fit its column is an input error and reads as blank.
 *
 * @example
 * readBatchSheet(grids, 'NIGHTLY', 'invoices', false)?.rows.length // → 2
 */
export function readBatchSheet(book: WorkbookGrids, runId: string, kind: BatchKind, date1904: boolean): BatchSheetRead | null {
  const grid = findSheet(book, batchSheetName(runId, kind));
  if (grid === null) return null;
  const columns = batchColumns(kind);
  const spec: SheetSpec<SheetColumns> = {
    name: grid.name,
    required: true,
    columns: Object.fromEntries(
      columns.map((c, i) => [String(i), c.optional ? optionalColumn(c.header, PARSERS[c.type]) : requiredColumn(c.header, PARSERS[c.type])]),
    ),
  };
  const layout = locateColumns(grid, spec);
  // An optional column the sheet lacks is not part of this batch (it was written without it).
  const present = columns.flatMap((c, i) => (!c.optional || layout.columns[String(i)].index !== null ? [{ c, ...layout.columns[String(i)] }] : []));
  const read: BatchSheetRead = {
    ...emptyBatchTable(
      kind,
      present.map((p) => p.c),
    ),
    sheet: grid.name,
    missing: layout.missing,
    inputErrors: [],
  };
  if (layout.headerRow === null) return { ...read, missing: columns.filter((c) => !c.optional).map((c) => c.header) };
  if (layout.missing.length > 0) return read;

  const located = present.map(({ c, index, header }) => ({
    type: c.type,
    index: index as number,
    context: { column: header, date1904, dateOrder: 'YMD' as const },
  }));
  for (let r = layout.headerRow + 1; r < grid.cells.length; r++) {
    const cells = grid.cells[r];
    if (isEmptyRow(cells)) continue;
    if (isTotalsCell(cells[located[0].index])) break;
    read.rows.push(
      located.map(({ type, index, context }) => {
        const result = readCell(cells[index], PARSERS[type], context, false);
        if (!result.ok) {
          read.inputErrors.push({ sheet: grid.name, row: grid.firstRow + r, column: context.column, message: result.message });
          return null;
        }
        return toBatchCell(type, result.value);
      }),
    );
  }
  return read;
}

function isTotalsCell(cell: Cell | undefined): boolean {
  return typeof cell === 'string' && cell.trim().toLowerCase() === TOTAL_LABEL.toLowerCase();
}

function toBatchCell(type: BatchColumnType, value: unknown): BatchCell {
  if (value === null) return null;
  return type === 'date' ? { date: value as LocalDate } : (value as string | number);
}
