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
import { buildPreview } from '../preview/buildPreview';
import { readPreviewSheet } from '../preview/readPreviewSheet';
import type { WorkbookReadResult } from '../read/readWorkbookRecords';
import { findPostedEntry, readRunLog } from '../runLog/readRunLog';
import { RUN_LOG_HEADERS, RUN_LOG_SHEET } from '../runLog/runLogSheet';
import { runLogValues } from '../runLog/runLogValues';
import type { WorkbookGrids } from '../sheetGrid';
import { usedInvoiceIds } from './usedInvoiceIds';

export interface PreparePostOptions {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  run: RunDefinition;
  /** `--as-of`: must match the preview's as-of date when given. */
  asOf?: LocalDate;
  /** When the post happens (ISO date-time text from the host's clock). */
  executedAt: string;
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

export type PostDecision = { ok: true; post: PreparedPost } | { ok: false; message: string };

/**
 * Decides whether a run may be posted and prepares every write (SPEC §5). Refuses — with
 * words, and nothing to write — when the run has no preview, the as-of date differs from the
 * preview's, the run and as-of date is already posted, or the inputs changed since the preview
 * (fingerprint). Otherwise re-plans with the staff's exclusions, which gives exactly the
 * reviewed items, and applies the included `ready`/`warning` ones.
 *
 * @example
 * const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T02:00:00Z' });
 * if (decision.ok) host.writeCells([...decision.post.begin, ...decision.post.apply, ...decision.post.commit]);
 */
export function preparePost(options: PreparePostOptions): PostDecision {
  const { grids, read, run, executedAt } = options;
  const reading = readPreviewSheet(grids, run.id);
  if (!reading.ok) return { ok: false, message: `Cannot post ${run.id}: ${reading.message}.` };
  const { review } = reading;
  const asOf = review.asOf;
  if (options.asOf !== undefined && options.asOf !== asOf) {
    return {
      ok: false,
      message: `Cannot post ${run.id} as of ${formatIsoDate(options.asOf)}: its preview is as of ${formatIsoDate(asOf)}. Preview it as of ${formatIsoDate(options.asOf)} first.`,
    };
  }
  const context = { date1904: grids.date1904, dateOrder: read.records.settings.dateOrder };
  const posted = findPostedEntry(readRunLog(grids, context).entries, run.id, asOf);
  if (posted) {
    return { ok: false, message: `Cannot post ${run.id} as of ${formatIsoDate(asOf)}: it is already posted (Run Log row ${posted.row}, ${posted.status}).` };
  }
  const preview = buildPreview({ grids, read, run, asOf, excludedKeys: review.excludedKeys });
  if (preview.fingerprint !== review.fingerprint) {
    return {
      ok: false,
      message: `Cannot post ${run.id}: the workbook changed since its preview (fingerprint ${review.fingerprint}, now ${preview.fingerprint}). Refresh the preview, review it, then post.`,
    };
  }
  // Post only what staff reviewed: an item the exclusions brought in (a notice on a member
  // whose drop was excluded) waits for the next refresh, where it can be reviewed.
  const plan = onlyReviewed(preview.plan, review.reviewedKeys);
  const applied = applyPlan({ plan, state: gather(read.records), executedAt, usedInvoiceIds: usedInvoiceIds(grids) });
  const apply = resolveChangeSet(applied.changes, grids);
  const logAppend = appendRows(grids, RUN_LOG_SHEET, RUN_LOG_HEADERS, [runLogValues(plan, preview.fingerprint, executedAt, 'Posting')]);
  const logRow = logAppend.rows[0];
  const journal = appendRowArrays(grids, JOURNAL_SHEET, JOURNAL_HEADERS, journalRows(run.id, asOf, logRow, apply));
  return {
    ok: true,
    post: {
      plan,
      asOf,
      batches: applied.batches,
      begin: [...logAppend.writes, ...journal.writes],
      apply,
      batchSheets: batchSheets(run.id, applied.batches),
      staleBatchSheets: BATCH_KINDS.filter((kind) => applied.batches[kind].length === 0).map((kind) => batchSheetName(run.id, kind)),
      commit: setCell(grids, RUN_LOG_SHEET, RUN_LOG_HEADERS, logRow, 'Status', 'Posted'),
      logRow,
    },
  };
}

function onlyReviewed(plan: Plan, reviewed: ReadonlySet<string>): Plan {
  if (plan.items.every((item) => reviewed.has(item.key))) return plan;
  return { ...plan, items: plan.items.filter((item) => reviewed.has(item.key)) };
}
