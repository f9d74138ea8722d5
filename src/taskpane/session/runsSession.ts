import type { NewWorkbookPlace } from '../../hosts/office/createWorkbookExporter';
import type { PostingCounts } from '../../engine/plan/postingCounts';
import type { ForecastAction } from '../../engine/actions/actionRegistry';
import type { InputError } from '../../engine/model/inputError';
import type { Action, AutoPayFilter, Frequency, PaymentFileFormat, Proration, RunMode, RunStatus } from '../../engine/model/run';
import type { MessageKind } from '../../engine/messages/messageKind';
import type { PlanStatistics } from '../../engine/plan/planStatistics';
import type { PlanItemJson } from '../../workbook/write/planJson';

/** One run of the Runs list (SPEC §7): due runs first, with their pre-processing date and status. */
export interface RunSummary {
  id: string;
  name: string;
  status: RunStatus;
  mode: 'rolling' | 'fixed';
  actions: Action[];
  /** The bank file its collections are posted for (SPEC §10): then Export offers that file; null without one. */
  paymentFile: PaymentFileFormat | null;
  /** ISO dates; null for an on-demand run. */
  occurrence: string | null;
  preProcessingDate: string | null;
  due: boolean;
  /**
   * Whether the run waits for staff approval (SPEC §12): scheduled, Approval required, Status
   * Previewed for its due occurrence, not posted. Then the pane offers Approve.
   */
  waitsForApproval: boolean;
  /** When `run-due` will post it once approved: `2026-12-01 at 06:00 (America/Chicago)`; null unless it waits for approval. */
  postsAt: string | null;
  /** Setup problems of the run, in words (SPEC §3.9). */
  warnings: { code: string; message: string }[];
}

/** One item as the Actions tab shows it: the JSON contract's item (dates ISO, reason in words) and more. */
export interface ItemView extends PlanItemJson {
  email: string | null;
  /** The amount's currency (SPEC §11), `null` without an amount; not in the JSON contract of SPEC §6. */
  currency: string | null;
  /** Whether staff may still turn it on/off (not posted, and it is ready/warning/excluded). */
  excludable: boolean;
}

/** A run's current preview: what the run page shows. */
export interface RunPreview {
  runId: string;
  asOf: string;
  fingerprint: string;
  items: ItemView[];
  inputErrors: InputError[];
  warnings: { code: string; message: string }[];
  statistics: PlanStatistics;
  /** Whether this run and as-of date is already posted (then no exclude, refresh or cancel). */
  posted: boolean;
}

/** One Run Log row for the History page. */
export interface HistoryEntry {
  row: number;
  runId: string;
  asOf: string;
  executedAt: string | null;
  status: 'Posting' | 'Posted' | 'Reverted' | 'Rolled Back';
  /** Revert is offered only for Posted rows; it may still be refused (something depends on it). */
  canRevert: boolean;
}

/** What a post did, in numbers the confirmation and the result message state. */
export interface PostSummary {
  runId: string;
  asOf: string;
  counts: PostingCounts;
}

/**
 * A run definition as the run editor's form holds it (SPEC §4): text as typed, lists as chosen.
 * Blank text means a blank cell (the column's default); a blank `id` is derived from the name.
 */
export interface RunDraft {
  name: string;
  id: string;
  actions: Action[];
  mode: RunMode;
  leadDays: string;
  /** ISO dates, `YYYY-MM-DD`. */
  expiringBy: string;
  expiryWindowDays: string;
  effectiveDate: string;
  noticeIntervalDays: string;
  maxNotices: string;
  dropAfterDays: string;
  collectThrough: string;
  memberTypes: string[];
  autoPay: AutoPayFilter;
  useMapping: 'yes' | 'no' | '';
  /** Blank: on demand. */
  frequency: Frequency | '';
  day: string;
  time: string;
  preProcessingLeadDays: string;
  /** The bank file its collections are exported as (SPEC §10); blank: none. */
  paymentFile: PaymentFileFormat | '';
  /** SPEC §11 Align To, `MM-DD`: activations' first terms end the day before it; blank: none. */
  alignTo: string;
  /** SPEC §11 Proration: how a billed, aligned first term is priced. */
  proration: Proration;
  /** SPEC §11 Bill Activations: whether an activation posts an invoice for its first term. */
  billActivations: boolean;
}

