import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandSynopsis } from './command';
import { COMMANDS, USAGE } from './main';
import { usageText } from './usage';

/** The `renewal-runs …` lines of the README's listing under "The command line". */
function readmeListing(): string[] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The command line'));
  const block = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  return block.split('\n').filter((line) => line.startsWith('renewal-runs '));
}

const synopsisOf = (line: string) => line.trim().split(/\s{2,}/)[0];

describe('usageText', () => {
  it('lists every command in the declared order, aligning the summaries that fit when generated', () => {
    expect(USAGE.split('\n')).toEqual([
      'Usage:',
      '  renewal-runs demo [--out FILE] [--wait SECONDS]  sample workbook + preview of its run',
      '  renewal-runs validate BOOK                       schema + setup checks',
      '  renewal-runs preview BOOK --run ID [--as-of YYYY-MM-DD] [--json] [--out FILE] [--wait SECONDS]',
      '  renewal-runs export BOOK --run ID [--format csv|xlsx|sepa|nacha] [--dir DIR]',
      '  renewal-runs post BOOK --run ID [--as-of YYYY-MM-DD] [--out FILE] [--wait SECONDS]',
      '  renewal-runs revert BOOK --run ID --as-of YYYY-MM-DD [--out FILE] [--wait SECONDS]',
      '  renewal-runs reconcile BOOK [--settlements FILE] [--as-of YYYY-MM-DD] [--json] [--dry-run] [--out FILE] [--wait SECONDS]',
      '  renewal-runs deliver BOOK --run ID [--as-of YYYY-MM-DD] (--outbox DIR | --smtp) [--letters FILE.pdf] [--dry-run] [--retry-unknown] [--wait SECONDS]',
      '  renewal-runs due BOOK [--as-of YYYY-MM-DD] [--json]',
      '  renewal-runs run-due BOOK [--as-of YYYY-MM-DD] [--at HH:MM] [--deliver smtp | --deliver-outbox DIR] [--json] [--wait SECONDS]',
      '',
      'Any command also takes --debug: an internal error (exit 70) then prints its stack.',
    ]);
  });

  it("matches the README's listing line by line when the commands are compared by synopsis", () => {
    const listing = readmeListing();
    expect(listing.map((line) => line.split(' ')[1]).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const line of listing) {
      const command = COMMANDS.find((c) => c.name === line.split(' ')[1]);
      expect(command && commandSynopsis(command)).toBe(synopsisOf(line));
    }
    // Whole lines agree too, but for a summary the README words at more length (demo's).
    const generated = USAGE.split('\n').map((line) => line.slice(2));
    expect(listing.filter((l) => generated.includes(l)).length).toBeGreaterThanOrEqual(COMMANDS.length - 1);
  });

  it('shows every declared flag with its value name, except a hidden one', () => {
    for (const command of COMMANDS) {
      const line = USAGE.split('\n').find((l) => l.startsWith(`  renewal-runs ${command.name} `)) ?? '';
      for (const flag of command.flags.filter((f) => !f.hidden)) {
        expect(line).toContain(flag.value === undefined ? `--${flag.name}` : `--${flag.name} ${flag.value}`);
      }
    }
  });

  it('leaves a summary out when the synopsis reaches the summary column', () => {
    const long = { ...COMMANDS[0], name: 'a-very-long-command-name', positionals: ['BOOK', 'OTHER'] };
    expect(usageText([long])).toBe('Usage:\n  renewal-runs a-very-long-command-name BOOK OTHER [--out FILE] [--wait SECONDS]');
  });
});
