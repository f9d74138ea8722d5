import { resolve } from 'node:path';
import { findRun } from '../../app/findRun';
import { previewRun } from '../../app/previewRun';
import { resolveAsOf } from '../../app/resolveAsOf';
import { planJson } from '../../workbook/write/planJson';
import { outPath, withBookFile } from '../bookFile';
import { EXIT_OK } from '../cliErrors';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';
import { planSummaryText } from '../printPlanSummary';
import { WAIT_FLAG, writeOptions } from '../writeOptions';

/**
 * `renewal-runs preview BOOK --run ID [--as-of D] [--json] [--out FILE]`: plans the run (keeping
 * the exclusions of an earlier preview of the same date: a refresh), writes the `Preview <Run ID>` sheet (in place after `BOOK.bak`, or into `--out`), prints a summary
 * or, with `--json`, the plan in the contract of SPEC §6.
 */
export const previewCommand: CliCommand = {
  name: 'preview',
  positionals: ['BOOK'],
  flags: [{ name: 'run', value: 'ID', required: true }, { name: 'as-of', value: 'YYYY-MM-DD' }, { name: 'json' }, { name: 'out', value: 'FILE' }, WAIT_FLAG],
  summary: "plans a run into its sheet 'Preview <Run ID>'",
  async run({ positionals, values, switches }, cli) {
    const asOfFlag = parseAsOfFlag(values['as-of']);
    const path = resolve(cli.cwd, positionals.BOOK);
    const out = outPath(path, values.out, cli.cwd);
    const preview = await withBookFile(path, out, writeOptions(values, cli), async (book) => {
      const run = findRun(book, values.run);
      return previewRun(book, run, resolveAsOf(book, run, { asOf: asOfFlag, now: cli.now() }));
    });
    if (switches.has('json')) {
      cli.stdout(JSON.stringify(planJson(preview.plan, preview.inputErrors, preview.fingerprint), null, 2));
    } else {
      cli.stdout(planSummaryText(preview.plan, preview.inputErrors));
      cli.stdout(`\nPreview written to sheet '${preview.sheet.name}' of ${out}`);
    }
    return EXIT_OK;
  },
};
