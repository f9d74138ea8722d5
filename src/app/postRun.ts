import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import type { WorkbookHost } from '../hosts/workbookHost';
import { preparePost, type PreparedPost } from '../workbook/post/preparePost';
import type { OpenedBook } from './openBook';
import { readAheadPreview } from './readAheadPreview';
import { Refusal } from './refusal';

/** When the post happens, the as-of date it must match (the CLI's `--as-of`), and who posts. */
export interface PostOptions {
  asOf?: LocalDate;
  now: Date;
  /** The session recorded as Posting By: `pane:<uuid>` (one per pane load) or `cli:<hostname>:<pid>`. */
  session: string;
}

/**
 * The post of the run's reviewed preview, prepared but not written: the confirmation's counts
 * come from it. Refuses, in preparePost's words: `POST_IN_PROGRESS` while a post of the run and
 * date is being written (any session's, for POSTING_LIMIT_MINUTES), `POST_INTERRUPTED` when an
 * interrupted one awaits recovery, else `POST_REFUSED` (no preview, another as-of date, already
 * posted, or the inputs changed since the preview).
 *
 * @example
 * preparePostRun(book, run, { now: new Date(), session: 'cli:host:42' }).apply.length // → cells the post would change
 */
export function preparePostRun(book: OpenedBook, run: RunDefinition, { asOf, now, session }: PostOptions): PreparedPost {
  const decision = preparePost({ grids: book.grids, read: book.read, run, asOf, executedAt: executedAt(now), postingBy: session });
  if (!decision.ok) throw new Refusal(decision.code, decision.message);
  return decision.post;
}

/**
 * Posts the run's reviewed preview (SPEC §5) and returns what was written.
 *
 * @example
 * const post = await postRun(book, run, { now: new Date(), session: 'cli:host:42' });
 * post.batches.invoices.length // → renewal invoices appended
 */
export async function postRun(book: OpenedBook, run: RunDefinition, options: PostOptions): Promise<PreparedPost> {
  await readAheadPreview(book, run.id);
  const post = preparePostRun(book, run, options);
  await executePost(book.host, post);
  return post;
}

/**
 * Writes a prepared post in the order crash recovery relies on (SPEC §5): the Run Log row as
 * `Posting` and the whole Journal first; then the changes; then the stale batch sheets of an
 * earlier post of the run are deleted and the new batch sheets written; last the row becomes
 * `Posted`. An interruption anywhere leaves a `Posting` row whose Journal is complete before
 * any change (recoverInterruptedPosts rolls it back). The file host holds every phase in memory
 * and its caller saves the file at once, atomically.
 *
 * @example
 * await executePost(host, preparePostRun(book, run, { now, session }));
 */
export async function executePost(host: WorkbookHost, post: PreparedPost): Promise<void> {
  await host.writeCells(post.begin);
  await host.writeCells(post.apply);
  for (const name of post.staleBatchSheets) await host.deleteSheet(name);
  for (const sheet of post.batchSheets) await host.replaceSheet(sheet);
  await host.writeCells(post.commit);
}

/**
 * When a post happens, as the Run Log and the run's Last Executed At record it: ISO 8601 in
 * UTC to the second, unambiguous wherever the workbook is opened.
 *
 * @example
 * executedAt(new Date('2026-11-21T02:00:13.456Z')) // → '2026-11-21T02:00:13Z'
 */
export function executedAt(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}
