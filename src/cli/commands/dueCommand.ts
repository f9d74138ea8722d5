import { resolve } from 'node:path';
import { formatIsoDate } from '../../engine/dates/isoDate';
import { listDueRuns } from '../../engine/schedule/listDueRuns';
import type { CliContext } from '../cliContext';
import { EXIT_OK } from '../cliErrors';
import { openBook } from '../openBook';
import { parseArgs } from '../parseArgs';
import { parseAsOfFlag } from '../resolveAsOf';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';

/**
 * `renewal-runs due BOOK [--as-of D] [--json]`: every scheduled run with its next occurrence,
 * pre-processing date and whether it is due; on-demand runs are not listed (SPEC §6).
 */
export function dueCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['as-of'], switches: ['json'] });
  const asOfFlag = parseAsOfFlag(parsed.values['as-of']);
  const book = openBook(resolve(cli.cwd, parsed.positionals.BOOK));
  const today = asOfFlag ?? todayInTimeZone(cli.now(), book.read.records.settings.timeZone);
  const runs = listDueRuns(book.read.runs, today).map((r) => ({
    id: r.id,
    name: r.name,
    occurrence: formatIsoDate(r.occurrence),
    preProcessingDate: formatIsoDate(r.preProcessingDate),
    due: r.due,
  }));
  if (parsed.switches.has('json')) {
    cli.stdout(JSON.stringify({ runs }, null, 2));
    return EXIT_OK;
  }
  if (runs.length === 0) cli.stdout('No scheduled runs.');
  for (const r of runs) {
    cli.stdout(`${r.due ? 'DUE ' : '    '}${r.id.padEnd(21)}occurrence ${r.occurrence}  pre-processing ${r.preProcessingDate}  ${r.name}`);
  }
  return EXIT_OK;
}
