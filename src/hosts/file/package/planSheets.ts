import type { OutputCell } from '../../../workbook/outputGrid';
import type { NewSheetContent } from './newSheetXml';
import type { SheetEdit, SheetPart } from './packageModel';
import type { CellWrites } from './patchSheetCells';

/** Excel's grid: no write may land beyond it (SPEC §8). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Header cells the product adds (`CellWrite.header`), by row, then column: styled like their left neighbour. */
export type HeaderCells = Map<number, Set<number>>;

/** A sheet after the edits: an original worksheet with cells written into it, or new content (in its old part when it replaced one). */
export interface PlannedSheet {
  name: string;
  original: SheetPart | null;
  content: { kind: 'cells'; writes: CellWrites; headers: HeaderCells } | { kind: 'new'; sheet: NewSheetContent & { rows: OutputCell[][] }; fromCells: boolean };
}

/** The sheets after a package's edits, in tab order, and the original sheets they removed. */
export interface SheetPlan {
  sheets: PlannedSheet[];
  removed: SheetPart[];
}

/**
 * Applies the edits, in order, to the package's sheet list (SPEC §5): `replace` puts new
 * content in place of the sheet of that name (case-insensitively) or adds it last; `cells`
 * writes into a sheet, creating it last when none has that name (later writes to a cell win);
 * `delete` removes a sheet. Nothing is written here: this decides what the writer writes.
 *
 * @example
 * planSheets(pkg.sheets, [{ kind: 'delete', sheetName: 'Preview R1' }]).removed // → [the part of 'Preview R1']
 */
export function planSheets(parts: readonly SheetPart[], edits: readonly SheetEdit[]): SheetPlan {
  const sheets: PlannedSheet[] = parts.map((part) => ({ name: part.name, original: part, content: { kind: 'cells', writes: new Map(), headers: new Map() } }));
  const removed: SheetPart[] = [];
  const find = (name: string): number => {
    const key = name.toLowerCase();
    return sheets.findIndex((s) => s.name.toLowerCase() === key);
  };
  const drop = (index: number): void => {
    const [gone] = sheets.splice(index, 1);
    if (gone.original) removed.push(gone.original);
  };
  for (const edit of edits) {
    if (edit.kind === 'delete') {
      const index = find(edit.sheetName);
      if (index >= 0) drop(index);
    } else if (edit.kind === 'replace') {
      const { rows, tableRows, tableColumns, columnWidths } = edit.sheet;
      const content = { kind: 'new' as const, sheet: { rows: rows.map((row) => [...row]), tableRows, tableColumns, columnWidths }, fromCells: false };
      const index = find(edit.sheet.name);
      if (index >= 0 && sheets[index].original?.path !== null) sheets[index] = { name: edit.sheet.name, original: sheets[index].original, content };
      else {
        // A chartsheet of that name cannot hold cells: it goes, and the new sheet comes last.
        if (index >= 0) drop(index);
        sheets.push({ name: edit.sheet.name, original: null, content });
      }
    } else {
      // Writes come in runs to one sheet (a post makes 243,000 at 100,000 memberships): the
      // sheet found for the last write serves the next to the same name. Within these writes
      // the list only changes to put that name's sheet last, where `index` then points.
      let lastSheet: string | null = null;
      let index = -1;
      for (const w of edit.writes) {
        if (w.row < 1 || w.row > MAX_ROW || w.column < 1 || w.column > MAX_COLUMN)
          throw new RangeError(`Cell ${w.row},${w.column} of ${w.sheet} is outside Excel's grid`);
        if (w.sheet !== lastSheet) {
          index = find(w.sheet);
          if (index < 0 || sheets[index].original?.path === null) {
            if (index >= 0) drop(index);
            sheets.push({ name: w.sheet, original: null, content: { kind: 'new', sheet: { rows: [], tableRows: 0, tableColumns: 0 }, fromCells: true } });
            index = sheets.length - 1;
          }
          lastSheet = w.sheet;
        }
        write(sheets[index].content, w.row, w.column, w.value, w.header === true);
      }
    }
  }
  for (const s of sheets) if (s.content.kind === 'new' && s.content.fromCells) fitTableToUsedRange(s.content.sheet);
  return { sheets, removed };
}

function write(content: PlannedSheet['content'], row: number, column: number, value: OutputCell, header: boolean): void {
  if (content.kind === 'cells') {
    if (!content.writes.has(row)) content.writes.set(row, new Map());
    content.writes.get(row)!.set(column, value);
    if (header) {
      if (!content.headers.has(row)) content.headers.set(row, new Set());
      content.headers.get(row)!.add(column);
    }
    return;
  }
  const rows = content.sheet.rows;
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1];
  while (cells.length < column) cells.push(null);
  cells[column - 1] = value;
}

/** A sheet created by cell writes filters its whole used range. */
function fitTableToUsedRange(sheet: NewSheetContent & { rows: OutputCell[][] }): void {
  sheet.tableRows = sheet.rows.length;
  sheet.tableColumns = sheet.rows.reduce((width, row) => Math.max(width, row.length), 0);
}
