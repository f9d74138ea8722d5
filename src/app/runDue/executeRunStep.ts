import type { LocalDate } from '../../engine/dates/localDate';
import type { RunDefinition } from '../../engine/model/run';
import { setCell } from '../../workbook/edit/appendRows';
import type { PreparedPost } from '../../workbook/post/preparePost';
import type { OpenedBook } from '../openBook';
import { Refusal } from '../refusal';
import { executePost, preparePostRun } from '../postRun';
import { previewRun } from '../previewRun';
import type { RunStep } from './decideRunStep';

/** When a post happens and who makes it (the Run Log's Executed At and Posting By). */
export interface ExecuteRunStepOptions {
  occurrence: LocalDate;
  now: Date;
  session: string;
}

/** A step done (with its post, when it posted), or a post refused with nothing written. */
export type RunStepResult = { ok: true; post: PreparedPost | null } | { ok: false; reason: string };

/**
 * Performs a changing step of the nightly job on the book through its host (SPEC §12), with the
 * existing use cases: `preview`, `refresh` and `reset` are previewRun as of the occurrence
 * (exclusions of a preview of the same date kept; Status `Previewed`); `post` is postRun as of
 * it; `skip` writes Status `Draft` and Last As Of = the occurrence, so the cancelled occurrence
 * is done with and the next one comes due.
 *
 * A post refused before any write (inputs changed, already posted, a post in progress) is
 * `{ ok: false }` with nothing written, for the caller to report. An error while writing is
 * thrown: the caller must then write nothing at all (the host holds a half-made post).
 *
 * @example
 * await executeRunStep(book, run, { kind: 'post', detail: '' }, { occurrence, now, session }) // → { ok: true, post }
 */
export async function executeRunStep(book: OpenedBook, run: RunDefinition, step: RunStep, options: ExecuteRunStepOptions): Promise<RunStepResult> {
  switch (step.kind) {
    case 'preview':
    case 'refresh':
    case 'reset':
      await previewRun(book, run, options.occurrence);
      return { ok: true, post: null };
    case 'post': {
      let post: PreparedPost;
      try {
        post = preparePostRun(book, run, { asOf: options.occurrence, now: options.now, session: options.session });
      } catch (e) {
        if (e instanceof Refusal) return { ok: false, reason: e.message };
        throw e;
      }
      await executePost(book.host, post);
      return { ok: true, post };
    }
    case 'skip':
      // Draft, not Cancelled: a cancellation is a decision about one occurrence, not the run.
      await book.host.writeCells(setCell(book.grids, 'Runs', [], run.row, 'Status', 'Draft'));
      await book.host.writeCells(setCell(book.grids, 'Runs', [], run.row, 'Last As Of', { date: options.occurrence }));
      return { ok: true, post: null };
    default:
      return { ok: true, post: null };
  }
}
