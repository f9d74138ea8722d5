import { resolve } from 'node:path';
import { executePreview } from '../../hosts/file/executeFileEdits';
import { saveWorkbookFile } from '../../hosts/file/workbookFile';
import { buildPreview } from '../../workbook/preview/buildPreview';
import { keptExclusions } from '../../workbook/preview/readPreviewSheet';
import { planJson } from '../../workbook/write/planJson';
import type { CliContext } from '../cliContext';
import { EXIT_OK } from '../cliErrors';
import { findRun, openBook } from '../openBook';
import { parseArgs } from '../parseArgs';
import { planSummaryText } from '../printPlanSummary';
import { parseAsOfFlag, resolveAsOf } from '../resolveAsOf';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';

/**
 * `renewal-runs preview BOOK --run ID [--as-of D] [--json] [--out FILE]`: plans the run (keeping
 * the exclusions of an earlier preview of the same date: a refresh), writes the `Preview <Run ID>` sheet (in place after `BOOK.bak`, or into `--out`), prints a summary
 * or, with `--json`, the plan in the contract of SPEC §6.
 */
export function previewCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['run', 'as-of', 'out'], switches: ['json'], required: ['run'] });
  const asOfFlag = parseAsOfFlag(parsed.values['as-of']);
  const path = resolve(cli.cwd, parsed.positionals.BOOK);
  const book = openBook(path);
  const run = findRun(book, parsed.values.run);
  const today = todayInTimeZone(cli.now(), book.read.records.settings.timeZone);
  const asOf = resolveAsOf(asOfFlag, run, today);
  const excludedKeys = keptExclusions(book.grids, run.id, asOf);
  const preview = buildPreview({ grids: book.grids, read: book.read, run, asOf, excludedKeys });
  executePreview(book.host, preview);
  const out = parsed.values.out === undefined ? path : resolve(cli.cwd, parsed.values.out);
  saveWorkbookFile(book.host, out, { backup: out === path });
  if (parsed.switches.has('json')) {
    cli.stdout(JSON.stringify(planJson(preview.plan, preview.inputErrors, preview.fingerprint), null, 2));
  } else {
    cli.stdout(planSummaryText(preview.plan, preview.inputErrors));
    cli.stdout(`\nPreview written to sheet '${preview.sheet.name}' of ${out}`);
  }
  return EXIT_OK;
}
