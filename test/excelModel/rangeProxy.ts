import { cellCount, formatAddress, Rect } from './cellAddress';
import { enterNumberFormat, enterValue } from './enterValue';
import type { Execution, Wire } from './execution';
import { ErrorCode, ExcelModelError } from './modelError';
import { Loaded, ModelProxy } from './proxyBase';
import { GRID_PROPERTIES, GridProperty, readGrid, ValueType } from './readCells';
import type { SheetCells } from './sheetCells';

/** What a Range proxy points at. */
export interface RangeTarget {
  sheet: SheetCells;
  rect: Rect;
}

const SCALARS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount'] as const;

/**
 * The model's Excel.Range: `values` and `numberFormat` are read after load + sync and written
 * as 2-D arrays the size of the range; a write is queued and changes nothing until sync.
 * Setting a property also keeps the array on the proxy, so reading it back before sync returns
 * what was set, as Office.js's Range setter does (`this.m_values = value`).
 */
export class RangeProxy extends ModelProxy<RangeTarget> {
  protected readonly entity = 'Range';
  protected readonly loadable: readonly string[] = [...GRID_PROPERTIES, ...SCALARS];

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.write('values', values);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.write('numberFormat', formats);
  }
  get valueTypes(): ValueType[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }

  /**
   * `Range.format`: only `columnWidth` (points; read/write since ExcelApi 1.2) is modelled. Setting
   * it queues an operation; at sync every column of the range gets that width.
   */
  get format(): { columnWidth: number } {
    const setWidth = (points: number) =>
      this.queue(
        'set',
        () => ({ property: 'format/columnWidth', value: points }),
        (target, wire, execution) => {
          execution.book.requireLive(target.sheet, 'RangeFormat.columnWidth');
          for (let c = target.rect.column; c < target.rect.column + target.rect.columnCount; c++) target.sheet.columnWidths.set(c, Number(wire.value));
        },
      );
    return {
      get columnWidth(): number {
        throw new ExcelModelError(ErrorCode.propertyNotLoaded, 'Range.format.columnWidth is not modelled for reading.', 'RangeFormat.columnWidth');
      },
      set columnWidth(points: number) {
        setWidth(points);
      },
    };
  }

  /**
   * One row of the range, 0-based (Range.getRow). Office.js itself calls it, with
   * getBoundingRect, when it splits a large values/numberFormat write into row chunks
   * (setRangePropertiesInBulk). A row outside the range fails at sync with InvalidArgument.
   */
  getRow(row: number): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getRow(${row})`,
      this.child(({ sheet, rect }) => {
        if (!Number.isInteger(row) || row < 0 || row >= rect.rowCount) {
          throw new ExcelModelError(ErrorCode.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'Range.getRow');
        }
        return { sheet, rect: { ...rect, row: rect.row + row, rowCount: 1 } };
      }),
    );
  }

  /** The smallest range covering this one and another on the same sheet (Range.getBoundingRect). */
  getBoundingRect(other: RangeProxy): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getBoundingRect(${other.path})`,
      this.child((a, execution) => {
        const b = execution.resolve(other);
        if (b === null || b.sheet !== a.sheet) {
          throw new ExcelModelError(ErrorCode.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'Range.getBoundingRect');
        }
        const row = Math.min(a.rect.row, b.rect.row);
        const column = Math.min(a.rect.column, b.rect.column);
        const rowCount = Math.max(a.rect.row + a.rect.rowCount, b.rect.row + b.rect.rowCount) - row;
        const columnCount = Math.max(a.rect.column + a.rect.columnCount, b.rect.column + b.rect.columnCount) - column;
        return { sheet: a.sheet, rect: { row, column, rowCount, columnCount } };
      }),
    );
  }

  /** Queues selecting this range, which also activates its sheet. */
  select(): void {
    this.queue(
      'select',
      () => ({}),
      (target, _wire, execution) => {
        execution.book.requireLive(target.sheet, 'Range.select');
        execution.book.active = target.sheet;
        execution.book.selection = { sheet: target.sheet, rect: { ...target.rect } };
      },
    );
  }

  protected readProperty(target: RangeTarget, property: string, execution: Execution): Loaded {
    const { sheet, rect } = target;
    execution.book.requireLive(sheet, `Range.${property}`);
    if ((GRID_PROPERTIES as readonly string[]).includes(property)) {
      execution.countCells(cellCount(rect), `Range.${property}`);
      return { data: readGrid(sheet, rect, property as GridProperty) };
    }
    const scalars: Record<(typeof SCALARS)[number], unknown> = {
      address: formatAddress(sheet.name, rect),
      rowIndex: rect.row,
      columnIndex: rect.column,
      rowCount: rect.rowCount,
      columnCount: rect.columnCount,
      cellCount: cellCount(rect),
    };
    return { data: scalars[property as (typeof SCALARS)[number]] };
  }

  private write(property: 'values' | 'numberFormat', grid: unknown[][]): void {
    this.local.set(property, grid);
    this.queue(
      'set',
      () => ({ property, value: grid }),
      (target, wire, execution) => writeGrid(target, property, wire, execution),
    );
  }
}

/**
 * Applies a queued values/numberFormat write: the array must have exactly the range's rows
 * and columns (Excel: InvalidArgument, "The number of rows or columns in the input array
 * doesn't match the size or dimensions of the range") and hold only scalars, checked before any
 * cell changes; then each cell is entered in order.
 */
function writeGrid(target: RangeTarget, property: 'values' | 'numberFormat', wire: Wire, execution: Execution): void {
  const { sheet, rect } = target;
  const location = `Range.${property}`;
  execution.book.requireLive(sheet, location);
  const grid = wire.value;
  const fits =
    Array.isArray(grid) && grid.length === rect.rowCount && grid.every((row) => Array.isArray(row) && row.length === rect.columnCount && row.every(isScalar));
  if (!fits) {
    throw new ExcelModelError(
      ErrorCode.invalidArgument,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location,
    );
  }
  execution.countCells(cellCount(rect), location);
  const rows = grid as unknown[][];
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) {
      if (property === 'values') enterValue(sheet, rect.row + r, rect.column + c, rows[r][c], execution.enter);
      else enterNumberFormat(sheet, rect.row + r, rect.column + c, rows[r][c]);
    }
  }
}

function isScalar(cell: unknown): boolean {
  return cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean';
}
