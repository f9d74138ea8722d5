import { CellEditMode, ModelRunOptions } from './cellEditMode';
import { CreatedWorkbook, createWorkbookOperation } from './createWorkbook';
import { WorkbookInspector } from './inspectWorkbook';
import { apiNotFound } from './modelError';
import { ModelRequestContext } from './requestContext';
import { ModelRequirements } from './requirements';
import { seedSheet, SeedOptions, SeedValue } from './seedSheet';
import { ModelStats, SyncEngine, emptyStats } from './syncEngine';
import { sheetNameProblem, WorkbookState } from './workbookState';

export interface ExcelModelOptions {
  /** Request and response limit per sync; default 5 MB, Excel on the web's limit. */
  payloadLimitBytes?: number;
  /** Cells one range operation may touch; default 5,000,000, Excel's limit for reads. */
  cellLimit?: number;
  /** Whether the workbook uses the 1904 date system; default false. */
  date1904?: boolean;
  /**
   * Whether written text is interpreted as Excel does with typed input (numbers, TRUE/FALSE,
   * error literals, ISO dates, formulas after '=', '+', '-', '@'); default true. With false
   * only a leading '=' makes a formula.
   */
  coerceText?: boolean;
  /**
   * The highest ExcelApi requirement set the modelled Excel supports (`requirements`); default
   * '1.8', the set of `Excel.createWorkbook`, the newest API the model has.
   */
  excelApi?: string;
}

/**
 * A model of the Excel JavaScript API over an in-memory workbook, for testing the Office host
 * where Excel cannot run. `run` behaves like Excel.run; the other methods seed and inspect the
 * workbook directly and count nothing (inspection methods come from WorkbookInspector).
 *
 * @example
 * const model = createExcelModel();
 * model.addSheet('Members', [['Member ID', 'Name'], ['M1', 'Ada']]);
 * const names = await model.run(async (context) => {
 *   const range = context.workbook.worksheets.getItem('members').getUsedRangeOrNullObject();
 *   range.load('values');
 *   await context.sync();
 *   return range.values;
 * });
 */
export class ExcelModel extends WorkbookInspector {
  private readonly engine: SyncEngine;
  /** What `Office.context.requirements` answers in this Excel. */
  readonly requirements: ModelRequirements;
  /** Every workbook `createWorkbook` opened, in order. */
  readonly createdWorkbooks: CreatedWorkbook[] = [];
  /** The user typing in a cell: `beginCellEdit()` / `endCellEdit()` (see CellEditMode). */
  readonly cellEdit = new CellEditMode();

  constructor(options: ExcelModelOptions = {}) {
    super(new WorkbookState(options.date1904 ?? false));
    this.requirements = new ModelRequirements(options.excelApi ?? '1.8');
    this.engine = new SyncEngine(this.book, {
      payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
      cellLimit: options.cellLimit ?? 5_000_000,
      enter: { date1904: this.book.date1904, coerceText: options.coerceText ?? true },
    });
  }

  /**
   * Like Excel.run: a fresh context; when the batch's promise resolves, whatever is still
   * queued is synced (a round trip only if something is queued) before the result is
   * returned; when the batch throws, the queue is dropped and the error passed on.
   */
  async run<T>(batch: (context: ModelRequestContext) => Promise<T>): Promise<T>;
  async run<T>(options: ModelRunOptions, batch: (context: ModelRequestContext) => Promise<T>): Promise<T>;
  async run<T>(first: ModelRunOptions | ((context: ModelRequestContext) => Promise<T>), second?: (context: ModelRequestContext) => Promise<T>): Promise<T> {
    const [options, batch] = typeof first === 'function' ? [{}, first] : [first, second as (context: ModelRequestContext) => Promise<T>];
    await this.cellEdit.admit(options);
    const context = new ModelRequestContext(this.book, this.engine);
    let result: T;
    try {
      result = await batch(context);
    } catch (error) {
      context.discard();
      throw error;
    }
    await context.sync();
    return result;
  }

  /**
   * A request context on this workbook without Excel.run around it, for a driver that runs its
   * own batches: the office.js harness (test/officeJs) replays each request office.js sends onto
   * one such context, and admits cell edits itself from the request's flags.
   *
   * @example
   * const context = model.openContext();
   */
  openContext(): ModelRequestContext {
    return new ModelRequestContext(this.book, this.engine);
  }

  /**
   * Like `Excel.createWorkbook`: opens a new workbook, a copy of the base64-encoded .xlsx file
   * when one is given (see `createWorkbookOperation`: one round trip of its own, no
   * `context.sync()` needed; a file that is not base64 of an .xlsx rejects with InvalidArgument).
   * Below ExcelApi 1.8 it throws ApiNotFound at once, as Office.js does.
   */
  createWorkbook(base64?: string): Promise<void> {
    if (!this.requirements.isSetSupported('ExcelApi', '1.8')) throw apiNotFound('Excel.createWorkbook', 'ExcelApi 1.8');
    return this.engine.execute([createWorkbookOperation(base64, this.createdWorkbooks)]);
  }

  get stats(): ModelStats {
    return this.engine.stats;
  }

  resetStats(): void {
    this.engine.stats = emptyStats();
  }

  /** The n-th sync from now (1 = the next round trip) rejects with ConnectionFailure and applies nothing. */
  failAtSync(n: number): void {
    this.engine.planFault(n, 'dropRequest');
  }

  /** The n-th sync from now applies everything, then rejects with ConnectionFailure (the response was lost). */
  failAfterApplyingSync(n: number): void {
    this.engine.planFault(n, 'loseResponse');
  }

  get date1904(): boolean {
    return this.book.date1904;
  }

  /** Adds a sheet at the end with literal seed values (see SeedValue); `firstRow`/`firstColumn` are 1-based. */
  addSheet(name: string, values: readonly (readonly SeedValue[])[], options?: SeedOptions): void {
    const problem = sheetNameProblem(name);
    if (problem || this.book.findSheet(name)) throw new Error(`excelModel: cannot add sheet '${name}': ${problem ?? 'taken'}`);
    seedSheet(this.book.addSheet(name), values, options);
  }
}

/**
 * Creates a model workbook with no sheets; seed it with `addSheet`.
 *
 * @example
 * const model = createExcelModel({ date1904: true, payloadLimitBytes: 10_000 });
 */
export function createExcelModel(options?: ExcelModelOptions): ExcelModel {
  return new ExcelModel(options);
}

export type { CreatedWorkbook } from './createWorkbook';
export type { ModelCell } from './inspectWorkbook';
export type { ModelRequestContext } from './requestContext';
export type { ModelStats, RequestStat } from './syncEngine';
export type { SeedOptions, SeedValue } from './seedSheet';
export { ErrorCode, ExcelModelError, isModelError } from './modelError';
