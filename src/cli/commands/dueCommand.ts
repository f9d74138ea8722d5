import { resolve } from 'node:path';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { dueRuns } from '../../app/listRuns';
import { resolveAsOf } from '../../app/resolveAsOf';
import { openBookFile } from '../bookFile';
import { EXIT_OK } from '../cliErrors';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';

/**
 * `renewal-runs due BOOK [--as-of D] [--json]`: every scheduled run with its next occurrence,
 * pre-processing date and whether it is due; on-demand runs are not listed (SPEC §6).
 */
export const dueCommand: CliCommand = {
  name: 'due',
  positionals: ['BOOK'],
  flags: [{ name: 'as-of', value: 'YYYY-MM-DD' }, { name: 'json' }],
  summary: 'scheduled runs, due ones first',
  async run({ positionals, values, switches }, cli) {
    const asOf = parseAsOfFlag(values['as-of']);
    const book = await openBookFile(resolve(cli.cwd, positionals.BOOK));
    const runs = dueRuns(book, resolveAsOf(book, null, { asOf, now: cli.now() })).map((r) => ({
      id: r.id,
      name: r.name,
      occurrence: formatIsoDate(r.occurrence),
      preProcessingDate: formatIsoDate(r.preProcessingDate),
      due: r.due,
    }));
    if (switches.has('json')) {
      cli.stdout(JSON.stringify({ runs }, null, 2));
      return EXIT_OK;
    }
    if (runs.length === 0) cli.stdout('No scheduled runs.');
    for (const r of runs) {
      cli.stdout(`${r.due ? 'DUE ' : '    '}${r.id.padEnd(21)}occurrence ${r.occurrence}  pre-processing ${r.preProcessingDate}  ${r.name}`);
    }
    return EXIT_OK;
  },
};
