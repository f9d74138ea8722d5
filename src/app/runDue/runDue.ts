import { formatIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import type { RunDefinition } from '../../engine/model/run';
import { findRun } from '../findRun';
import { openBook, type OpenedBook } from '../openBook';
import { CONTINUING_STEPS, decideRunStep, type RunStepKind } from './decideRunStep';
import { executeRunStep } from './executeRunStep';
import { gatherRunDueState } from './gatherRunDueState';
import type { RunDueMoment } from './runDueMoment';

/** What the nightly job did for a run and occurrence: one line of its output (SPEC §12). */
export interface RunDueEntry {
  id: string;
  occurrence: string;
  action: RunDueAction;
  detail: string;
}

export type RunDueAction =
  'previewed' | 'refreshed' | 'changed-since-approval' | 'posted' | 'skipped-cancelled' | 'waiting-for-approval' | 'nothing-due' | 'delivered' | 'error';

/** The output's word for each step. */
const ACTION_OF: Record<RunStepKind, RunDueAction> = {
  preview: 'previewed',
  refresh: 'refreshed',
  reset: 'changed-since-approval',
  post: 'posted',
  skip: 'skipped-cancelled',
  'wait-for-approval': 'waiting-for-approval',
  'nothing-due': 'nothing-due',
};

/** What a delivery after a post did: `ok` false when some message failed or it was refused. */
export interface RunDueDelivery {
  ok: boolean;
  detail: string;
}

export interface RunDueOptions {
  now: RunDueMoment;
  /** The clock, for the Run Log's Executed At. */
  clock: () => Date;
  session: string;
  /** Delivers a post's messages (`--deliver`); absent: nothing is delivered. */
  deliver?: (book: OpenedBook, run: RunDefinition, asOf: LocalDate) => Promise<RunDueDelivery>;
}

export interface RunDueResult {
  entries: RunDueEntry[];
  /** Whether the book was changed (and must be written). */
  changed: boolean;
  /** Whether a post, refresh or delivery failed or was refused (exit 3). */
  failed: boolean;
}

/** More steps than any run can need in one call (a year of missed daily occurrences, each previewed and posted); a guard against a loop. */
const MAX_STEPS_PER_RUN = 1000;

/**
 * The nightly job (SPEC §12) over an opened book: for every scheduled run, in sheet order,
 * decide a step (`decideRunStep`), perform it (`executeRunStep`), read the book again and
 * decide again — so a run previewed can post in the same call, and missed occurrences are
 * handled oldest first, each as of its own date, until one waits (for approval, for its time)
 * or nothing is due. A refused post is reported and ends that run's turn; the other runs go on.
 * Changes go through the book's host; the caller writes the file once, when `changed`.
 *
 * @example
 * const result = await runDue(book, { now: { date: isoDate('2026-11-21'), time: '02:00' }, clock, session });
 * result.entries // → [{ id: 'NIGHTLY', occurrence: '2026-11-21', action: 'previewed', … }, …]
 */
export async function runDue(opened: OpenedBook, options: RunDueOptions): Promise<RunDueResult> {
  const result: RunDueResult = { entries: [], changed: false, failed: false };
  const ids = opened.read.runs.filter((r) => r.schedule !== null).map((r) => r.id);
  let book = opened;
  for (const id of ids) book = await runDueOne(book, id, options, result);
  return result;
}

async function runDueOne(opened: OpenedBook, id: string, options: RunDueOptions, result: RunDueResult): Promise<OpenedBook> {
  let book = opened;
  for (let i = 0; i < MAX_STEPS_PER_RUN; i++) {
    const run = findRun(book, id);
    const state = gatherRunDueState(book, run, options.now);
    if (state === null) return book;
    const step = decideRunStep(run, state, options.now);
    const occurrence = formatIsoDate(state.due.occurrence);
    const entry = (action: RunDueAction, detail: string) => result.entries.push({ id, occurrence, action, detail });
    if (!CONTINUING_STEPS.has(step.kind) && step.kind !== 'reset') {
      entry(ACTION_OF[step.kind], step.detail);
      return book;
    }
    const done = await executeRunStep(book, run, step, { occurrence: state.due.occurrence, now: options.clock(), session: options.session });
    if (!done.ok) {
      entry('error', done.reason);
      result.failed = true;
      return book;
    }
    result.changed = true;
    entry(ACTION_OF[step.kind], step.detail);
    // Read again: the next decision and a delivery need the book as this step left it.
    book = await openBook(book.host, book.source);
    if (done.post !== null && options.deliver) {
      const delivery = await options.deliver(book, findRun(book, id), state.due.occurrence);
      entry(delivery.ok ? 'delivered' : 'error', delivery.detail);
      if (!delivery.ok) result.failed = true;
      book = await openBook(book.host, book.source);
    }
    if (step.kind === 'reset') return book;
  }
  result.entries.push({ id, occurrence: '', action: 'error', detail: `stopped after ${MAX_STEPS_PER_RUN} steps` });
  result.failed = true;
  return book;
}
