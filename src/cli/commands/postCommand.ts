import { resolve } from 'node:path';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { findRun } from '../../app/findRun';
import { postRun } from '../../app/postRun';
import type { PreparedPost } from '../../workbook/post/preparePost';
import { outPath, withBookFile } from '../bookFile';
import { EXIT_OK } from '../cliErrors';
import { cliSession } from '../cliSession';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';
import { postSummaryLines } from '../../workbook/post/postSummaryLines';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/**
 * `renewal-runs post BOOK --run ID [--as-of D] [--out FILE]`: applies the included
 * `ready`/`warning` items of the reviewed preview, writes the batch sheets, the Run Log row and
 * the Journal (SPEC §5). Refused — exit 1, nothing written — without a preview, when the inputs
 * changed since it, or when the run and as-of date is already posted.
 */
export const postCommand: CliCommand = {
  name: 'post',
  positionals: ['BOOK'],
  flags: [{ name: 'run', value: 'ID', required: true }, { name: 'as-of', value: 'YYYY-MM-DD' }, { name: 'out', value: 'FILE' }, WAIT_FLAG],
  summary: 'applies the reviewed preview',
  async run({ positionals, values }, cli) {
    const asOf = parseAsOfFlag(values['as-of']);
    const path = resolve(cli.cwd, positionals.BOOK);
    const out = outPath(path, values.out, cli.cwd);
    const { run, post } = await withBookFile(path, out, writeOptions(values, cli), async (book) => {
      const run = findRun(book, values.run);
      return { run, post: await postRun(book, run, { asOf, now: cli.now(), session: cliSession() }) };
    });
    cli.stdout(postSummaryText(run.id, post));
    cli.stdout(`Written to ${out}`);
    return EXIT_OK;
  },
};

function postSummaryText(runId: string, post: PreparedPost): string {
  const lines = [`Posted ${runId} as of ${formatIsoDate(post.asOf)} (Run Log row ${post.logRow}):`];
  for (const line of postSummaryLines(post.batches)) lines.push(`  ${line}`);
  lines.push(`  ${post.apply.length} cells changed, each recorded with its previous value in the Journal`);
  if (post.batchSheets.length > 0) lines.push(`  batch sheets: ${post.batchSheets.map((s) => s.name).join(', ')}`);
  return lines.join('\n');
}
