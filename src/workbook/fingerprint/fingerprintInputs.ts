import type { RunDefinition } from '../../engine/model/run';
import { Cell, isCellError, SheetGrid } from '../sheetGrid';
import { ContentHasher } from './contentHasher';

const ROW_END = 1;
const SHEET_END = 2;

/**
 * The fingerprint of what a preview read (SPEC §5): every cell of the input sheets, the date
 * system, and the run's definition (without its Status / Last As Of / Last Executed At, which
 * posting itself updates). Post refuses when it differs: the inputs changed, refresh first.
 *
 * @example
 * fingerprintInputs([members, products, invoices], run, false) // → '3b9e0c1d4a5f6e70'
 */
export function fingerprintInputs(sheets: readonly SheetGrid[], run: RunDefinition, date1904: boolean): string {
  const hasher = new ContentHasher();
  hasher.number(date1904 ? 1904 : 1900);
  const { status, lastAsOf, lastExecutedAt, row, ...definition } = run;
  hasher.text(JSON.stringify(definition));
  for (const sheet of sheets) {
    hasher.text(sheet.name.toLowerCase());
    // Only cells that hold something, each at its own row and column: a blank cell a host keeps
    // (a cleared cell, a row padded to the sheet's width) and one it leaves out read alike, so
    // the same workbook has one fingerprint whichever host read it, in memory or from its file.
    // Plain loops: two closures called per cell cost more than the hashing on a million cells.
    const { cells, firstRow, firstColumn } = sheet;
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r];
      let rowStarted = false;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell === null || cell === undefined) continue;
        if (!rowStarted) hasher.number(firstRow + r);
        rowStarted = true;
        hasher.number(firstColumn + c);
        hashCell(hasher, cell);
      }
      if (rowStarted) hasher.tag(ROW_END);
    }
    hasher.tag(SHEET_END);
  }
  return hasher.digest();
}

function hashCell(hasher: ContentHasher, cell: Cell): void {
  if (typeof cell === 'number') hasher.number(cell);
  else if (typeof cell === 'string') hasher.text(cell);
  else if (typeof cell === 'boolean') hasher.tag(cell ? 4 : 5);
  else if (cell instanceof Date) hasher.number(cell.getTime());
  else if (isCellError(cell)) hasher.text(`#err:${cell.error}`);
}
