import { Rect, rectsOverlap } from './cellAddress';
import { ErrorCode, ExcelModelError } from './modelError';
import { readValue } from './readCells';
import type { SheetCells } from './sheetCells';
import { nameKey, TableState, WorkbookState } from './workbookState';

/**
 * Creates a table over a rectangle, as TableCollection.add does:
 * - a table may not overlap another table (Excel.ErrorCodes MergedRangeConflict: "A table
 *   can't overlap with another table, …");
 * - header cells become unique text: a blank header becomes 'ColumnN' (N its position) and a
 *   repeated one gets a number ('Name', 'Name2'), as Excel does when it makes a table;
 * - a table always has a data row, so a header-only range grows by one blank row;
 * - the name is the next free 'TableN' until it is renamed.
 * Only `hasHeaders = true` is modelled: with false Excel inserts a header row, which the host
 * never asks for.
 *
 * @example
 * addTable(book, sheet, { row: 0, column: 0, rowCount: 4, columnCount: 3 }, true);
 */
export function addTable(book: WorkbookState, sheet: SheetCells, rect: Rect, hasHeaders: boolean): TableState {
  if (!hasHeaders) throw new Error('excelModel: tables.add(…, false) is not modelled; write the header row and pass true');
  const covered = { ...rect, rowCount: Math.max(rect.rowCount, 2) };
  if (book.tables.some((t) => t.sheet === sheet && rectsOverlap(t.rect, covered))) {
    throw new ExcelModelError(
      ErrorCode.mergedRangeConflict,
      "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
      'TableCollection.add',
    );
  }
  const seen = new Set<string>();
  for (let c = 0; c < rect.columnCount; c++) {
    const text = String(readValue(sheet, rect.row, rect.column + c)).trim();
    let header = text === '' ? `Column${c + 1}` : text;
    for (let n = 2; seen.has(nameKey(header)); n++) header = `${text === '' ? `Column${c + 1}` : text}${n}`;
    seen.add(nameKey(header));
    sheet.setValue(rect.row, rect.column + c, header);
  }
  let n = 1;
  while (book.tables.some((t) => nameKey(t.name) === nameKey(`Table${n}`))) n++;
  const table = { name: `Table${n}`, sheet, rect: covered };
  book.tables.push(table);
  return table;
}

/**
 * Renames a table. Table names are unique in the workbook (case-insensitively), start with a
 * letter, '_' or '\', contain no spaces or other punctuation than '.', '_' and '\', and may not
 * look like a cell reference ('A1', 'R1C1') or be 'C' or 'R' ("Rename an Excel table",
 * Microsoft Support).
 *
 * @example
 * renameTable(book, table, 'Members');
 */
export function renameTable(book: WorkbookState, table: TableState, name: string): void {
  const valid =
    /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name) && !/^[CcRr]$/.test(name);
  if (!valid) {
    throw new ExcelModelError(ErrorCode.invalidArgument, `'${name}' is not a valid table name.`, 'Table.name');
  }
  if (book.tables.some((t) => t !== table && nameKey(t.name) === nameKey(name))) {
    throw new ExcelModelError(ErrorCode.itemAlreadyExists, 'The resource being created already exists.', 'Table.name');
  }
  table.name = name;
}
