import { applyPlan } from '../../engine/apply/applyPlan';
import { BATCH_KINDS, Batches } from '../../engine/apply/batches';
import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import { gather } from '../../engine/gather/gatheredState';
import type { RunDefinition } from '../../engine/model/run';
import type { Plan } from '../../engine/plan/planRun';
import { batchSheetName } from '../batches/batchSheetName';
import { batchSheets } from '../batches/batchSheets';
import { appendRowArrays, appendRows, setCell } from '../edit/appendRows';
import type { CellWrite, JournaledWrite } from '../edit/cellWrite';
import { resolveChangeSet } from '../edit/resolveChangeSet';
import { JOURNAL_HEADERS, JOURNAL_SHEET, journalRows } from '../journal/journalSheet';
import type { SheetWrite } from '../outputGrid';
import { planPreview } from '../preview/planPreview';
import { readPreviewSheet } from '../preview/readPreviewSheet';
import type { WorkbookReadResult } from '../read/readWorkbookRecords';
import { POSTING_LIMIT_MINUTES, postingClaim, timestampMillis } from '../runLog/postingClaim';
import { findPostedEntry, readRunLog, type RunLogEntry } from '../runLog/readRunLog';
import { RUN_LOG_HEADERS, RUN_LOG_SHEET } from '../runLog/runLogSheet';
import { runLogValues } from '../runLog/runLogValues';
import type { WorkbookGrids } from '../sheetGrid';
import { timeOfDayInTimeZone } from '../timeZone/timeOfDayInTimeZone';
import { todayInTimeZone } from '../timeZone/todayInTimeZone';
import { usedCollectionReferences } from './usedCollectionReferences';
import { usedInvoiceIds } from './usedInvoiceIds';

export interface PreparePostOptions {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  run: RunDefinition;
  /** `--as-of`: must match the preview's as-of date when given. */
  asOf?: LocalDate;
  /** When the post happens (ISO date-time text from the host's clock); also its Posting Since. */
  executedAt: string;
  /** The posting session, recorded as Posting By: `pane:<uuid>` or `cli:<hostname>:<pid>`. */
  postingBy: string;
}

/**
 * A post ready to execute, in three phases so that a crash can be finished or rolled back
 * (SPEC §5): `begin` appends the Run Log row as `Posting` and the Journal; `apply` changes the
 * input sheets, then `batchSheets` are written; `commit` marks the Run Log row `Posted`.
 * A host that writes everything at once (the file host) runs the phases in order in memory.
 */
export interface PreparedPost {
  plan: Plan;
  asOf: LocalDate;
  batches: Batches;
  begin: CellWrite[];
  apply: JournaledWrite[];
  batchSheets: SheetWrite[];
  /**
   * The run's batch sheets of kinds this post has no rows for: they hold an earlier post's
   * batch and must go, or `export` would export it under this post's date.
   */
  staleBatchSheets: string[];
  commit: CellWrite[];
  /** The Run Log row of this post. */
  logRow: number;
}

/**
 * Why a post is refused: `POST_IN_PROGRESS` while a fresh `Posting` row of the run and as-of
 * date exists (any session's), `POST_INTERRUPTED` when that row is older than the limit or has
 * no Posting By/Since (recovery rolls it back when the pane is next opened), else `POST_REFUSED`.
 */
export type PostRefusalCode = 'POST_REFUSED' | 'POST_IN_PROGRESS' | 'POST_INTERRUPTED';

export type PostDecision = { ok: true; post: PreparedPost } | { ok: false; code: PostRefusalCode; message: string };

/**
 * Decides whether a run may be posted and prepares every write (SPEC §5). Refuses — with
 * words, and nothing to write — when the run has no preview, the as-of date differs from the
 * preview's, the run and as-of date is already posted or being posted (a `Posting` row: fresh,
 * or interrupted and not yet rolled back), or the inputs changed since the preview
 * (fingerprint). Otherwise re-plans with the staff's exclusions, which gives exactly the
 * reviewed items, and applies the included `ready`/`warning` ones.
 *
 * @example
 * const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'cli:host:42' });
 * if (decision.ok) host.writeCells([...decision.post.begin, ...decision.post.apply, ...decision.post.commit]);
 */
