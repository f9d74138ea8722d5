import type { CellObject } from 'xlsx';
import type { Cell } from '../../workbook/sheetGrid';

/** SheetJS stores error cells as a numeric code; these are the texts Excel shows for them. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * One SheetJS cell as a grid cell. Error cells become `{ error: '#N/A' }` — SheetJS's own
 * `sheet_to_json` drops them to blanks, which would silently hide bad data (SPEC §2).
 */
export function fromSheetJsCell(cell: CellObject | undefined): Cell {
  if (cell === undefined) return null;
  switch (cell.t) {
    case 'n':
      return cell.v as number;
    case 's':
      return cell.v as string;
    case 'b':
      return cell.v as boolean;
    case 'd':
      return cell.v as Date;
    case 'e':
      return { error: cell.w ?? ERROR_TEXT[cell.v as number] ?? '#ERROR' };
    default:
      return null;
  }
}
