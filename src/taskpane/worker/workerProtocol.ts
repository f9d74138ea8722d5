/**
 * The messages between the task pane and its session worker. The worker runs every session
 * method: standalone, on the workbook it holds; in Excel, on the pane's live workbook through a
 * forwarded host (hostProtocol.ts). Parsing, planning and writing a 100,000-row workbook never
 * block the page; the pane sends a call and receives its value (structured-cloned), or the
 * words of a refusal.
 */
import type { RefusalCode } from '../../app/refusal';
import type { NewWorkbookPlace } from '../../hosts/office/createWorkbookExporter';
import type { OfficeLimits } from '../../hosts/office/excelRun';
import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';

/**
 * `book.excel`'s argument (Excel mode): the pane's posting session, and where Excel opens a new
 * workbook — null when it cannot (below ExcelApi 1.8), so the worker's session offers
 * `exportWorkbook` only then and says where the workbooks opened.
 */
export interface ExcelBookOptions {
  session: string;
  exportOpensIn: NewWorkbookPlace | null;
  /** The pane's Office host's request limits, by which the worker makes blocks and sync groups. */
  limits: OfficeLimits;
}

/** What a call is addressed to: the opened workbook itself, its runs, or its reconcile. */
export type WorkerTarget = 'book' | 'runs' | 'reconcile';

export interface WorkerRequest {
  id: number;
  target: WorkerTarget;
  method: string;
  args: unknown[];
}

/**
 * A call's outcome. `refusal` is a Refusal's code (words meant for the user), false for a bug. A value
 * with a long `items` list (a run's preview) arrives with `items` empty and `itemParts` set: the
 * items came first, in that many {@link WorkerItemsPart} messages.
 */
export type WorkerResponse =
  { id: number; ok: true; value: unknown; itemParts?: number } | { id: number; ok: false; refusal: RefusalCode | false; message: string };

/**
 * A slice of a value's items, sent ahead of its response. The page decodes each message in a
 * task of its own, so 100,000 items never hold the page in one long task.
 */
export interface WorkerItemsPart {
  id: number;
  itemsPart: unknown[];
}

/** Items per {@link WorkerItemsPart}: under 10 ms of decoding each on the page (4,000 took 24–54 ms on a busy machine). */
export const ITEMS_PER_MESSAGE = 2_000;

/**
 * Every RunsSession method, and whether the worker offers it. Typed over the whole interface,
 * so a method added to RunsSession fails the build until it is listed here.
 */
export const RUNS_METHODS: { [K in keyof RunsSession]-?: boolean } = {
  listRuns: true,
  currentPreview: true,
  preview: true,
  setIncluded: true,
  postSummary: true,
  post: true,
  approve: true,
  cancel: true,
  clone: true,
  history: true,
  revert: true,
  exportCsv: true,
  exportBankFile: true,
  selectItem: true,
  itemMessage: true,
  deliveryCounts: true,
  // Rendered in the worker: its fonts are fetched there (documentFontsLoader), the bytes come back in the value.
  downloadEmails: true,
  downloadLetters: true,
  forecast: true,
  runDraft: true,
  checkDraft: true,
  saveRun: true,
  // Opening a new Excel workbook needs Excel: offered only by a session opened with `book.excel`
  // and exportOpensIn (see workerRunsSession); standalone mode exports CSV downloads instead.
  exportWorkbook: false,
};

/** Every ReconcileSession method (all offered), listed for the same reason. */
export const RECONCILE_METHODS: { [K in keyof ReconcileSession]-?: true } = {
  settlementSources: true,
  previewFromSheet: true,
  previewFromFile: true,
  apply: true,
};