export function preparePost(options: PreparePostOptions): PostDecision {
  const { grids, read, run, executedAt, postingBy } = options;
  const reading = readPreviewSheet(grids, run.id);
  if (!reading.ok) return refused(`Cannot post ${run.id}: ${reading.message}.`);
  const { review } = reading;
  const asOf = review.asOf;
  if (options.asOf !== undefined && options.asOf !== asOf) {
    return refused(
      `Cannot post ${run.id} as of ${formatIsoDate(options.asOf)}: its preview is as of ${formatIsoDate(asOf)}. Preview it as of ${formatIsoDate(options.asOf)} first.`,
    );
  }
  const context = { date1904: grids.date1904, dateOrder: read.records.settings.dateOrder };
  const posted = findPostedEntry(readRunLog(grids, context).entries, run.id, asOf);
  if (posted?.status === 'Posting') return postingRefusal(posted, run.id, executedAt, read.records.settings.timeZone);
  if (posted) return refused(`Cannot post ${run.id} as of ${formatIsoDate(asOf)}: it is already posted (Run Log row ${posted.row}, ${posted.status}).`);
  // One gathering of the records serves the re-plan and the apply step.
  const state = gather(read.records);
  const preview = planPreview({ grids, read, run, asOf, excludedKeys: review.excludedKeys, gathered: state });
  if (preview.fingerprint !== review.fingerprint) {
    return refused(
      `Cannot post ${run.id}: the workbook changed since its preview (fingerprint ${review.fingerprint}, now ${preview.fingerprint}). Refresh the preview, review it, then post.`,
    );
  }
  // Post only what staff reviewed: an item the exclusions brought in (a notice on a member
  // whose drop was excluded) waits for the next refresh, where it can be reviewed.
  const plan = onlyReviewed(preview.plan, review.reviewedKeys);
  const usedReferences = plan.run.paymentFile === 'nacha' ? usedCollectionReferences(grids) : [];
  const applied = applyPlan({ plan, state, executedAt, usedInvoiceIds: usedInvoiceIds(grids), usedBankReferences: usedReferences });
  const apply = resolveChangeSet(applied.changes, grids);
  const logAppend = appendRows(grids, RUN_LOG_SHEET, RUN_LOG_HEADERS, [runLogValues(plan, preview.fingerprint, executedAt, 'Posting', postingBy)]);
  const logRow = logAppend.rows[0];
  const journal = appendRowArrays(grids, JOURNAL_SHEET, JOURNAL_HEADERS, journalRows(run.id, asOf, logRow, apply));
  return {
    ok: true,
    post: {
      plan,
      asOf,
      batches: applied.batches,
      // concat, not a spread: the Journal of a large post is a six-figure number of writes.
      begin: logAppend.writes.concat(journal.writes),
      apply,
      batchSheets: batchSheets(run.id, applied.batches),
      staleBatchSheets: BATCH_KINDS.filter((kind) => applied.batches[kind].length === 0).map((kind) => batchSheetName(run.id, kind)),
      commit: setCell(grids, RUN_LOG_SHEET, RUN_LOG_HEADERS, logRow, 'Status', 'Posted'),
      logRow,
    },
  };
}

function refused(message: string): PostDecision {
  return { ok: false, code: 'POST_REFUSED', message };
}

/**
 * A `Posting` row of the run and date: a post in progress (fresh, of any session — this one's
 * too, as its post may still be running), or an interrupted one that recovery has not rolled
 * back yet. Post does not roll it back itself: in the pane, reloading runs recovery, which also
 * tells what it did; the CLI's files never hold a `Posting` row of its own.
 */
function postingRefusal(entry: RunLogEntry, runId: string, now: string, timeZone: string): PostDecision {
  const what = `Cannot post ${runId} as of ${formatIsoDate(entry.asOf)}`;
  const claim = postingClaim(entry, now);
  if (claim.state === 'fresh') {
    const since = timeOfDayInTimeZone(timestampMillis(claim.since) ?? 0, timeZone);
    return {
      ok: false,
      code: 'POST_IN_PROGRESS',
      message: `${what}: it is being posted since ${since} (Run Log row ${entry.row}). Wait until that post is done; a post not done after ${POSTING_LIMIT_MINUTES} minutes counts as interrupted.`,
    };
  }
  const sinceMillis = claim.state === 'stale' ? timestampMillis(claim.since) : null;
  const since = sinceMillis === null ? '' : ` since ${formatIsoDate(todayInTimeZone(sinceMillis, timeZone))} ${timeOfDayInTimeZone(sinceMillis, timeZone)}`;
  return {
    ok: false,
    code: 'POST_INTERRUPTED',
    message: `${what}: an interrupted post${since} is still in the Run Log (row ${entry.row}, Posting). Reload the Renewal Runs pane (or reopen the workbook in Excel) so it is rolled back, then preview and post again.`,
  };
}

function onlyReviewed(plan: Plan, reviewed: ReadonlySet<string>): Plan {
  if (plan.items.every((item) => reviewed.has(item.key))) return plan;
  return { ...plan, items: plan.items.filter((item) => reviewed.has(item.key)) };
}
