import { approvalState, approveRun } from '../../app/approveRun';
import { cancelRun } from '../../app/cancelRun';
import { cloneRun } from '../../app/cloneRun';
import { currentPreview, selectItem, setIncluded } from '../../app/currentPreview';
import { exportRun, postedBatches } from '../../app/exportRun';
import { findRun } from '../../app/findRun';
import { listRuns } from '../../app/listRuns';
import { openBook, type OpenedBook } from '../../app/openBook';
import { executePost, preparePostRun } from '../../app/postRun';
import { recoverInterruptedPosts } from '../../app/recoverInterruptedPosts';
import { isPosted, previewRun } from '../../app/previewRun';
import { parseAsOf, resolveAsOf, todayOf } from '../../app/resolveAsOf';
import { revertRun } from '../../app/revertRun';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { forecastRun } from '../../engine/forecast/forecastRun';
import { gather } from '../../engine/gather/gatheredState';
import type { Preview } from '../../workbook/preview/buildPreview';
import type { DocumentFonts, DocumentRenderer } from '../../documents/documentRenderer';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import type { WorkbookHost } from '../../hosts/workbookHost';
import { readRunLog } from '../../workbook/runLog/readRunLog';
import { newPaneSession } from '../startup/newPaneSession';
import type * as BankFileModule from './bankFileDownload';
import { fetchDocumentFonts, lazyDocumentRenderer } from './documentFontsLoader';
import { itemMessage } from './itemMessage';
import type * as DownloadsModule from './messageDownloads';
import { openBatchesWorkbook } from './openBatchesWorkbook';
import { checkRunDraft, saveRunDraft } from './runDraftChecks';
import { draftOfRun } from './readRunDraft';
import type {
  BankFileDownload,
  DeliveryCounts,
  DraftCheck,
  ForecastWeekView,
  HistoryEntry,
  ItemMessage,
  MessagesDownload,
  OpenedWorkbooks,
  PostSummary,
  RunDraft,
  RunPreview,
  RunsSession,
  RunSummary,
  WorkbookLayout,
} from './runsSession';
import { postSummaryView, previewView, runSummaryView } from './sessionViews';

/** What a HostRunsSession may be given besides its host and clock. */
export interface HostRunsSessionOptions {
  /** Opens .xlsx bytes as a new workbook (Office host, ExcelApi 1.8); without it there is no `exportWorkbook`. */
  workbookExporter?: WorkbookExporter | null;
  /** The pane's posting session (Posting By); a new `pane:<uuid>` when not given. */
  session?: string;
  /** Loads the DejaVu Sans fonts invoices and letters are drawn in; default: fetched from the add-in's origin (see documentFontsLoader). */
  documentFonts?: () => Promise<DocumentFonts>;
}

/**
 * The task pane's actions on any WorkbookHost: app/'s use cases — the ones the CLI runs —
 * mapped to what the pages show. Every call re-reads the workbook so it acts on what is there
 * now, as staff may have edited it in between.
 *
 * @example
 * const session = new HostRunsSession(host, () => new Date(), { workbookExporter });
 * const runs = await session.listRuns();
 */
export class HostRunsSession implements RunsSession {
  /** Present only when the session was given a workbook exporter, so pages fall back to CSV without one. */
  declare readonly exportWorkbook?: (runId: string, layout: WorkbookLayout) => Promise<OpenedWorkbooks>;
  /** Posting By of this pane's posts. */
  readonly session: string;
  /** A post of this session failed part-way: its `Posting` row is rolled back before the next post. */
  private unfinishedPost = false;
  /** Draws invoices and letters; its fonts are loaded on first use and kept. */
  private readonly documents: DocumentRenderer;

  constructor(
    private readonly host: WorkbookHost,
    private readonly now: () => Date,
    options: HostRunsSessionOptions = {},
  ) {
    this.session = options.session ?? newPaneSession();
    this.documents = lazyDocumentRenderer(options.documentFonts ?? (() => fetchDocumentFonts()));
    const exporter = options.workbookExporter;
    if (exporter) {
      this.exportWorkbook = async (runId, layout) => {
        const book = await this.open();
        return openBatchesWorkbook(postedBatches(book, findRun(book, runId)), exporter, layout);
      };
    }
  }

