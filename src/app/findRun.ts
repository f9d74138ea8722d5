import type { RunDefinition } from '../engine/model/run';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/**
 * The run with this ID, compared case-insensitively; otherwise an `UNKNOWN_RUN` refusal. A book
 * opened from a file lists the runs it has (the CLI); one without a source says so in a sentence
 * (the pane, which offers the runs it has in its list).
 *
 * @example
 * findRun(book, 'nightly').id // → 'NIGHTLY'
 * findRun(book, 'NOPE')       // throws Refusal UNKNOWN_RUN "This workbook has no run 'NOPE'."
 */
export function findRun(book: OpenedBook, runId: string): RunDefinition {
  const run = book.read.runs.find((r) => r.id.toUpperCase() === runId.toUpperCase());
  if (run) return run;
  const known = book.read.runs.map((r) => r.id);
  const words =
    book.source === null ? `This workbook has no run '${runId}'.` : `Unknown run ID '${runId}'. Runs in ${book.source}: ${known.join(', ') || 'none'}`;
  throw new Refusal('UNKNOWN_RUN', words, known);
}
