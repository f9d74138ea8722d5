import type { Cell, SheetGrid } from '../sheetGrid';
import type { SheetColumns, SheetSpec } from './columnSpec';
import { findHeaderRow } from './findHeaderRow';
import { headerKey } from './headerKey';

/** Where one column of a spec is in a sheet. */
export interface ColumnLocation {
  /** 0-based index into each row of `cells`; `null` when the sheet has no such column. */
  index: number | null;
  /** The header as written in the sheet (trimmed); the spec's header when the column is absent. */
  header: string;
}

/** Where a sheet's header row and its spec's columns are. */
export interface SheetLayout<S extends SheetColumns> {
  /** Index into `cells` of the header row; `null` when the sheet is empty. */
  headerRow: number | null;
  columns: { [K in keyof S]: ColumnLocation };
  /** Headers (as in the spec) of required columns the sheet lacks. */
  missing: string[];
}

/**
 * Finds the header row (the first non-empty row) and each column of a spec in it, matching
 * headers with {@link headerKey} against the header and then the aliases. When several
 * columns match, the spec's own header beats an alias, and the leftmost column wins. Columns
 * the spec does not know are left alone (writers keep them).
 *
 * @example
 * locateColumns(grid, membersSheet).columns.endDate // → { index: 7, header: 'Paid Through' }
 */
export function locateColumns<S extends SheetColumns>(grid: SheetGrid, spec: SheetSpec<S>): SheetLayout<S> {
  const headerRow = findHeaderRow(grid.cells);
  const byKey = new Map<string, number>();
  const row = headerRow === null ? [] : grid.cells[headerRow];
  for (let i = 0; i < row.length; i++) {
    const text = headerText(row[i]);
    if (text === null) continue;
    const key = headerKey(text);
    if (key !== '' && !byKey.has(key)) byKey.set(key, i);
  }
  const columns = {} as { [K in keyof S]: ColumnLocation };
  const missing: string[] = [];
  for (const field of Object.keys(spec.columns) as (keyof S & string)[]) {
    const column = spec.columns[field];
    let index: number | undefined = byKey.get(headerKey(column.header));
    for (const alias of column.aliases) index ??= byKey.get(headerKey(alias));
    if (index === undefined) {
      columns[field] = { index: null, header: column.header };
      if (column.required) missing.push(column.header);
    } else {
      columns[field] = { index, header: headerText(row[index]) as string };
    }
  }
  return { headerRow, columns, missing };
}

/**
 * The text of a header cell, trimmed; `null` for a blank or error cell.
 *
 * @example
 * headerText(' Member ID ') // → 'Member ID'
 */
export function headerText(cell: Cell | undefined): string | null {
  if (typeof cell === 'string') return cell.trim() === '' ? null : cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return null;
}
