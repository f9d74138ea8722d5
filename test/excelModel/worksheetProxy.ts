import { isInsideGrid, MAX_COLUMNS, MAX_ROWS, parseAddress, Rect } from './cellAddress';
import type { Execution } from './execution';
import { ErrorCode, ExcelModelError } from './modelError';
import { Loaded, ModelProxy, ProxyContext } from './proxyBase';
import { RangeProxy } from './rangeProxy';
import type { SheetCells } from './sheetCells';
import { TableCollectionProxy } from './tableProxy';
import { sheetNameProblem } from './workbookState';

const invalidArgument = (location: string) =>
  new ExcelModelError(ErrorCode.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', location);

/** The model's Excel.Worksheet. */
export class WorksheetProxy extends ModelProxy<SheetCells> {
  protected readonly entity = 'Worksheet';
  protected readonly loadable: readonly string[] = ['name', 'position'];
  private tableCollection?: TableCollectionProxy;
  private panes?: FreezePanesProxy;

  /** An item of a loaded WorksheetCollection: already resolved, with name and position loaded. */
  static loadedItem(context: ProxyContext, path: string, sheet: SheetCells, position: number): WorksheetProxy {
    const item = new WorksheetProxy(context, path, () => sheet, { target: sheet });
    item.local.set('name', sheet.name);
    item.local.set('position', position);
    return item;
  }

  get name(): string {
    return this.read('name');
  }
  /** Queues renaming the sheet (same rules as WorksheetCollection.add). */
  set name(name: string) {
    this.local.set('name', name);
    this.queue(
      'set',
      () => ({ property: 'name', value: name }),
      (sheet, wire, execution) => {
        const wanted = String(wire.value);
        const problem = sheetNameProblem(wanted);
        if (problem) throw invalidArgument('Worksheet.name');
        const other = execution.book.findSheet(wanted);
        if (other && other !== sheet) {
          throw new ExcelModelError(ErrorCode.itemAlreadyExists, 'The resource being created already exists.', 'Worksheet.name');
        }
        execution.book.requireLive(sheet, 'Worksheet.name').name = wanted;
      },
    );
  }
  get position(): number {
    return this.read('position');
  }

  /** Moves the sheet to a zero-based tab position (read/write since ExcelApi 1.1). */
  set position(position: number) {
    this.local.set('position', position);
    this.queue(
      'set',
      () => ({ property: 'position', value: position }),
      (sheet, wire, execution) => {
        const live = execution.book.requireLive(sheet, 'Worksheet.position');
        const sheets = execution.book.sheets;
        const wanted = Number(wire.value);
        if (!Number.isInteger(wanted) || wanted < 0 || wanted >= sheets.length) throw invalidArgument('Worksheet.position');
        sheets.splice(sheets.indexOf(live), 1);
        sheets.splice(wanted, 0, live);
      },
    );
  }

  get tables(): TableCollectionProxy {
    return (this.tableCollection ??= new TableCollectionProxy(
      this.context,
      `${this.path}.tables`,
      this.child((sheet) => sheet),
    ));
  }

  get freezePanes(): FreezePanesProxy {
    return (this.panes ??= new FreezePanesProxy(
      this.context,
      `${this.path}.freezePanes`,
      this.child((sheet) => sheet),
    ));
  }

  /** Queues deleting the sheet; the last sheet of a workbook cannot be deleted. */
  delete(): void {
    this.queue(
      'delete',
      () => ({}),
      (sheet, _wire, execution) => execution.book.deleteSheet(sheet),
    );
  }

  /** Queues making this the active sheet. */
  activate(): void {
    this.queue(
      'activate',
      () => ({}),
      (sheet, _wire, execution) => {
        execution.book.active = execution.book.requireLive(sheet, 'Worksheet.activate');
      },
    );
  }

  /** A range by 0-based indexes; a range outside the grid or of no cells fails at sync. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const rect = { row: startRow, column: startColumn, rowCount, columnCount };
    return this.range(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`, () => {
      if (!isInsideGrid(rect)) throw invalidArgument('Worksheet.getRangeByIndexes');
      return rect;
    });
  }

  /** A range by A1 address on this sheet ('B2', 'A1:C3', 'A:C'); no address means the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.range(`getRange(${address === undefined ? '' : JSON.stringify(address)})`, () => {
      if (address === undefined) return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const rect = parseAddress(address);
      if (!rect) throw invalidArgument('Worksheet.getRange');
      return rect;
    });
  }

  /**
   * The smallest range covering every used cell, or a null object on an empty sheet;
   * `valuesOnly` ignores cells that only carry a format (Worksheet.getUsedRangeOrNullObject).
   * The range is fixed when instantiated: later writes in the same batch do not move it.
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (sheet) => sheet.usedRect(valuesOnly));
  }

  /** Like getUsedRangeOrNullObject, but an empty sheet gives A1 (Worksheet.getUsedRange). */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(`getUsedRange(${valuesOnly})`, (sheet) => sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }

  protected readProperty(sheet: SheetCells, property: string, execution: Execution): Loaded {
    execution.book.requireLive(sheet, `Worksheet.${property}`);
    return { data: property === 'name' ? sheet.name : execution.book.sheets.indexOf(sheet) };
  }

  private range(call: string, rectOf: (sheet: SheetCells) => Rect | null): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.${call}`,
      this.child((sheet, execution) => {
        execution.book.requireLive(sheet, `Worksheet.${call}`);
        const rect = rectOf(sheet);
        return rect === null ? null : { sheet, rect };
      }),
    );
  }
}

/** The model's Excel.WorksheetFreezePanes: only freezeRows. */
export class FreezePanesProxy extends ModelProxy<SheetCells> {
  protected readonly entity = 'WorksheetFreezePanes';
  protected readonly loadable: readonly string[] = [];

  /** Queues freezing the top `count` rows (0 unfreezes). */
  freezeRows(count = 1): void {
    this.queue(
      'freezeRows',
      () => ({ count }),
      (sheet, wire, execution) => {
        const rows = Number(wire.count);
        if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS) throw invalidArgument('WorksheetFreezePanes.freezeRows');
        execution.book.requireLive(sheet, 'WorksheetFreezePanes.freezeRows').frozenRows = rows;
      },
    );
  }

  protected readProperty(): Loaded {
    return { data: undefined };
  }
}
