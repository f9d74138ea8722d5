import type { Rect } from './cellAddress';
import { ErrorCode, ExcelModelError } from './modelError';
import { SheetCells } from './sheetCells';

/** A table on a sheet: its name and the cells it covers (header row included). */
export interface TableState {
  name: string;
  sheet: SheetCells;
  rect: Rect;
}

/**
 * Case-insensitive comparison key, as Excel matches sheet and table names.
 *
 * @example
 * nameKey('Members') === nameKey('MEMBERS'); // true
 */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/**
 * Why Excel refuses a sheet name, or null when it is allowed: 1–31 characters, none of
 * `[ ] : * ? / \`, not starting or ending with an apostrophe, and not the reserved 'History'
 * ("Rename a worksheet", Microsoft Support).
 *
 * @example
 * sheetNameProblem('Run Log'); // null
 * sheetNameProblem('a/b'); // 'contains one of [ ] : * ? / \\'
 */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return 'must be 1 to 31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'contains one of [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe';
  if (nameKey(name) === 'HISTORY') return 'is reserved';
  return null;
}

/** The workbook the model keeps: sheets in tab order, tables, the active sheet and selection. */
export class WorkbookState {
  readonly sheets: SheetCells[] = [];
  readonly tables: TableState[] = [];
  active: SheetCells | null = null;
  selection: { sheet: SheetCells; rect: Rect } | null = null;

  constructor(readonly date1904: boolean) {}

  /** The sheet of that name, matched case-insensitively, or undefined. */
  findSheet(name: string): SheetCells | undefined {
    const key = nameKey(name);
    return this.sheets.find((s) => nameKey(s.name) === key);
  }

  /**
   * Adds a sheet at the end of the tab order (WorksheetCollection.add: "The worksheet will be
   * added at the end of existing worksheets"), without activating it. With no name, Excel
   * picks the next free 'SheetN'.
   */
  addSheet(name?: string): SheetCells {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    const problem = sheetNameProblem(chosen);
    if (problem) {
      throw new ExcelModelError(ErrorCode.invalidArgument, `The sheet name '${chosen}' ${problem}.`, 'WorksheetCollection.add');
    }
    if (this.findSheet(chosen)) {
      throw new ExcelModelError(ErrorCode.itemAlreadyExists, 'The resource being created already exists.', 'WorksheetCollection.add');
    }
    const sheet = new SheetCells(chosen);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** Deletes a sheet and its tables. A workbook keeps at least one sheet, so the last one cannot go. */
  deleteSheet(sheet: SheetCells): void {
    this.requireLive(sheet, 'Worksheet.delete');
    if (this.sheets.length === 1) {
      throw new ExcelModelError(ErrorCode.invalidOperation, 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0];
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /** Throws ItemNotFound when a proxy points at a sheet that has since been deleted. */
  requireLive(sheet: SheetCells, location: string): SheetCells {
    if (!this.sheets.includes(sheet)) {
      throw new ExcelModelError(ErrorCode.itemNotFound, "The requested resource doesn't exist.", location);
    }
    return sheet;
  }
}
