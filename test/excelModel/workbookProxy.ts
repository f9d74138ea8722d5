import { dateSerial } from './excelDate';
import type { Execution } from './execution';
import { ErrorCode, ExcelModelError } from './modelError';
import { Loaded, ModelProxy, ProxyContext } from './proxyBase';
import type { WorkbookState } from './workbookState';
import { WorksheetProxy } from './worksheetProxy';

const notFound = (location: string) => new ExcelModelError(ErrorCode.itemNotFound, "The requested resource doesn't exist.", location);

/**
 * The model's Excel.WorksheetCollection. `load('items/name')` (or 'name', or 'items') then
 * sync gives `items`, one Worksheet per sheet in tab order with name and position loaded.
 */
export class WorksheetCollectionProxy extends ModelProxy<WorkbookState> {
  protected readonly entity = 'WorksheetCollection';
  protected readonly loadable: readonly string[] = ['items'];

  get items(): WorksheetProxy[] {
    return this.read('items');
  }

  /** The sheet of that name, matched case-insensitively; an unknown name fails at sync with ItemNotFound. */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this.path}.getItem(${JSON.stringify(name)})`,
      this.child((book) => {
        return (
          book.findSheet(name) ??
          (() => {
            throw notFound('WorksheetCollection.getItem');
          })()
        );
      }),
    );
  }

  /** The sheet of that name, or a proxy whose isNullObject is true after the next sync. */
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      this.child((book) => book.findSheet(name) ?? null),
    );
  }

  /** Queues adding a sheet at the end; a taken name fails at sync with ItemAlreadyExists. */
  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this.path}.add(${name === undefined ? '' : JSON.stringify(name)})`,
      this.child((book) => book.addSheet(name)),
    );
  }

  /** The active sheet. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this.path}.getActiveWorksheet()`,
      this.child((book) => {
        return (
          book.active ??
          (() => {
            throw notFound('WorksheetCollection.getActiveWorksheet');
          })()
        );
      }),
    );
  }

  protected override normaliseSelect(names: string[]): string[] {
    return names.length === 0 ? [] : ['items'];
  }

  protected readProperty(book: WorkbookState): Loaded {
    const sheets = [...book.sheets];
    return {
      data: sheets.map((s, position) => ({ name: s.name, position })),
      local: sheets.map((s, position) => WorksheetProxy.loadedItem(this.context, `${this.path}.getItem(${JSON.stringify(s.name)})`, s, position)),
    };
  }
}

/** The result of a workbook function: `value`, or `error` ('#NUM!') when Excel would return one. */
export interface FunctionOutcome {
  value: number | null;
  error: string | null;
}

/** The model's Excel.FunctionResult: `value` and `error` are read after load + sync. */
export class FunctionResultProxy extends ModelProxy<FunctionOutcome> {
  protected readonly entity = 'FunctionResult';
  protected readonly loadable: readonly string[] = ['value', 'error'];

  get value(): number | null {
    return this.read('value');
  }
  get error(): string | null {
    return this.read('error');
  }

  protected readProperty(outcome: FunctionOutcome, property: string): Loaded {
    return { data: property === 'value' ? outcome.value : outcome.error };
  }
}

/** The model's Excel.Functions: only DATE, which the host uses to detect the 1904 date system. */
export class FunctionsProxy extends ModelProxy<WorkbookState> {
  protected readonly entity = 'Functions';
  protected readonly loadable: readonly string[] = [];

  /**
   * DATE(year, month, day) as a serial in the workbook's date system.
   *
   * @example
   * const probe = context.workbook.functions.date(1904, 1, 1);
   * probe.load('value');
   * await context.sync(); // probe.value is 0 in a 1904 workbook, 1462 otherwise
   */
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(
      this.context,
      `${this.path}.date(${year}, ${month}, ${day})`,
      this.child((book) => {
        const serial = dateSerial(year, month, day, book.date1904);
        return serial === null ? { value: null, error: '#NUM!' } : { value: serial, error: null };
      }),
    );
  }

  protected readProperty(): Loaded {
    return { data: undefined };
  }
}

/** The model's Excel.Workbook: worksheets and functions. */
export class WorkbookProxy extends ModelProxy<WorkbookState> {
  protected readonly entity = 'Workbook';
  protected readonly loadable: readonly string[] = [];
  private sheets?: WorksheetCollectionProxy;
  private fns?: FunctionsProxy;

  /** The root object: it needs no instantiation, like Office.js's root service object. */
  constructor(context: ProxyContext, book: WorkbookState) {
    super(context, 'workbook', () => book, { target: book });
  }

  get worksheets(): WorksheetCollectionProxy {
    return (this.sheets ??= new WorksheetCollectionProxy(
      this.context,
      'workbook.worksheets',
      this.child((book) => book),
    ));
  }

  get functions(): FunctionsProxy {
    return (this.fns ??= new FunctionsProxy(
      this.context,
      'workbook.functions',
      this.child((book) => book),
    ));
  }

  protected readProperty(_book: WorkbookState, _property: string, _execution: Execution): Loaded {
    return { data: undefined };
  }
}
