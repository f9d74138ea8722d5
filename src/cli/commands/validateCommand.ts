import { describeInputError } from '../../engine/reasons/describeInputError';
import { resolve } from 'node:path';
import { checkRunSetup } from '../../engine/setup/checkRunSetup';
import { describeSetupWarning } from '../../engine/reasons/describeSetupWarning';
import type { CliContext } from '../cliContext';
import { EXIT_OK } from '../cliErrors';
import { openBook } from '../openBook';
import { parseArgs } from '../parseArgs';
import { parseAsOfFlag } from '../resolveAsOf';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';

/**
 * `renewal-runs validate BOOK [--as-of D]`: schema and setup checks. Exit 1 on a missing sheet or column
 * (through openBook); bad cells and setup warnings are listed and still exit 0.
 */
export function validateCommand(args: readonly string[], cli: CliContext): number {
  const parsed = parseArgs(args, { positionals: ['BOOK'], valueFlags: ['as-of'], switches: [] });
  const asOfFlag = parseAsOfFlag(parsed.values['as-of']);
  const path = resolve(cli.cwd, parsed.positionals.BOOK);
  const book = openBook(path);
  const { records, runs, inputErrors } = book.read;
  const today = asOfFlag ?? todayInTimeZone(cli.now(), records.settings.timeZone);
  const warnings = checkRunSetup(runs, today);
  cli.stdout(`${path}: ${records.members.length} memberships, ${records.invoices.length} invoices, ${records.products.length} products, ${runs.length} runs`);
  cli.stdout(inputErrors.length === 0 ? 'Input errors: none' : `Input errors (${inputErrors.length}):`);
  for (const e of inputErrors) cli.stdout(`  ${describeInputError(e)}`);
  cli.stdout(warnings.length === 0 ? 'Setup warnings: none' : `Setup warnings (${warnings.length}):`);
  for (const w of warnings) cli.stdout(`  ${w.runId} ${w.code}: ${describeSetupWarning(w)}`);
  return EXIT_OK;
}
