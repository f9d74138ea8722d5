import { formatIsoDate, formatIsoDateOrNull, parseIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import { forecastRun } from '../../engine/forecast/forecastRun';
import { gather } from '../../engine/gather/gatheredState';
import { postingCounts } from '../../engine/plan/postingCounts';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import { listDueRuns } from '../../engine/schedule/listDueRuns';
import { runOccurrence } from '../../engine/schedule/runOccurrence';
import { checkRunSetup } from '../../engine/setup/checkRunSetup';
import { executePostOnHost, executePreviewOnHost, executeRevertOnHost } from '../../hosts/executeOnHost';
import { executedAt } from '../../hosts/executedAt';
import { todayInTimeZone } from '../../hosts/todayInTimeZone';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import type { WorkbookHost } from '../../hosts/workbookHost';
import { setCell } from '../../workbook/edit/appendRows';
import { batchCsv } from '../../workbook/export/batchCsv';
import { batchFileName } from '../../workbook/export/batchFileName';
import { preparePost, PreparedPost } from '../../workbook/post/preparePost';
import { prepareRevert } from '../../workbook/post/prepareRevert';
import { buildPreview } from '../../workbook/preview/buildPreview';
import { keptExclusions, readPreviewSheet } from '../../workbook/preview/readPreviewSheet';
import { findPostedEntry, readRunLog } from '../../workbook/runLog/readRunLog';
import { previewSheetName } from '../../workbook/write/previewColumns';
import type { ForecastWeekView } from '../charts/ForecastChart';
import { cloneRunWrites } from './cloneRunWrites';
import { deriveRunId } from '../../engine/runs/deriveRunId';
import type { RunDefinition } from '../../engine/model/run';
import { draftOfRun, readRunDraft } from './readRunDraft';
import { editRunWrites, newRunWrites, runDraftValues } from './runDraftWrites';
import { openBatchesWorkbook } from './openBatchesWorkbook';
import { openBook, OpenedBook, runOf } from './openedBook';
import { postedBatches } from './postedBatches';
import { previewRowOf } from './previewRowOf';
import type { DraftCheck, HistoryEntry, OpenedWorkbooks, PostSummary, RunDraft, RunPreview, RunsSession, RunSummary, WorkbookLayout } from './runsSession';
import { SessionRefusal } from './runsSession';
import { previewView } from './sessionViews';

/** What a HostRunsSession may be given besides its host and clock. */
export interface HostRunsSessionOptions {
  /** Opens .xlsx bytes as a new workbook (Office host, ExcelApi 1.8); without it there is no `exportWorkbook`. */
  workbookExporter?: WorkbookExporter | null;
}

/** A host that can select a row in the workbook (the Office host). */
interface SelectingHost extends WorkbookHost {
  selectRow(sheet: string, row: number, columns: number): Promise<void>;
}

/**
 * The task pane's actions on any WorkbookHost: the same preparation functions the CLI runs
 * (preview, post, revert, export), executed through the host. Every call re-reads the workbook
 * so it acts on what is there now, as staff may have edited it in between.
 *
 * @example
 * const session = new HostRunsSession(host, () => new Date(), { workbookExporter });
 * const runs = await session.listRuns();
 */
export class HostRunsSession implements RunsSession {
  /** Present only when the session was given a workbook exporter, so pages fall back to CSV without one. */
  declare readonly exportWorkbook?: (runId: string, layout: WorkbookLayout) => Promise<OpenedWorkbooks>;

  constructor(
    private readonly host: WorkbookHost,
    private readonly now: () => Date,
    options: HostRunsSessionOptions = {},
  ) {
    const exporter = options.workbookExporter;
    if (exporter) this.exportWorkbook = async (runId, layout) => openBatchesWorkbook(postedBatches(await openBook(this.host), runId), exporter, layout);
  }

  async listRuns(): Promise<RunSummary[]> {
    const book = await openBook(this.host);
    const today = this.today(book);
    const due = new Map(listDueRuns(book.read.runs, today).map((d, i) => [d.id, { ...d, order: i }]));
    const warnings = checkRunSetup(book.read.runs, today);
    const summaries = book.read.runs.map((run) => {
      const d = due.get(run.id);
      return {
        id: run.id, name: run.name, status: run.status, mode: run.mode, actions: run.actions,
        occurrence: formatIsoDateOrNull(d?.occurrence), preProcessingDate: formatIsoDateOrNull(d?.preProcessingDate), due: d?.due ?? false,
        warnings: warnings.filter((w) => w.runId === run.id).map((w) => ({ code: w.code, message: describeSetupWarning(w) })),
        order: d?.order ?? Number.MAX_SAFE_INTEGER,
      };
    });
    return summaries.sort((a, b) => a.order - b.order).map(({ order: _order, ...summary }) => summary);
  }

  async currentPreview(runId: string): Promise<RunPreview | null> {
    return this.previewOnSheet(await openBook(this.host), runId);
  }

  async preview(runId: string, asOfText?: string): Promise<RunPreview> {
    const book = await openBook(this.host);
    const run = runOf(book, runId);
    const asOf = asOfText !== undefined ? parseIsoDate(asOfText) : (runOccurrence(run, this.today(book))?.occurrence ?? this.today(book));
    if (asOf === null) throw new SessionRefusal(`'${asOfText}' is not a date written YYYY-MM-DD.`);
    const preview = buildPreview({ grids: book.grids, read: book.read, run, asOf, excludedKeys: keptExclusions(book.grids, run.id, asOf) });
    await executePreviewOnHost(this.host, preview);
    return previewView(preview, this.isPosted(book, run.id, asOf));
  }

  async setIncluded(runId: string, key: string, included: boolean): Promise<RunPreview> {
    const book = await openBook(this.host);
    const where = previewRowOf(book.grids, runOf(book, runId).id, key);
    if (!where) throw new SessionRefusal(`Item ${key} is not on the preview sheet any more: refresh the preview.`);
    await this.host.writeCells([{ sheet: where.sheet, row: where.row, column: where.includeColumn, value: included ? 'Yes' : 'No' }]);
    // Only that Include cell changed: plan from the read already made, not a second full read.
    return this.previewOnSheet(book, runId, { key, included }) as RunPreview;
  }

  async postSummary(runId: string): Promise<PostSummary> {
    return summaryOf(this.prepare(await openBook(this.host), runId));
  }

  async post(runId: string): Promise<PostSummary> {
    const post = this.prepare(await openBook(this.host), runId);
    await executePostOnHost(this.host, post);
    return summaryOf(post);
  }

  async cancel(runId: string): Promise<void> {
    const book = await openBook(this.host);
    const run = runOf(book, runId);
    const reading = readPreviewSheet(book.grids, run.id);
    if (reading.ok && this.isPosted(book, run.id, reading.review.asOf)) throw new SessionRefusal(`${run.id} is already posted as of ${formatIsoDate(reading.review.asOf)}: revert it instead.`);
    await this.host.writeCells(setCell(book.grids, 'Runs', [], run.row, 'Status', 'Cancelled'));
    await this.host.deleteSheet(previewSheetName(run.id));
  }

  async clone(runId: string, name: string): Promise<string> {
    const book = await openBook(this.host);
    const { id, writes } = cloneRunWrites(book.grids, runOf(book, runId), book.read.runs, name);
    await this.host.writeCells(writes);
    return id;
  }

  async history(): Promise<HistoryEntry[]> {
    const book = await openBook(this.host);
    return readRunLog(book.grids, book.context).entries.map((e) => ({
      row: e.row, runId: e.runId, asOf: formatIsoDate(e.asOf), executedAt: e.executedAt, status: e.status, canRevert: e.status === 'Posted',
    }));
  }

  async revert(runId: string, asOfText: string): Promise<void> {
    const book = await openBook(this.host);
    const asOf = parseIsoDate(asOfText);
    if (asOf === null) throw new SessionRefusal(`'${asOfText}' is not a date written YYYY-MM-DD.`);
    const decision = prepareRevert(book.grids, book.context, runOf(book, runId).id, asOf);
    if (!decision.ok) throw new SessionRefusal(decision.message);
    await executeRevertOnHost(this.host, decision.revert);
  }

  async exportCsv(runId: string): Promise<{ fileName: string; content: string }[]> {
    const { runId: id, asOf, batches } = postedBatches(await openBook(this.host), runId);
    return batches.map((batch) => ({ fileName: batchFileName(id, batch.kind, asOf, 'csv'), content: batchCsv(batch) }));
  }

  /** What the run is projected to do week by week over the next twelve months (the Statistics chart). */
  async forecast(runId: string): Promise<ForecastWeekView[]> {
    const book = await openBook(this.host);
    const weeks = forecastRun(gather(book.read.records), runOf(book, runId), { from: this.today(book) });
    return weeks.map((w) => ({ weekStart: formatIsoDate(w.weekStart), renew: w.renew, notify: w.notify, drop: w.drop }));
  }

  async selectItem(runId: string, key: string): Promise<void> {
    const host = this.host as Partial<SelectingHost>;
    if (typeof host.selectRow !== 'function') return;
    const book = await openBook(this.host);
    const where = previewRowOf(book.grids, runOf(book, runId).id, key);
    if (where) await host.selectRow(where.sheet, where.row, where.columns);
  }

  /** The run's definition as the editor's form holds it. */
  async runDraft(runId: string): Promise<RunDraft> {
    return draftOfRun(runOf(await openBook(this.host), runId));
  }

  /** The ID the draft would be saved under, its setup warnings as of today (with the other runs) and its field problems. */
  async checkDraft(draft: RunDraft, editingRunId: string | null): Promise<DraftCheck> {
    const { check } = this.readDraft(await openBook(this.host), draft, editingRunId);
    return check;
  }

  /** Writes the draft to the editing run's row, or appends it as a new Draft run; refuses while it has problems. */
  async saveRun(draft: RunDraft, editingRunId: string | null): Promise<string> {
    const book = await openBook(this.host);
    const { check, editing } = this.readDraft(book, draft, editingRunId);
    if (check.problems.length > 0) throw new SessionRefusal(`The run cannot be saved: ${check.problems.join(' ')}`);
    const values = runDraftValues(draft, readRunDraft(draft).run, check.id);
    await this.host.writeCells(editing ? editRunWrites(book.grids, editing.row, values) : newRunWrites(book.grids, values));
    return check.id;
  }

  private readDraft(book: OpenedBook, draft: RunDraft, editingRunId: string | null): { check: DraftCheck; editing: RunDefinition | null } {
    const editing = editingRunId === null ? null : runOf(book, editingRunId);
    const others = book.read.runs.filter((r) => r !== editing);
    const { run, problems } = readRunDraft(draft);
    const typed = draft.id.trim().toUpperCase();
    // Derived like the Runs reader derives a blank Run ID: unique against every other run.
    const id = typed !== '' ? typed : deriveRunId(run.name, new Set(others.map((r) => r.id.toUpperCase())));
    const row = editing?.row ?? Math.max(1, ...book.read.runs.map((r) => r.row)) + 1;
    const drafted: RunDefinition = {
      ...run, row, id, idDerived: typed === '', status: editing?.status ?? 'Draft', lastAsOf: editing?.lastAsOf ?? null, lastExecutedAt: editing?.lastExecutedAt ?? null,
    };
    const today = this.today(book);
    const own = checkRunSetup([drafted], today);
    // Only the draft's own DUPLICATE_RUN_ID: another run sharing the ID has its own warnings.
    const duplicate = checkRunSetup([...others, drafted], today).filter((w) => w.code === 'DUPLICATE_RUN_ID' && w.runId === id).slice(0, 1);
    const warnings = [...own, ...duplicate].map((w) => ({ code: w.code, message: describeSetupWarning(w) }));
    return { check: { id, warnings, problems }, editing };
  }

  /** The run's preview sheet as `book` holds it (with one Include changed on top, when given). */
  private previewOnSheet(book: OpenedBook, runId: string, change?: { key: string; included: boolean }): RunPreview | null {
    const run = runOf(book, runId);
    const reading = readPreviewSheet(book.grids, run.id);
    if (!reading.ok) return null;
    const { asOf } = reading.review;
    const excludedKeys = new Set(reading.review.excludedKeys);
    if (change) {
      if (change.included) excludedKeys.delete(change.key);
      else excludedKeys.add(change.key);
    }
    return previewView(buildPreview({ grids: book.grids, read: book.read, run, asOf, excludedKeys }), this.isPosted(book, run.id, asOf));
  }

  private prepare(book: OpenedBook, runId: string): PreparedPost {
    const decision = preparePost({ grids: book.grids, read: book.read, run: runOf(book, runId), executedAt: executedAt(this.now()) });
    if (!decision.ok) throw new SessionRefusal(decision.message);
    return decision.post;
  }

  private isPosted(book: OpenedBook, runId: string, asOf: LocalDate): boolean {
    return findPostedEntry(readRunLog(book.grids, book.context).entries, runId, asOf) !== null;
  }

  private today(book: OpenedBook): LocalDate {
    return todayInTimeZone(this.now(), book.read.records.settings.timeZone);
  }
}

function summaryOf(post: PreparedPost): PostSummary {
  return { runId: post.plan.run.id, asOf: formatIsoDate(post.asOf), counts: postingCounts(post.plan.items) };
}
