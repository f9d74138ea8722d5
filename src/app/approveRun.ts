import { formatIsoDate } from '../engine/dates/isoDate';
import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import { runOccurrence } from '../engine/schedule/runOccurrence';
import { setCell } from '../workbook/edit/appendRows';
import { inputsFingerprint } from '../workbook/preview/planPreview';
import { readPreviewSheet } from '../workbook/preview/readPreviewSheet';
import type { OpenedBook } from './openBook';
import { isPosted } from './previewRun';
import { Refusal } from './refusal';
import { todayOf } from './resolveAsOf';

/** A run that waits for staff approval (SPEC §12), and when `run-due` will post it once approved. */
export interface ApprovalWait {
  runId: string;
  /** The due occurrence its preview is for: the date it posts as of. */
  occurrence: LocalDate;
  /** The run's Time, `HH:MM`; `00:00` (midnight) when blank. */
  time: string;
  /** The workbook's Time Zone setting, in which `time` is read. */
  timeZone: string;
}

/** Whether a run waits for approval; when it does not, why, in words. */
export type ApprovalState = { waiting: true; wait: ApprovalWait } | { waiting: false; reason: string };

/**
 * Whether the run waits for approval as of `today` (SPEC §12): it is scheduled (Frequency set),
 * its Approval is `required`, its Status is `Previewed`, its preview sheet is for its due
 * occurrence (§4), and that occurrence is not posted (nor being posted). Whether the preview is
 * still current (the inputs unchanged) is not looked at here — that takes hashing the input
 * sheets — but `approveRun` checks it. Writes nothing.
 *
 * @example
 * approvalState(book, findRun(book, 'NIGHTLY'), today) // → { waiting: true, wait: { occurrence: 2026-11-21, time: '02:00', … } } after its preview
 */
export function approvalState(book: OpenedBook, run: RunDefinition, today: LocalDate): ApprovalState {
  const no = (reason: string): ApprovalState => ({ waiting: false, reason });
  const next = runOccurrence(run, today);
  if (next === null) return no(`${run.id} is run on demand: only a scheduled run waits for approval.`);
  if (run.approval !== 'required') return no(`${run.id} has Approval auto: run-due posts it without approval.`);
  const occurrence = formatIsoDate(next.occurrence);
  // Cheapest first: the Runs list asks this of every run.
  if (run.status === 'Approved') return no(`${run.id} is already approved.`);
  if (run.status !== 'Previewed') return no(`${run.id} is ${run.status}, not Previewed: preview it as of ${occurrence} first.`);
  const reading = readPreviewSheet(book.grids, run.id);
  if (!reading.ok) return no(`${run.id} has no preview to approve (${reading.message}).`);
  if (reading.review.asOf !== next.occurrence) {
    return no(
      `${run.id}'s preview is as of ${formatIsoDate(reading.review.asOf)}, not its due occurrence ${occurrence}: preview it as of ${occurrence} first.`,
    );
  }
  if (isPosted(book, run.id, next.occurrence)) return no(`${run.id} is already posted (or being posted) as of ${occurrence}.`);
  const timeZone = book.read.records.settings.timeZone;
  return { waiting: true, wait: { runId: run.id, occurrence: next.occurrence, time: run.time ?? '00:00', timeZone } };
}

/**
 * When `run-due` will post an approved run, in words: the occurrence date, the run's Time and
 * the workbook's time zone.
 *
 * @example
 * postsAtWords(wait) // → '2026-11-21 at 02:00 (America/Chicago)'
 */
export function postsAtWords(wait: ApprovalWait): string {
  return `${formatIsoDate(wait.occurrence)} at ${wait.time} (${wait.timeZone})`;
}

/**
 * Approves a run that waits for approval (SPEC §12): writes Status `Approved` on its Runs row,
 * so `run-due` posts it as of its occurrence from the run's Time on. Refuses, with nothing
 * written, `NOT_WAITING_FOR_APPROVAL` when the run does not wait (see {@link approvalState}),
 * and `PREVIEW_CHANGED` when the inputs changed since the preview (the fingerprint post checks).
 * Returns what was approved.
 *
 * @example
 * const wait = await approveRun(book, findRun(book, 'NIGHTLY'), { now: new Date() });
 * postsAtWords(wait) // → '2026-11-21 at 02:00 (America/Chicago)'
 */
export async function approveRun(book: OpenedBook, run: RunDefinition, { now }: { now: Date }): Promise<ApprovalWait> {
  const state = approvalState(book, run, todayOf(book, now));
  if (!state.waiting) throw new Refusal('NOT_WAITING_FOR_APPROVAL', `Cannot approve ${run.id}: ${state.reason}`);
  const reading = readPreviewSheet(book.grids, run.id);
  const recorded = reading.ok ? reading.review.fingerprint : '';
  const current = inputsFingerprint(book.grids, run);
  if (current !== recorded) {
    throw new Refusal(
      'PREVIEW_CHANGED',
      `Cannot approve ${run.id}: the workbook changed since its preview (fingerprint ${recorded}, now ${current}). Refresh the preview, review it, then approve.`,
    );
  }
  await book.host.writeCells(setCell(book.grids, 'Runs', [], run.row, 'Status', 'Approved'));
  return state.wait;
}
