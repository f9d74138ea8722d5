import { Refusal } from '../app/refusal';
import type { CliContext } from './cliContext';
import { EXIT_INTERNAL, EXIT_REFUSED, EXIT_USAGE, UsageError } from './cliErrors';
import type { CliCommand } from './command';
import { deliverCommand } from './commands/deliverCommand';
import { demoCommand } from './commands/demoCommand';
import { runDueCommand } from './commands/runDueCommand';
import { dueCommand } from './commands/dueCommand';
import { exportCommand } from './commands/exportCommand';
import { postCommand } from './commands/postCommand';
import { previewCommand } from './commands/previewCommand';
import { reconcileCommand } from './commands/reconcileCommand';
import { revertCommand } from './commands/revertCommand';
import { validateCommand } from './commands/validateCommand';
import { runCommand } from './runCommand';
import { usageText } from './usage';

/** Every command, in the order the usage lists them. */
export const COMMANDS: readonly CliCommand[] = [
  demoCommand,
  validateCommand,
  previewCommand,
  exportCommand,
  postCommand,
  revertCommand,
  reconcileCommand,
  deliverCommand,
  dueCommand,
  runDueCommand,
];

/** The global switch, accepted anywhere on the line, before or after the command's name. */
const DEBUG_FLAG = '--debug';

/** `renewal-runs --help`, and what a usage error prints after its message. */
export const USAGE = `${usageText(COMMANDS)}\n\nAny command also takes ${DEBUG_FLAG}: an internal error (exit 70) then prints its stack.`;

/**
 * Runs one `renewal-runs` command and resolves to its exit code: 0 done (items may still carry
 * errors), 1 refused or unreadable input, 2 usage (SPEC §6), 70 an unexpected (internal) error:
 * one line on stderr, the stack only with `--debug` (SPEC §8).
 *
 * @example
 * await runCli(['due', 'book.xlsx', '--json'], cli) // → 0
 */
export async function runCli(argv: readonly string[], cli: CliContext): Promise<number> {
  const debug = argv.includes(DEBUG_FLAG);
  const [name, ...args] = argv.filter((arg) => arg !== DEBUG_FLAG);
  if (name === undefined || name === '--help' || name === 'help') {
    cli.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await runCommand(command, args, cli);
  } catch (e) {
    if (e instanceof UsageError) {
      cli.stderr(`renewal-runs: ${e.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (e instanceof Refusal) {
      cli.stderr(`renewal-runs: ${e.message}`);
      return EXIT_REFUSED;
    }
    cli.stderr(internalErrorText(e, debug));
    return EXIT_INTERNAL;
  }
}

/**
 * What an unexpected error prints: one line, or with `--debug` that line and the stack.
 *
 * @example
 * internalErrorText(new TypeError('x is undefined'), false)
 * // → 'renewal-runs: internal error: x is undefined; run again with --debug for details'
 */
export function internalErrorText(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `renewal-runs: internal error: ${message.replace(/\s*\n\s*/g, ' ').trim() || 'unknown'}`;
  if (!debug) return `${line}; run again with --debug for details`;
  return `${line}\n${error instanceof Error && error.stack ? error.stack : String(error)}`;
}

/** The process entry point used by `bin/renewal-runs.js`. */
export async function main(): Promise<void> {
  const debug = process.argv.includes(DEBUG_FLAG);
  // A failure outside the command's own promise (a timer, a stream) still ends in one line and 70.
  const crash = (e: unknown) => {
    process.stderr.write(`${internalErrorText(e, debug)}\n`);
    process.exit(EXIT_INTERNAL);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  // A reader that stops early (`| head`) is not an error: the rest of the output is dropped.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? undefined : crash(e)));
  const code = await runCli(process.argv.slice(2), {
    stdout: (t) => writeUnlessClosed(process.stdout, `${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
    now: () => new Date(),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}

function writeUnlessClosed(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
  }
}
