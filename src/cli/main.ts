import { Refusal } from '../app/refusal';
import type { CliContext } from './cliContext';
import { EXIT_REFUSED, EXIT_USAGE, UsageError } from './cliErrors';
import type { CliCommand } from './command';
import { demoCommand } from './commands/demoCommand';
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
export const COMMANDS: readonly CliCommand[] = [demoCommand, validateCommand, previewCommand, exportCommand, postCommand, revertCommand, reconcileCommand, dueCommand];

/** `renewal-runs --help`, and what a usage error prints after its message. */
export const USAGE = usageText(COMMANDS);

/**
 * Runs one `renewal-runs` command and resolves to its exit code: 0 done (items may still carry
 * errors), 1 refused or unreadable input, 2 usage (SPEC §6).
 *
 * @example
 * await runCli(['due', 'book.xlsx', '--json'], cli) // → 0
 */
export async function runCli(argv: readonly string[], cli: CliContext): Promise<number> {
  const [name, ...args] = argv;
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
    throw e;
  }
}

/** The process entry point used by `bin/renewal-runs.js`. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(`${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
    now: () => new Date(),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
