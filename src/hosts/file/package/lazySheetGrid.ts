import type { Cell, SheetGrid } from '../../../workbook/sheetGrid';

/**
 * A sheet whose cells are read the first time something asks for them (its cells, first row or
 * first column), then kept: a sheet no command needs — a report, a chart's data, old batch
 * sheets, the Journal when not reverting — is never inflated or parsed. A sheet that cannot be
 * read is refused by `read` at that moment, not when the workbook is opened.
 *
 * @example
 * const grid = lazySheetGrid('Report', () => readSheetGrid(pkg, part, budget));
 * grid.name   // → 'Report' (nothing read yet)
 * grid.cells  // → read now
 */
export function lazySheetGrid(name: string, read: () => SheetGrid): SheetGrid {
  let grid: SheetGrid | null = null;
  const loaded = (): SheetGrid => (grid ??= read());
  return {
    name,
    get cells(): Cell[][] {
      return loaded().cells;
    },
    get firstRow(): number {
      return loaded().firstRow;
    },
    get firstColumn(): number {
      return loaded().firstColumn;
    },
  };
}
