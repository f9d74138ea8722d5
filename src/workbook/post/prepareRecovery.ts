import { BATCH_KINDS } from '../../engine/apply/batches';
import type { LocalDate } from '../../engine/dates/localDate';
import { batchSheetName } from '../batches/batchSheetName';
import { setCell } from '../edit/appendRows';
import type { CellWrite } from '../edit/cellWrite';
import { holdsValue } from '../journal/journalValue';
import { readJournal } from '../journal/readJournal';
import type { ReadContext } from '../read/readContext';
import { postingClaim, type PostingSession } from '../runLog/postingClaim';
import { readRunLog, type RunLogEntry } from '../runLog/readRunLog';
import { RUN_LOG_HEADERS, RUN_LOG_SHEET } from '../runLog/runLogSheet';
import { findSheet } from '../schema/findSheet';
import type { Cell, WorkbookGrids } from '../sheetGrid';

/**
 * Why a `Posting` row is rolled back: it is this session's own (its post is not running), it is
 * older than the limit, or it has no Posting By/Since (written by an earlier version).
 */
export type RollBackReason = 'own' | 'stale' | 'unclaimed';

/** How an interrupted post is undone. */
export interface PreparedRollBack {
  kind: 'rollBack';
  reason: RollBackReason;
  runId: string;
  asOf: LocalDate;
  logRow: number;
  /** Cells the post had changed, given back their previous values; then the row's `Rolled Back`. */
  writes: CellWrite[];
  /** Batch sheets the post may have written (only when all its changes had been applied). */
  deleteSheets: string[];
  /** Cells that hold neither what the post wrote nor what was there before: left alone, reported. */
  conflicts: number;
}

/** A fresh `Posting` row of another session: its post may be running now, so it is left as it is. */
export interface PostingElsewhere {
  kind: 'leaveAlone';
  runId: string;
  asOf: LocalDate;
  logRow: number;
  /** The other session (Posting By). */
  postingBy: string;
  /** When it began (Posting Since, ISO). */
  postingSince: string;
}

/** What recovery decided for one `Posting` row. */
export type PreparedRecovery = PreparedRollBack | PostingElsewhere;

/**
 * Finds posts that were interrupted (a Run Log row still `Posting`: Excel closed or the network
 * dropped mid-way) and prepares their roll back from the Journal (SPEC §5). The Journal is
 * complete before any change is applied, so every cell that holds what the post wrote is given
 * its previous value back and every other cell is as it was: nothing stays applied twice or
 * half. The row becomes `Rolled Back`; the run can then be posted again.
 *
 * A workbook may be open in two panes at once (co-authoring): a `Posting` row of another
 * session that is not older than POSTING_LIMIT_MINUTES at `now` may be a post running in that
 * pane right now, and is left alone (`leaveAlone`). The session's own rows, stale rows and rows
 * without Posting By/Since are rolled back.
 *
 * @example
 * prepareRecoveries(grids, context, { session: 'pane:1b4e…', now: '2026-11-21T10:05:00Z' })
 * // → [{ kind: 'rollBack', runId: 'NIGHTLY', logRow: 9, writes: [...], … }]
 */
export function prepareRecoveries(book: WorkbookGrids, context: ReadContext, asker: PostingSession): PreparedRecovery[] {
  const posting = readRunLog(book, context).entries.filter((e) => e.status === 'Posting');
  return posting.map((entry) => {
    const claim = postingClaim(entry, asker.now);
    if (claim.state === 'unclaimed') return rollBack(book, entry, 'unclaimed');
    if (claim.by === asker.session) return rollBack(book, entry, 'own');
    if (claim.state === 'stale') return rollBack(book, entry, 'stale');
    return { kind: 'leaveAlone', runId: entry.runId, asOf: entry.asOf, logRow: entry.row, postingBy: claim.by, postingSince: claim.since };
  });
}

function rollBack(book: WorkbookGrids, entry: RunLogEntry, reason: RollBackReason): PreparedRollBack {
  const journal = readJournal(book, entry.row);
  const lines = journal.ok ? journal.lines : [];
  const restore: CellWrite[] = [];
  let applied = 0;
  let conflicts = 0;
  for (const line of [...lines].reverse()) {
    const now = currentCell(book, line.sheet, line.row, line.column);
    if (holdsValue(now, line.value, book.date1904)) {
      applied++;
      restore.push({ sheet: line.sheet, row: line.row, column: line.column, value: line.previous });
    } else if (!holdsValue(now, line.previous, book.date1904)) {
      conflicts++;
    }
  }
  // Batch sheets are written after every change: only then can they be this post's.
  const complete = lines.length > 0 && applied === lines.length;
  return {
    kind: 'rollBack',
    reason,
    runId: entry.runId,
    asOf: entry.asOf,
    logRow: entry.row,
    writes: [...restore, ...setCell(book, RUN_LOG_SHEET, RUN_LOG_HEADERS, entry.row, 'Status', 'Rolled Back')],
    deleteSheets: complete ? BATCH_KINDS.map((kind) => batchSheetName(entry.runId, kind)) : [],
    conflicts,
  };
}

function currentCell(book: WorkbookGrids, sheet: string, row: number, column: number): Cell {
  const grid = findSheet(book, sheet);
  const value = grid?.cells[row - grid.firstRow]?.[column - grid.firstColumn];
  return value === undefined ? null : value;
}
