import { resolve } from 'node:path';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { findRun } from '../../app/findRun';
import { revertRun } from '../../app/revertRun';
import { outPath, withBookFile } from '../bookFile';
import { EXIT_OK, UsageError } from '../cliErrors';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/**
 * `renewal-runs revert BOOK --run ID --as-of D [--out FILE]`: restores every cell the post
 * changed from the Journal and marks its Run Log row `Reverted` — refused (exit 1, nothing
 * written) when something later depends on it.
 */
export const revertCommand: CliCommand = {
  name: 'revert',
  positionals: ['BOOK'],
  flags: [{ name: 'run', value: 'ID', required: true }, { name: 'as-of', value: 'YYYY-MM-DD', required: true }, { name: 'out', value: 'FILE' }, WAIT_FLAG],
  summary: 'undoes a post from its Journal',
  async run({ positionals, values }, cli) {
    const asOf = parseAsOfFlag(values['as-of']);
    if (asOf === undefined) throw new UsageError('missing --as-of');
    const path = resolve(cli.cwd, positionals.BOOK);
    const out = outPath(path, values.out, cli.cwd);
    const { run, revert } = await withBookFile(path, out, writeOptions(values, cli), async (book) => {
      const run = findRun(book, values.run);
      return { run, revert: await revertRun(book, run, asOf) };
    });
    cli.stdout(
      `Reverted ${run.id} as of ${formatIsoDate(asOf)}: ${revert.restoredCells} cells restored from the Journal; Run Log row ${revert.logRow} is now Reverted.`,
    );
    cli.stdout(`Written to ${out}`);
    return EXIT_OK;
  },
};
