/// <reference types="office-js" />

/**
 * `Excel.run`, injected: the add-in passes the real one, tests pass the in-repo model of the
 * Excel JavaScript API. This folder is the only code that calls it.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web's limits for one request (SPEC §7), with headroom for the request envelope. */
export interface OfficeLimits {
  /** Bytes of JSON one sync may send or receive. */
  payloadBytes: number;
  /** Cells one range operation may touch. */
  cellsPerOperation: number;
}

/** 5 MB and 5 million cells, less a margin for what the request envelope adds. */
export const EXCEL_WEB_LIMITS: OfficeLimits = { payloadBytes: 4 * 1024 * 1024, cellsPerOperation: 4_000_000 };

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
