import { describeInputError } from '../../engine/reasons/describeInputError';
import { resolve } from 'node:path';
import { checkRunSetup } from '../../engine/setup/checkRunSetup';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import { resolveAsOf } from '../../app/resolveAsOf';
import { openBookFile } from '../bookFile';
import { EXIT_OK } from '../cliErrors';
import type { CliCommand } from '../command';
import { parseAsOfFlag } from '../parseAsOfFlag';

/**
 * `renewal-runs validate BOOK [--as-of D]`: schema and setup checks. Exit 1 on a missing sheet or column
 * (through openBookFile); bad cells and setup warnings are listed and still exit 0.
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  positionals: ['BOOK'],
  // --as-of only dates the setup checks; the usage has never shown it.
  flags: [{ name: 'as-of', value: 'YYYY-MM-DD', hidden: true }],
  summary: 'schema + setup checks',
  async run({ positionals, values }, cli) {
    const asOf = parseAsOfFlag(values['as-of']);
    const path = resolve(cli.cwd, positionals.BOOK);
    const book = await openBookFile(path);
    const { records, runs, inputErrors } = book.read;
    const warnings = checkRunSetup(runs, resolveAsOf(book, null, { asOf, now: cli.now() }), records.settings);
    cli.stdout(`${path}: ${records.members.length} memberships, ${records.invoices.length} invoices, ${records.products.length} products, ${runs.length} runs`);
    cli.stdout(inputErrors.length === 0 ? 'Input errors: none' : `Input errors (${inputErrors.length}):`);
    for (const e of inputErrors) cli.stdout(`  ${describeInputError(e)}`);
    cli.stdout(warnings.length === 0 ? 'Setup warnings: none' : `Setup warnings (${warnings.length}):`);
    for (const w of warnings) cli.stdout(`  ${w.runId} ${w.code}: ${describeSetupWarning(w)}`);
    return EXIT_OK;
  },
};
