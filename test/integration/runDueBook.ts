import { statSync } from 'node:fs';
import { openBookFile } from '../../src/cli/bookFile';
import { formatIsoDate, formatIsoDateOrNull } from '../../src/engine/dates/isoDate';
import { readRunLog } from '../../src/workbook/runLog/readRunLog';
import { smallBook } from '../fixtures/smallBook';
import { denseRows, editXlsx, type FixtureCell, writeXlsxFixture } from '../fixtures/xlsxFixture';
import { cli } from './runCliInProcess';

/**
 * Test support for `run-due` (SPEC §12): the small book with scheduled runs of one's own, the
 * edits staff make between nights (approve, cancel, change an input), and what to assert — the
 * Runs' Status and Last As Of, the Run Log, and the job's JSON lines.
 */

/** A scheduled run of the small book (the NIGHTLY rules: renew, notify, drop). */
export interface ScheduledRun {
  id: string;
  frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
  day?: string | number;
  time?: string;
  lead?: number;
  approval?: 'auto' | 'required';
  status?: string;
  lastAsOf?: string;
}

const RUN_HEADER = ['Run ID', 'Name', 'Actions', 'Lead Days', 'Notice Interval Days', 'Max Notices', 'Drop After Days', 'Use Mapping'];
const SCHEDULE_HEADER = ['Frequency', 'Day', 'Time', 'Pre-Processing Lead Days', 'Approval', 'Status', 'Last As Of'];

/** The small book with these runs in place of its own, and these extra settings; returns the file's path. */
export function scheduledBook(runs: ScheduledRun[], settings: [string, FixtureCell][] = []): string {
  const sheets = smallBook();
  sheets.Runs = [[...RUN_HEADER, ...SCHEDULE_HEADER]];
  for (const r of runs) {
    const schedule: FixtureCell[] = [
      r.frequency,
      r.day ?? null,
      r.time ?? null,
      r.lead ?? 0,
      r.approval ?? 'required',
      r.status ?? 'Executed',
      r.lastAsOf ? { iso: r.lastAsOf } : null,
    ];
    sheets.Runs.push([r.id, `Run ${r.id}`, 'renew, notify, drop', 30, 14, 5, 60, 'No', ...schedule]);
  }
  // A sender, so the job can deliver what it posts (`--deliver-outbox`).
  sheets.Settings = [...(sheets.Settings ?? [['Setting', 'Value']]), ['From Address', 'office@club.example'], ...settings];
  return writeXlsxFixture(sheets, { name: 'book.xlsx' });
}

/** Sets one cell of a run's row on the Runs sheet, as staff would in Excel (Status `Approved`, …). */
export function setRunCell(path: string, id: string, header: string, value: string): void {
  editXlsx(path, (wb) => {
    const rows = denseRows(wb, 'Runs');
    const column = rows[0].findIndex((c) => c?.v === header);
    const row = rows.find((r) => r[0]?.v === id);
    if (column < 0 || !row) throw new Error(`no ${header} for ${id}`);
    row[column] = { t: 's', v: value };
  });
}

/** Changes an input the plans read (M1's Notes): every preview's fingerprint goes stale. */
export function changeInputs(path: string, note: string): void {
  editXlsx(path, (wb) => {
    const rows = denseRows(wb, 'Members');
    rows[1][9] = { t: 's', v: note };
  });
}

/** Each run's Status and Last As Of, and the Run Log as `RUN@AS-OF STATUS`. */
export async function bookState(path: string) {
  const book = await openBookFile(path);
  const runs = Object.fromEntries(book.read.runs.map((r) => [r.id, { status: r.status, lastAsOf: formatIsoDateOrNull(r.lastAsOf) }]));
  const log = readRunLog(book.grids, book.context).entries.map((e) => `${e.runId}@${formatIsoDate(e.asOf)} ${e.status}`);
  return { runs, log };
}

/** One line of the job's JSON output, as `RUN OCCURRENCE action`. */
export interface RunDueLine {
  id: string;
  occurrence: string;
  action: string;
  detail: string;
}

/** Runs `run-due BOOK --as-of DATE [--at TIME] --json` in this process; its lines as `RUN OCCURRENCE action`. */
export async function runDueAt(path: string, date: string, time?: string, extra: string[] = []) {
  const args = ['run-due', path, '--as-of', date, ...(time ? ['--at', time] : []), '--json', ...extra];
  const result = await cli(args);
  if (result.code !== 0 && result.code !== 3) throw new Error(`run-due exited ${result.code}: ${result.stderr}`);
  const lines = (JSON.parse(result.stdout) as { runs: RunDueLine[] }).runs;
  return { code: result.code, stderr: result.stderr, lines, steps: lines.map((l) => `${l.id} ${l.occurrence} ${l.action}`) };
}

/** The file's modification time and size: unchanged when a call wrote nothing. */
export function fileStamp(path: string): string {
  const s = statSync(path);
  return `${s.mtimeMs}:${s.size}`;
}
