import type { CliContext } from './cliContext';
import { EXIT_REFUSED, EXIT_USAGE, RefusedError, UsageError } from './cliErrors';
import { demoCommand } from './commands/demoCommand';
import { dueCommand } from './commands/dueCommand';
import { exportCommand } from './commands/exportCommand';
import { postCommand } from './commands/postCommand';
import { previewCommand } from './commands/previewCommand';
import { reconcileCommand } from './commands/reconcileCommand';
import { revertCommand } from './commands/revertCommand';
import { validateCommand } from './commands/validateCommand';

const USAGE = `Usage:
  renewal-runs demo [--out FILE]                   sample workbook + preview of its run
  renewal-runs validate BOOK                       schema + setup checks
  renewal-runs preview BOOK --run ID [--as-of YYYY-MM-DD] [--json] [--out FILE]
  renewal-runs export BOOK --run ID [--format csv|xlsx] [--dir DIR]
  renewal-runs post BOOK --run ID [--as-of YYYY-MM-DD] [--out FILE]
  renewal-runs revert BOOK --run ID --as-of YYYY-MM-DD [--out FILE]
  renewal-runs reconcile BOOK [--settlements FILE] [--as-of YYYY-MM-DD] [--json] [--dry-run] [--out FILE]
  renewal-runs due BOOK [--as-of YYYY-MM-DD] [--json]`;

const COMMANDS: Record<string, (args: readonly string[], cli: CliContext) => number> = {
  demo: demoCommand,
  validate: validateCommand,
  preview: previewCommand,
  post: postCommand,
  revert: revertCommand,
  export: exportCommand,
  reconcile: reconcileCommand,
  due: dueCommand,
};

/**
 * Runs one `renewal-runs` command and returns its exit code: 0 done (items may still carry
 * errors), 1 refused or unreadable input, 2 usage (SPEC §6).
 */
export function runCli(argv: readonly string[], cli: CliContext): number {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    cli.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return command(args, cli);
  } catch (e) {
    if (e instanceof UsageError) {
      cli.stderr(`renewal-runs: ${e.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (e instanceof RefusedError) {
      cli.stderr(`renewal-runs: ${e.message}`);
      return EXIT_REFUSED;
    }
    throw e;
  }
}

/** The process entry point used by `bin/renewal-runs.js`. */
export function main(): void {
  const code = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(`${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
    now: () => new Date(),
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
