import type { LocalDate } from '../../engine/dates/localDate';
import type { InputError } from '../../engine/model/inputError';
import { findSheet } from '../schema/findSheet';
import type { ReadContext } from '../read/readContext';
import { readSheetRows } from '../read/readSheetRows';
import type { WorkbookGrids } from '../sheetGrid';
import { RUN_LOG_SHEET, RunLogStatus, runLogSheet } from './runLogSheet';

/** One Run Log row: a post of one run as of one date. */
export interface RunLogEntry {
  row: number;
  runId: string;
  asOf: LocalDate;
  executedAt: string | null;
  status: RunLogStatus;
  fingerprint: string | null;
  /** The session that wrote the `Posting` row, or null (a row written before these columns). */
  postingBy: string | null;
  /** When the `Posting` row was written (ISO, UTC), or null. */
  postingSince: string | null;
}

export interface RunLog {
  entries: RunLogEntry[];
  inputErrors: InputError[];
}

/**
 * Reads the Run Log sheet (absent → no entries). Rows with bad cells are input errors and are
 * left out, like on every other sheet.
 *
 * @example
 * readRunLog(grids, { date1904: false, dateOrder: 'YMD' }).entries
 * // → [{ row: 2, runId: 'NIGHTLY', asOf: 2026-11-20, status: 'Posted', … }]
 */
export function readRunLog(book: WorkbookGrids, context: ReadContext): RunLog {
  const entries: RunLogEntry[] = [];
  const reading = readSheetRows(findSheet(book, RUN_LOG_SHEET), runLogSheet, context, (r) => {
    if (!r.ok) return;
    const v = r.values;
    entries.push({
      row: r.row,
      runId: v.runId,
      asOf: v.asOf,
      executedAt: v.executedAt,
      status: v.status,
      fingerprint: v.fingerprint,
      postingBy: v.postingBy,
      postingSince: v.postingSince,
    });
  });
  return { entries, inputErrors: reading.inputErrors };
}

/**
 * The Run Log entry of a run (ID compared case-insensitively) as of a date that is `Posting`
 * or `Posted` — one that must not be posted again — or `null`.
 *
 * @example
 * findPostedEntry(log.entries, 'NIGHTLY', asOf)?.status // → 'Posted'
 */
export function findPostedEntry(entries: readonly RunLogEntry[], runId: string, asOf: LocalDate): RunLogEntry | null {
  const id = runId.toUpperCase();
  return entries.find((e) => e.runId.toUpperCase() === id && e.asOf === asOf && (e.status === 'Posted' || e.status === 'Posting')) ?? null;
}

/**
 * The latest `Posted` entry of a run (by As Of, then by row), or `null` — what `export` exports.
 *
 * @example
 * latestPostedEntry(log.entries, 'NIGHTLY')?.asOf
 */
export function latestPostedEntry(entries: readonly RunLogEntry[], runId: string): RunLogEntry | null {
  const id = runId.toUpperCase();
  let latest: RunLogEntry | null = null;
  for (const e of entries) {
    if (e.runId.toUpperCase() !== id || e.status !== 'Posted') continue;
    if (latest === null || e.asOf > latest.asOf || (e.asOf === latest.asOf && e.row > latest.row)) latest = e;
  }
  return latest;
}
