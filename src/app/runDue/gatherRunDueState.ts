import type { RunDefinition } from '../../engine/model/run';
import { runOccurrence } from '../../engine/schedule/runOccurrence';
import { readPreviewSheet } from '../../workbook/preview/readPreviewSheet';
import { currentPreview } from '../currentPreview';
import type { OpenedBook } from '../openBook';
import type { RunDueMoment } from './runDueMoment';
import type { RunDueState } from './runDueState';

/**
 * Reads what `decideRunStep` needs about a scheduled run from the book (SPEC §12): its due
 * occurrence as `due` computes it as of `now`'s date, and its preview sheet — whether it is
 * for that occurrence and still current (the fingerprint on the sheet against the inputs now;
 * planned only when the sheet is for that occurrence). Writes nothing. Null for an on-demand run.
 *
 * @example
 * gatherRunDueState(book, nightly, { date: isoDate('2026-11-21'), time: '02:00' })
 * // → { due: { occurrence: 2026-11-21, … }, preview: { asOf: 2026-11-21, current: true } }
 */
export function gatherRunDueState(book: OpenedBook, run: RunDefinition, now: RunDueMoment): RunDueState | null {
  const due = runOccurrence(run, now.date);
  if (due === null) return null;
  const reading = readPreviewSheet(book.grids, run.id);
  if (!reading.ok || reading.review.asOf !== due.occurrence) return { due, preview: null };
  const current = currentPreview(book, run)?.fingerprint === reading.review.fingerprint;
  return { due, preview: { asOf: reading.review.asOf, current } };
}