/** What the editor shows beside a draft: the ID it would be saved under, setup warnings, field problems. */
export interface DraftCheck {
  id: string;
  warnings: { code: string; message: string }[];
  /** Field problems in words; a draft with any cannot be saved. */
  problems: string[];
}

/**
 * How Export opens a post's batches as new Excel workbooks (SPEC §7): `eachBatch`, each batch
 * as a workbook of its own (one sheet), in `BATCH_KINDS` order; `oneWorkbook`, all of them in
 * one workbook, a sheet per batch.
 */
export type WorkbookLayout = 'eachBatch' | 'oneWorkbook';

/** One new workbook Export opened. */
export interface OpenedWorkbook {
  /** Its name as a file (`NIGHTLY-invoices-2026-11-21.xlsx`, or `NIGHTLY-batches-2026-11-21.xlsx` for all in one); Excel leaves it unsaved. */
  fileName: string;
  /** Sheets in it: one per batch it holds. */
  sheets: number;
}

/** What `exportWorkbook` opened: every new workbook, in the order Excel opened them (never empty). */
export interface OpenedWorkbooks {
  workbooks: OpenedWorkbook[];
  /** Where they show up (a window behind this one on Mac, a browser tab on the web); not said when not given. */
  opensIn?: NewWorkbookPlace;
}

/** What Export's bank file download made (SPEC §10): the file, and the debits in it. */
export interface BankFileDownload {
  format: PaymentFileFormat;
  /** `DD-payments-2026-11-21.xml` (SEPA pain.008) or `.ach` (NACHA). */
  fileName: string;
  /** The file's text: XML, or NACHA's 94-character records. */
  contents: string;
  /** Its media type for the download: `application/xml` or `text/plain`. */
  type: string;
  /** Debits in the file, and their sum. */
  count: number;
  total: number;
}

/** An item's message as the Actions list shows it (SPEC §9): merged from the run's template. */
export interface ItemMessage {
  key: string;
  kind: MessageKind;
  /** The member's email address; null: a printed letter. */
  to: string | null;
  subject: string;
  /** Plain text, `\n` line breaks. */
  body: string;
  /** Whether the invoice PDF goes with it. */
  attachInvoice: boolean;
}

/** What Download emails / Download letters made: one file, and what was in it. */
export interface MessagesDownload {
  /** `NIGHTLY-2026-11-21-emails.zip` or `NIGHTLY-2026-11-21-letters.pdf`. */
  fileName: string;
  /** The .zip of `.eml` files or the letters PDF; null when nothing was left to write. */
  bytes: Uint8Array | null;
  /** Messages in the file (each now recorded `Written` on the Deliveries sheet). */
  count: number;
  /** Messages of this kind left out: written or sent earlier. */
  alreadyDelivered: number;
  /** Messages that could not be written (an Email that is no address), in words; recorded `Failed`. */
  failed: string[];
}

/** The messages of a run's latest post, by email and by letter, and how many of each are delivered already. */
export interface DeliveryCounts {
  /** The post's as-of date (ISO). */
  asOf: string;
  emails: { total: number; delivered: number };
  letters: { total: number; delivered: number };
}

/** One week of the projection, as the session hands it over (dates ISO): a count per forecast action. */
export type ForecastWeekView = { weekStart: string } & Record<ForecastAction, number>;

/**
 * Everything the task pane does to a workbook, on any WorkbookHost (the Office host in Excel,
 * the file host in standalone web mode). Pages receive it as a prop and never touch Excel.
 * Methods that cannot proceed reject with a Refusal (app/refusal): a stable code and the words to show.
 */