  async listRuns(): Promise<RunSummary[]> {
    const book = await this.open();
    const today = todayOf(book, this.now());
    return listRuns(book, today).map((listed) => {
      const approval = approvalState(book, listed.run, today);
      return runSummaryView(listed, approval.waiting ? approval.wait : null);
    });
  }

  async currentPreview(runId: string): Promise<RunPreview | null> {
    const book = await this.open();
    const run = findRun(book, runId);
    return this.view(book, currentPreview(book, run));
  }

  async preview(runId: string, asOfText?: string): Promise<RunPreview> {
    const book = await this.open();
    const run = findRun(book, runId);
    const asOf = asOfText === undefined ? undefined : parseAsOf(asOfText);
    return this.view(book, await previewRun(book, run, resolveAsOf(book, run, { asOf, now: this.now() })));
  }

  async setIncluded(runId: string, key: string, included: boolean): Promise<RunPreview> {
    const book = await this.open();
    return this.view(book, await setIncluded(book, findRun(book, runId), key, included));
  }

  async postSummary(runId: string): Promise<PostSummary> {
    await this.settleUnfinishedPost();
    const book = await this.open();
    return postSummaryView(preparePostRun(book, findRun(book, runId), { now: this.now(), session: this.session }));
  }

  async post(runId: string): Promise<PostSummary> {
    await this.settleUnfinishedPost();
    const book = await this.open();
    const post = preparePostRun(book, findRun(book, runId), { now: this.now(), session: this.session });
    try {
      await executePost(book.host, post);
    } catch (error) {
      // The Run Log row may be left `Posting` under this session: no other pane will touch it
      // for POSTING_LIMIT_MINUTES, so this pane rolls it back itself before its next post.
      this.unfinishedPost = true;
      throw error;
    }
    return postSummaryView(post);
  }

  /**
   * After a post of this pane failed part-way (the network dropped), rolls back this session's
   * own `Posting` row — only this pane knows that post is no longer running — so the run can be
   * posted again at once rather than after the limit.
   */
  private async settleUnfinishedPost(): Promise<void> {
    if (!this.unfinishedPost) return;
    await recoverInterruptedPosts(this.host, { session: this.session, now: this.now() });
    this.unfinishedPost = false;
  }

  /** Status Approved on the run's Runs row, when it waits for approval and its preview is current. */
  async approve(runId: string): Promise<void> {
    const book = await this.open();
    await approveRun(book, findRun(book, runId), { now: this.now() });
  }

  async cancel(runId: string): Promise<void> {
    const book = await this.open();
    await cancelRun(book, findRun(book, runId));
  }

  async clone(runId: string, name: string): Promise<string> {
    const book = await this.open();
    return cloneRun(book, findRun(book, runId), name);
  }

  async history(): Promise<HistoryEntry[]> {
    const book = await this.open();
    return readRunLog(book.grids, book.context).entries.map((e) => ({
      row: e.row,
      runId: e.runId,
      asOf: formatIsoDate(e.asOf),
      executedAt: e.executedAt,
      status: e.status,
      canRevert: e.status === 'Posted',
    }));
  }

  async revert(runId: string, asOfText: string): Promise<void> {
    const book = await this.open();
    const asOf = parseAsOf(asOfText);
    await revertRun(book, findRun(book, runId), asOf);
  }

  async exportCsv(runId: string): Promise<{ fileName: string; content: string }[]> {
    const book = await this.open();
    const { files } = await exportRun(book, findRun(book, runId), 'csv');
    return files.map((file) => ({ fileName: file.fileName, content: file.contents as string }));
  }

  /** The bank file of the run's latest post, in its Payment File format, made as of the session's clock. */
  async exportBankFile(runId: string): Promise<BankFileDownload> {
    const book = await this.open();
    return (await loadBankFileDownload()).bankFileDownload(book, findRun(book, runId), this.now());
  }

