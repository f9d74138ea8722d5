import { isBlankCell } from '../../../workbook/schema/findHeaderRow';
import type { Cell, CellSelection } from '../../../workbook/sheetGrid';

/**
 * Decides, cell by cell while a sheet is scanned in document order, which cells a
 * {@link CellSelection} keeps: all of them until the header row (the first row holding a
 * non-blank cell) is over and the first `topRows` rows are passed, then only the columns the
 * selection picks from the header row. It relies on rows coming in ascending order, as Excel
 * writes them; a row that comes back up marks the selection `broken` (cells before it may have
 * been skipped that the rule would keep) and the reader must read the sheet whole instead.
 *
 * @example
 * const selector = new CellSelector({ topRows: 2, columns: () => [1] });
 * selector.keeps(1, 1, rows) // → true (row 1: the top)
 */
export class CellSelector {
  private firstRow = 0;
  private headerRow = 0;
  private lastRow = 0;
  private kept: Set<number> | null = null;
  /** The last column kept below the top (1-based); 0 until the top is passed. */
  private lastKept = 0;
  /** Rows came out of order: what was skipped cannot be trusted. */
  broken = false;

  constructor(private readonly selection: CellSelection) {}

  /** Whether the cell at `row`, `column` (1-based) is read; `rows` are the cells stored so far. */
  keeps(row: number, column: number, rows: ReadonlyMap<number, readonly Cell[]>): boolean {
    if (row < this.lastRow) this.broken = true;
    this.lastRow = row;
    if (this.broken || this.firstRow === 0 || this.headerRow === 0 || row <= this.headerRow) return true;
    if (row - this.firstRow < this.selection.topRows) return true;
    if (this.kept === null) {
      this.kept = new Set(this.selection.columns(rows.get(this.headerRow) ?? []));
      this.lastKept = Math.max(0, ...this.kept) + 1;
    }
    return this.kept.has(column - 1);
  }

  /**
   * Whether nothing right of `column` in the current row is kept (below the top only): the
   * rest of the row need not be looked at, as Excel writes a row's cells left to right.
   */
  restOfRowLeftOut(column: number): boolean {
    return this.kept !== null && !this.broken && column >= this.lastKept;
  }

  /** Tells of a cell stored at `row`: the first one sets the top, the first non-blank one the header row. */
  stored(row: number, cell: Cell): void {
    if (this.firstRow === 0) this.firstRow = row;
    if (this.headerRow === 0 && !isBlankCell(cell)) this.headerRow = row; // the header row as findHeaderRow finds it
  }
}
