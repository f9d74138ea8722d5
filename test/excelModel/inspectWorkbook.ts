import { formatAddress, rectAddress } from './cellAddress';
import { readGrid, readValue, readValueType, ValueType } from './readCells';
import type { SheetCells } from './sheetCells';
import type { WorkbookState } from './workbookState';

/** One cell as a test inspects it. */
export interface ModelCell {
  /** What Range.values would read: '' for blank, an error's text for an error. */
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  valueType: ValueType;
}

/**
 * Looks into the model workbook without the API (nothing is counted): what tests assert on.
 *
 * @example
 * new WorkbookInspector(book).cell('Members', 0, 0); // { value: 'Member ID', formula: null, … }
 */
export class WorkbookInspector {
  constructor(protected readonly book: WorkbookState) {}

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** One cell by 0-based row and column. */
  cell(sheet: string, row0: number, col0: number): ModelCell {
    const cells = this.sheet(sheet);
    return {
      value: readValue(cells, row0, col0),
      formula: cells.formula(row0, col0),
      numberFormat: cells.numberFormat(row0, col0),
      valueType: readValueType(cells, row0, col0),
    };
  }

  /** The values of the sheet's used range (cells with values only; '' for blanks); [] when empty. */
  values(sheet: string): unknown[][] {
    const cells = this.sheet(sheet);
    const rect = cells.usedRect(true);
    return rect ? readGrid(cells, rect, 'values') : [];
  }

  /** The used range's address ('Members!A1:C3'), counting format-only cells unless valuesOnly; null when empty. */
  usedAddress(sheet: string, valuesOnly = false): string | null {
    const cells = this.sheet(sheet);
    const rect = cells.usedRect(valuesOnly);
    return rect ? formatAddress(cells.name, rect) : null;
  }

  /** The sheet's tables with their sheet-relative addresses ('A1:C3'). */
  tables(sheet: string): { name: string; address: string }[] {
    const cells = this.sheet(sheet);
    return this.book.tables.filter((t) => t.sheet === cells).map((t) => ({ name: t.name, address: rectAddress(t.rect) }));
  }

  /** The selected range, or null when nothing was selected through the API. */
  selection(): { sheet: string; address: string } | null {
    const s = this.book.selection;
    return s ? { sheet: s.sheet.name, address: rectAddress(s.rect) } : null;
  }

  activeSheet(): string | null {
    return this.book.active?.name ?? null;
  }

  frozenRows(sheet: string): number {
    return this.sheet(sheet).frozenRows;
  }

  private sheet(name: string): SheetCells {
    const found = this.book.findSheet(name);
    if (!found) throw new Error(`excelModel: no sheet named '${name}'`);
    return found;
  }
}
