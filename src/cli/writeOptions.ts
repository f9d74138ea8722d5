import type { BookWriteOptions } from './bookFile';
import type { CliContext } from './cliContext';
import { UsageError } from './cliErrors';
import type { FlagDeclaration } from './command';

/** `--wait SECONDS`, declared by every command that writes a book. */
export const WAIT_FLAG: FlagDeclaration = { name: 'wait', value: 'SECONDS' };

/** How long a writing command waits for another one's lock without `--wait` (SPEC §8). */
export const DEFAULT_WAIT_SECONDS = 30;

/**
 * A writing command's options from its flags: `--wait SECONDS` (a number ≥ 0, default 30;
 * anything else is a usage error, exit 2, before any file is touched), notices on stderr.
 *
 * @example
 * writeOptions({ wait: '5' }, cli) // → { waitSeconds: 5, onNotice: … }
 */
export function writeOptions(values: Record<string, string>, cli: CliContext): BookWriteOptions {
  const text = values.wait;
  const waitSeconds = text === undefined ? DEFAULT_WAIT_SECONDS : Number(text);
  if (text !== undefined && (text.trim() === '' || !Number.isFinite(waitSeconds) || waitSeconds < 0)) {
    throw new UsageError(`--wait must be a number of seconds (0 or more), not '${text}'`);
  }
  return { waitSeconds, onNotice: (message) => cli.stderr(`renewal-runs: ${message}`) };
}
