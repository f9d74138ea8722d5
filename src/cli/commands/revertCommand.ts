import { resolve } from 'node:path';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { executeRevert } from '../../hosts/file/executeFileEdits';
import { saveWorkbookFile } from '../../hosts/file/workbookFile';
import { prepareRevert } from '../../workbook/post/prepareRevert';
import type { CliContext } from '../cliContext';
import { EXIT_OK, RefusedError, UsageError } from '../cliErrors';
import { findRun, openBook } from '../openBook';
import { parseArgs } from '../parseArgs';
import { parseAsOfFlag } from '../resolveAsOf';

/**
 * `renewal-runs revert BOOK --run ID --as-of D [--out FILE]`: restores every cell the post
 * changed from the Journal and marks its Run Log row `Reverted` — refused (exit 1, nothing
 * written) when something later depends on it.
 */
export function revertCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['run', 'as-of', 'out'], switches: [], required: ['run', 'as-of'] });
  const asOf = parseAsOfFlag(parsed.values['as-of']);
  if (asOf === undefined) throw new UsageError('missing --as-of');
  const path = resolve(cli.cwd, parsed.positionals.BOOK);
  const book = openBook(path);
  const run = findRun(book, parsed.values.run);
  const context = { date1904: book.grids.date1904, dateOrder: book.read.records.settings.dateOrder };
  const decision = prepareRevert(book.grids, context, run.id, asOf);
  if (!decision.ok) throw new RefusedError(decision.message);
  executeRevert(book.host, decision.revert);
  const out = parsed.values.out === undefined ? path : resolve(cli.cwd, parsed.values.out);
  saveWorkbookFile(book.host, out, { backup: out === path });
  cli.stdout(`Reverted ${run.id} as of ${formatIsoDate(asOf)}: ${decision.revert.restoredCells} cells restored from the Journal; Run Log row ${decision.revert.logRow} is now Reverted.`);
  cli.stdout(`Written to ${out}`);
  return EXIT_OK;
}