  /** What the run is projected to do week by week over the next twelve months (the Statistics chart). */
  async forecast(runId: string): Promise<ForecastWeekView[]> {
    const book = await this.open();
    const weeks = forecastRun(gather(book.read.records), findRun(book, runId), { from: todayOf(book, this.now()) });
    return weeks.map((w) => ({ ...w, weekStart: formatIsoDate(w.weekStart) }));
  }

  async itemMessage(runId: string, key: string): Promise<ItemMessage | null> {
    const book = await this.open();
    const preview = currentPreview(book, findRun(book, runId));
    return preview && itemMessage(book, preview, key);
  }

  async deliveryCounts(runId: string): Promise<DeliveryCounts | null> {
    const book = await this.open();
    return (await loadMessageDownloads()).deliveryCounts(book, findRun(book, runId));
  }

  /** The .zip of the post's emails not yet delivered; their Deliveries rows are written before it returns. */
  async downloadEmails(runId: string): Promise<MessagesDownload> {
    const book = await this.open();
    return (await loadMessageDownloads()).downloadEmails(book, findRun(book, runId), this.documents, this.now);
  }

  /** The PDF of the post's letters not yet written; their Deliveries rows are written before it returns. */
  async downloadLetters(runId: string): Promise<MessagesDownload> {
    const book = await this.open();
    return (await loadMessageDownloads()).downloadLetters(book, findRun(book, runId), this.documents, this.now);
  }

  async selectItem(runId: string, key: string): Promise<void> {
    // A host that shows no selection (the file host) is not worth a read of the whole workbook.
    if (!this.host.selectsRows) return;
    const book = await this.open();
    await selectItem(book, findRun(book, runId), key);
  }

  /** The run's definition as the editor's form holds it. */
  async runDraft(runId: string): Promise<RunDraft> {
    const book = await this.open();
    return draftOfRun(findRun(book, runId));
  }

  /** The ID the draft would be saved under, its setup warnings as of today (with the other runs) and its field problems. */
  async checkDraft(draft: RunDraft, editingRunId: string | null): Promise<DraftCheck> {
    const book = await this.open();
    return checkRunDraft(book, draft, editingRunId, todayOf(book, this.now())).check;
  }

  /** Writes the draft to the editing run's row, or appends it as a new Draft run; refuses while it has problems. */
  async saveRun(draft: RunDraft, editingRunId: string | null): Promise<string> {
    const book = await this.open();
    return saveRunDraft(book, draft, editingRunId, todayOf(book, this.now()));
  }

  private open(): Promise<OpenedBook> {
    return openBook(this.host);
  }

  /** A preview as the pages see it, posted or not. */
  private view(book: OpenedBook, preview: Preview): RunPreview;
  private view(book: OpenedBook, preview: Preview | null): RunPreview | null;
  private view(book: OpenedBook, preview: Preview | null): RunPreview | null {
    return preview && previewView(preview, isPosted(book, preview.plan.run.id, preview.plan.asOf));
  }
}

/**
 * Delivery's code (deliverRun, the MIME composer, fflate's zip) on demand: a `message-downloads`
 * chunk the pane fetches after a post, never part of the bundle Excel's webview loads first.
 * (`as string`: see loadXlsxHost.)
 */
function loadMessageDownloads(): Promise<typeof DownloadsModule> {
  return import(/* webpackChunkName: "message-downloads" */ './messageDownloads' as string) as Promise<typeof DownloadsModule>;
}

/**
 * The bank file writers (pain.008 through xmlbuilder2, NACHA) on demand: a `bank-file` chunk
 * fetched the first time Export writes a bank file, never part of the pane's first bundle.
 * (`as string`: see loadXlsxHost.)
 */
function loadBankFileDownload(): Promise<typeof BankFileModule> {
  return import(/* webpackChunkName: "bank-file" */ './bankFileDownload' as string) as Promise<typeof BankFileModule>;
}
