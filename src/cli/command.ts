import type { CliContext } from './cliContext';
import type { CommandSpec, ParsedArgs } from './parseArgs';

/** A flag of a command: a switch (`--json`), or a flag taking a value named `value` (`--run ID`). */
export interface FlagDeclaration {
  name: string;
  /** The value's name in the usage (`ID`, `YYYY-MM-DD`, `csv|xlsx`); absent for a switch. */
  value?: string;
  required?: boolean;
  /** Accepted but not shown in the usage. */
  hidden?: boolean;
  /**
   * Flags sharing a group name are alternatives, exactly one of which the command needs: the
   * usage shows them together as `(--outbox DIR | --smtp)`, where the first of them is declared.
   */
  oneOf?: string;
  /** With `oneOf`: the group is optional (at most one of them), shown as `[--a | --b X]`. */
  optional?: boolean;
}

/**
 * One `renewal-runs` command, declared once: the usage line and the parser's spec both come
 * from it (see commandSynopsis, commandSpec), so they cannot drift apart.
 */
export interface CliCommand {
  name: string;
  positionals: string[];
  /** In the order the usage shows them. */
  flags: FlagDeclaration[];
  /** One line: what the command does. */
  summary: string;
  run(args: ParsedArgs, cli: CliContext): Promise<number>;
}

/**
 * The parser's spec of a command: value flags, switches and required flags from its flags.
 *
 * @example
 * commandSpec(revertCommand) // → { positionals: ['BOOK'], valueFlags: ['run', 'as-of', 'out'], switches: [], required: ['run', 'as-of'] }
 */
export function commandSpec(command: CliCommand): CommandSpec {
  return {
    positionals: command.positionals,
    valueFlags: command.flags.filter((f) => f.value !== undefined).map((f) => f.name),
    switches: command.flags.filter((f) => f.value === undefined).map((f) => f.name),
    required: command.flags.filter((f) => f.required).map((f) => f.name),
  };
}

/**
 * The command's usage line without the summary: positionals, then flags — optional ones in
 * brackets, alternatives in parentheses, values by their names.
 *
 * @example
 * commandSynopsis(previewCommand) // → 'renewal-runs preview BOOK --run ID [--as-of YYYY-MM-DD] [--json] [--out FILE]'
 * commandSynopsis(deliverCommand) // → 'renewal-runs deliver BOOK --run ID [--as-of YYYY-MM-DD] (--outbox DIR | --smtp) …'
 */
export function commandSynopsis(command: CliCommand): string {
  const text = (f: FlagDeclaration) => (f.value === undefined ? `--${f.name}` : `--${f.name} ${f.value}`);
  const shown = command.flags.filter((f) => !f.hidden);
  const flags: string[] = [];
  for (const f of shown) {
    if (f.oneOf === undefined) flags.push(f.required ? text(f) : `[${text(f)}]`);
    else if (shown.find((g) => g.oneOf === f.oneOf) === f) {
      const choices = shown
        .filter((g) => g.oneOf === f.oneOf)
        .map(text)
        .join(' | ');
      flags.push(f.optional ? `[${choices}]` : `(${choices})`);
    }
  }
  return ['renewal-runs', command.name, ...command.positionals, ...flags].join(' ');
}
