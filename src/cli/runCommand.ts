import type { CliContext } from './cliContext';
import { type CliCommand, commandSpec } from './command';
import { parseArgs } from './parseArgs';

/**
 * Parses `args` against the command's declaration (a usage error, exit 2, touches no file) and
 * runs it; resolves to its exit code.
 *
 * @example
 * await runCommand(previewCommand, ['book.xlsx', '--run', 'NIGHTLY'], cli) // → 0
 */
export function runCommand(command: CliCommand, args: readonly string[], cli: CliContext): Promise<number> {
  return command.run(parseArgs(args, commandSpec(command)), cli);
}
