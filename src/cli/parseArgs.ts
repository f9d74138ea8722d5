import { UsageError } from './cliErrors';

/** A command's flags: the ones that take a value and the ones that are switches. */
export interface CommandSpec {
  positionals: string[];
  valueFlags: string[];
  switches: string[];
  required?: string[];
}

export interface ParsedArgs {
  positionals: Record<string, string>;
  values: Record<string, string>;
  switches: Set<string>;
}

/**
 * Parses `args` strictly against a command's spec: an unknown flag, a missing value or a
 * missing positional is a usage error (exit 2). `--flag=value` and `--flag value` both work.
 *
 * @example
 * parseArgs(['book.xlsx', '--run', 'NIGHTLY'], { positionals: ['BOOK'], valueFlags: ['run'], switches: [] })
 */
export function parseArgs(args: readonly string[], spec: CommandSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: {}, values: {}, switches: new Set() };
  const loose: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      loose.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg.slice(2));
    if (spec.switches.includes(flag)) {
      if (inline !== undefined) throw new UsageError(`--${flag} takes no value`);
      parsed.switches.add(flag);
    } else if (spec.valueFlags.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} needs a value`);
      parsed.values[flag] = value;
    } else {
      throw new UsageError(`unknown flag --${flag}`);
    }
  }
  if (loose.length > spec.positionals.length) throw new UsageError(`unexpected argument '${loose[spec.positionals.length]}'`);
  spec.positionals.forEach((name, i) => {
    if (loose[i] === undefined) throw new UsageError(`missing ${name}`);
    parsed.positionals[name] = loose[i];
  });
  for (const flag of spec.required ?? []) {
    if (parsed.values[flag] === undefined) throw new UsageError(`missing --${flag}`);
  }
  return parsed;
}

function splitFlag(text: string): [string, string | undefined] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}
