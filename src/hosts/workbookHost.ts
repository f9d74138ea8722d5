import type { CellWrite } from '../workbook/edit/cellWrite';
import type { SheetWrite } from '../workbook/outputGrid';
import type { CellSelection, WorkbookGrids } from '../workbook/sheetGrid';

/**
 * The one small interface every host implements (Actual Budget's adapter pattern): the file
 * host over .xlsx files (Node and browser) and the Office host over a live workbook. The
 * engine and the task pane talk to this, never to Excel or the file system directly.
 */
export interface WorkbookHost {
  /** Every sheet's used range as a grid, plus the workbook's date system. */
  readWorkbook(): Promise<WorkbookGrids>;
  /** Writes a sheet, replacing any sheet of that name (matched case-insensitively) in its place. */
  replaceSheet(sheet: SheetWrite): Promise<void>;
  /** Writes cells in order, creating sheets that do not exist; other cells are left as they are. */
  writeCells(writes: readonly CellWrite[]): Promise<void>;
  /** Deletes a sheet (matched case-insensitively); nothing happens when there is none. */
  deleteSheet(name: string): Promise<void>;
  /**
   * Selects a row of a sheet, `columns` wide, so staff see the item they clicked (the Office
   * host); a host with no user looking at it (the file host) does nothing.
   */
  selectRow(sheet: string, row: number, columns: number): Promise<void>;
  /** Whether selectRow shows anything: when false, callers need not read the workbook to find the row. */
  readonly selectsRows: boolean;
  /**
   * Reads ahead, streamed, the cells of a sheet a selection keeps, for a host that reads part of
   * a sheet (the file host): its grid's `select(selection)` then gives them without reading the
   * sheet again. Optional, and quiet: a sheet it cannot read is refused when it is read.
   */
  readAhead?(sheet: string, selection: CellSelection): Promise<void>;
}
