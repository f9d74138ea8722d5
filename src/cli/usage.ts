import { type CliCommand, commandSynopsis } from './command';

/** The column the summaries start at, after the two-space indent. */
const SUMMARY_COLUMN = 49;

/**
 * The usage text (`renewal-runs --help`, and after a usage error), generated from the declared
 * commands in the order given: one line per command, its summary beside it where the synopsis
 * leaves room before the summary column (a long synopsis stands alone).
 *
 * @example
 * usageText([demoCommand]) // → 'Usage:\n  renewal-runs demo [--out FILE]                   sample workbook + preview of its run'
 */
export function usageText(commands: readonly CliCommand[]): string {
  const lines = commands.map((command) => {
    const synopsis = commandSynopsis(command);
    return synopsis.length < SUMMARY_COLUMN ? `  ${synopsis.padEnd(SUMMARY_COLUMN)}${command.summary}` : `  ${synopsis}`;
  });
  return ['Usage:', ...lines].join('\n');
}