export interface RunsSession {
  listRuns(): Promise<RunSummary[]>;
  /** The run's preview sheet as it is now (null when the run has never been previewed). */
  currentPreview(runId: string): Promise<RunPreview | null>;
  /** Preview (or refresh, keeping exclusions) the run as of `asOf` or its due occurrence. */
  preview(runId: string, asOf?: string): Promise<RunPreview>;
  /** Sets Include for one item of the current preview (writes the preview sheet's cell). */
  setIncluded(runId: string, key: string, included: boolean): Promise<RunPreview>;
  /** Counts and totals of what post would apply now (for the confirmation). */
  postSummary(runId: string): Promise<PostSummary>;
  post(runId: string): Promise<PostSummary>;
  /**
   * Approves a run that waits for approval (SPEC §12): Status Approved, so `run-due` posts it.
   * Refuses NOT_WAITING_FOR_APPROVAL, or PREVIEW_CHANGED when the inputs changed since the preview.
   */
  approve(runId: string): Promise<void>;
  /** Cancels the previewed run: Status Cancelled, preview sheet removed. */
  cancel(runId: string): Promise<void>;
  /** Copies a run definition under a new unique ID (derived from `name`); returns the ID. */
  clone(runId: string, name: string): Promise<string>;
  history(): Promise<HistoryEntry[]>;
  revert(runId: string, asOf: string): Promise<void>;
  /** Each batch of the run's latest post as CSV text (file name → content). */
  exportCsv(runId: string): Promise<{ fileName: string; content: string }[]>;
  /**
   * The bank file of the run's latest post, in the run's Payment File format (SPEC §10 Export).
   * Refuses NOT_PAYMENT_FILE (the run has none, or its collections were posted for another),
   * NOT_POSTED, BATCH_EDITED, NO_COLLECTIONS, or PAYMENT_FILE_SETTINGS (naming each setting).
   */
  exportBankFile(runId: string): Promise<BankFileDownload>;
  /**
   * Opens the batches of the run's latest post as new Excel workbooks (Office host, ExcelApi 1.8;
   * absent where that is not possible): each batch as its own workbook, one after the other, or
   * all in one workbook (see {@link WorkbookLayout}). Refuses when nothing is posted, a batch
   * sheet was edited, or Excel refuses a workbook — then naming the workbooks that did open.
   */
  exportWorkbook?(runId: string, layout: WorkbookLayout): Promise<OpenedWorkbooks>;
  /** The item's rendered message (subject and body) in the current preview; null when its action sends none. */
  itemMessage(runId: string, key: string): Promise<ItemMessage | null>;
  /** What the run's latest post has to deliver; null when the run has no post that can be delivered. */
  deliveryCounts(runId: string): Promise<DeliveryCounts | null>;
  /**
   * The emails of the run's latest post not yet Sent/Written, as a .zip of `.eml` files; each is
   * recorded `Written` on the Deliveries sheet. Refuses like `deliver` (NOT_DELIVERABLE, DELIVERY_SETUP…).
   */
  downloadEmails(runId: string): Promise<MessagesDownload>;
  /** The letters (members without an email) of the run's latest post not yet written, as one PDF; each recorded `Written`. */
  downloadLetters(runId: string): Promise<MessagesDownload>;
  /** Selects the item's row in the preview sheet (Office host; no-op elsewhere). */
  selectItem(runId: string, key: string): Promise<void>;
  /** Week by week, what the run will renew, notify and drop over the next twelve months. */
  forecast?(runId: string): Promise<ForecastWeekView[]>;
  /** The run's definition as the editor's form holds it. */
  runDraft?(runId: string): Promise<RunDraft>;
  /** The ID, setup warnings (against the other runs, as of today) and field problems of a draft; `editingRunId` null for a new run. */
  checkDraft?(draft: RunDraft, editingRunId: string | null): Promise<DraftCheck>;
  /** Writes the draft to its Runs row (a new row for a new run); refuses while it has problems. Returns the run's ID. */
  saveRun?(draft: RunDraft, editingRunId: string | null): Promise<string>;
}
