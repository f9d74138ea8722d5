/// <reference types="office-js" />

/**
 * `Excel.run` with its options, injected: the add-in passes the real one, tests pass the in-repo
 * model of the Excel JavaScript API. This folder is the only code that calls it.
 */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A batch runner with the host's options already given: what the readers and writers call. */
export type ExcelBatchRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The options of every `Excel.run` the host makes. `delayForCellEdit`: while the user is typing in
 * a cell, Excel holds the batch until they leave the cell instead of failing it with
 * `InvalidOperationInCellEditMode` (Excel.RunOptions) — a post is never stopped half-way because
 * someone was editing a cell.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * The batch runner that gives `run` the host's options every time.
 *
 * @example
 * const run = withRunOptions((options, batch) => Excel.run(options, batch));
 */
export function withRunOptions(run: ExcelRun): ExcelBatchRun {
  return (batch) => run(RUN_OPTIONS, batch);
}

/** Excel on the web's limits for one request (SPEC §7), with headroom for the request envelope. */
export interface OfficeLimits {
  /** Bytes of JSON one sync may send or receive. */
  payloadBytes: number;
  /** Cells one range operation may touch. */
  cellsPerOperation: number;
}

/**
 * Excel on the web refuses a request or response over 5 MB and a range operation over 5 million
 * cells. Requests are budgeted at 4,500,000 bytes as office.js serialises them
 * (requestBytes.ts): a 10 % margin under 5,000,000, kept whichever way "5 MB" is counted.
 */
export const EXCEL_WEB_LIMITS: OfficeLimits = { payloadBytes: 4_500_000, cellsPerOperation: 4_000_000 };

/** The Excel error values that a values read returns as text. */
export const EXCEL_ERROR_TEXTS: ReadonlySet<string> = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);
