import type { Cell, CellSelection, SheetGrid } from '../../../workbook/sheetGrid';

/**
 * A sheet whose cells are read the first time something asks for them (its cells, first row or
 * first column), then kept: a sheet no command needs — a report, a chart's data, old batch
 * sheets, the Journal when not reverting — is never inflated or parsed. A sheet that cannot be
 * read is refused by `read` at that moment, not when the workbook is opened. With
 * `readSelected`, `select` reads only part of a sheet not read whole yet (kept per selection:
 * post reads the Key and Include columns of a 25-column preview); once read whole, `select`
 * gives the whole grid.
 *
 * @example
 * const grid = lazySheetGrid('Report', () => readSheetGrid(pkg, part, budget));
 * grid.name   // → 'Report' (nothing read yet)
 * grid.cells  // → read now
 */
export function lazySheetGrid(name: string, read: () => SheetGrid, readSelected?: (selection: CellSelection) => SheetGrid): SheetGrid {
  let grid: SheetGrid | null = null;
  const selected = new Map<CellSelection, SheetGrid>();
  const loaded = (): SheetGrid => {
    if (grid === null) {
      grid = read();
      selected.clear();
    }
    return grid;
  };
  const lazy: SheetGrid = {
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
  if (readSelected) {
    const select = (selection: CellSelection): SheetGrid => {
      if (grid !== null) return grid;
      let part = selected.get(selection);
      if (part === undefined) selected.set(selection, (part = readSelected(selection)));
      return part;
    };
    // Not enumerable: a grid compares and copies as its cells, whichever host read it.
    Object.defineProperty(lazy, 'select', { value: select, enumerable: false });
  }
  return lazy;
}
