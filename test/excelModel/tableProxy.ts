import { parseAddress, Rect } from './cellAddress';
import type { Execution } from './execution';
import { ErrorCode, ExcelModelError } from './modelError';
import { Loaded, ModelProxy } from './proxyBase';
import { RangeProxy } from './rangeProxy';
import type { SheetCells } from './sheetCells';
import { addTable, renameTable } from './tableRules';
import { nameKey, TableState } from './workbookState';

/** The model's Excel.Table: a name to set, its range, and delete. */
export class TableProxy extends ModelProxy<TableState> {
  protected readonly entity = 'Table';
  protected readonly loadable: readonly string[] = ['name'];

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.local.set('name', name);
    this.queue(
      'set',
      () => ({ property: 'name', value: name }),
      (table, wire, execution) => {
        renameTable(execution.book, this.live(table, execution), String(wire.value));
      },
    );
  }

  /** The table's cells, header row included. */
  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getRange()`,
      this.child((table, execution) => {
        const live = this.live(table, execution);
        return { sheet: live.sheet, rect: { ...live.rect } };
      }),
    );
  }

  /** Queues deleting the table (its cells keep their values). */
  delete(): void {
    this.queue(
      'delete',
      () => ({}),
      (table, _wire, execution) => {
        execution.book.tables.splice(execution.book.tables.indexOf(this.live(table, execution)), 1);
      },
    );
  }

  protected readProperty(table: TableState, _property: string, execution: Execution): Loaded {
    return { data: this.live(table, execution).name };
  }

  private live(table: TableState, execution: Execution): TableState {
    if (!execution.book.tables.includes(table)) {
      throw new ExcelModelError(ErrorCode.itemNotFound, "The requested resource doesn't exist.", 'Table');
    }
    return table;
  }
}

/** The model's Excel.TableCollection of one worksheet. */
export class TableCollectionProxy extends ModelProxy<SheetCells> {
  protected readonly entity = 'TableCollection';
  protected readonly loadable: readonly string[] = ['count'];

  get count(): number {
    return this.read('count');
  }

  /**
   * Queues creating a table over an address on this sheet ('A1:C3', or 'Sheet!A1:C3') or over
   * a Range proxy; the table is made when the returned proxy is instantiated at sync, so an
   * overlap fails that sync.
   *
   * @example
   * const table = sheet.tables.add('A1:C10', true);
   * table.name = 'Members';
   */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const shown = typeof address === 'string' ? JSON.stringify(address) : address.path;
    return new TableProxy(
      this.context,
      `${this.path}.add(${shown}, ${hasHeaders})`,
      this.child((sheet, execution) => {
        execution.book.requireLive(sheet, 'TableCollection.add');
        return addTable(execution.book, sheet, tableRect(sheet, address, execution), hasHeaders);
      }),
    );
  }

  /** The table of that name on this sheet, or a null object. */
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      this.child((sheet, execution) => {
        return execution.book.tables.find((t) => t.sheet === sheet && nameKey(t.name) === nameKey(name)) ?? null;
      }),
    );
  }

  protected readProperty(sheet: SheetCells, _property: string, execution: Execution): Loaded {
    return { data: execution.book.tables.filter((t) => t.sheet === sheet).length };
  }
}

function tableRect(sheet: SheetCells, address: string | RangeProxy, execution: Execution): Rect {
  const invalid = () => new ExcelModelError(ErrorCode.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'TableCollection.add');
  if (typeof address !== 'string') {
    const range = execution.resolve(address);
    if (range === null || range.sheet !== sheet) throw invalid();
    return range.rect;
  }
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const named = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    if (nameKey(named) !== nameKey(sheet.name)) throw invalid();
  }
  const rect = parseAddress(address.slice(bang + 1));
  if (!rect) throw invalid();
  return rect;
}
