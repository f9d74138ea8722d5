import { resolve } from 'node:path';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { saveWorkbookFile } from '../../hosts/file/workbookFile';
import { executePost } from '../../hosts/file/executeFileEdits';
import type { PreparedPost } from '../../workbook/post/preparePost';
import { preparePost } from '../../workbook/post/preparePost';
import { postSummaryLines } from '../../workbook/post/postSummaryLines';
import type { CliContext } from '../cliContext';
import { EXIT_OK, RefusedError } from '../cliErrors';
import { executedAt } from '../../hosts/executedAt';
import { findRun, openBook } from '../openBook';
import { parseArgs } from '../parseArgs';
import { parseAsOfFlag } from '../resolveAsOf';

/**
 * `renewal-runs post BOOK --run ID [--as-of D] [--out FILE]`: applies the included
 * `ready`/`warning` items of the reviewed preview, writes the batch sheets, the Run Log row and
 * the Journal (SPEC §5). Refused — exit 1, nothing written — without a preview, when the inputs
 * changed since it, or when the run and as-of date is already posted.
 */
export function postCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['run', 'as-of', 'out'], switches: [], required: ['run'] });
  const asOf = parseAsOfFlag(parsed.values['as-of']);
  const path = resolve(cli.cwd, parsed.positionals.BOOK);
  const book = openBook(path);
  const run = findRun(book, parsed.values.run);
  const decision = preparePost({ grids: book.grids, read: book.read, run, asOf, executedAt: executedAt(cli.now()) });
  if (!decision.ok) throw new RefusedError(decision.message);
  executePost(book.host, decision.post);
  const out = parsed.values.out === undefined ? path : resolve(cli.cwd, parsed.values.out);
  saveWorkbookFile(book.host, out, { backup: out === path });
  cli.stdout(postSummaryText(run.id, decision.post));
  cli.stdout(`Written to ${out}`);
  return EXIT_OK;
}

function postSummaryText(runId: string, post: PreparedPost): string {
  const lines = [`Posted ${runId} as of ${formatIsoDate(post.asOf)} (Run Log row ${post.logRow}):`];
  for (const line of postSummaryLines(post.batches)) lines.push(`  ${line}`);
  lines.push(`  ${post.apply.length} cells changed, each recorded with its previous value in the Journal`);
  if (post.batchSheets.length > 0) lines.push(`  batch sheets: ${post.batchSheets.map((s) => s.name).join(', ')}`);
  return lines.join('\n');
}
