import { UsageError } from './cliErrors';
import { parseArgs } from './parseArgs';

const spec = { positionals: ['BOOK'], valueFlags: ['run', 'as-of'], switches: ['json'], required: ['run'] };

describe('parseArgs', () => {
  it('reads positionals, values in both spellings and switches', () => {
    const parsed = parseArgs(['book.xlsx', '--run', 'NIGHTLY', '--as-of=2026-11-21', '--json'], spec);
    expect(parsed.positionals).toEqual({ BOOK: 'book.xlsx' });
    expect(parsed.values).toEqual({ run: 'NIGHTLY', 'as-of': '2026-11-21' });
    expect([...parsed.switches]).toEqual(['json']);
  });

  it.each([
    [['book.xlsx', '--run', 'X', '--bogus'], 'unknown flag --bogus'],
    [['book.xlsx'], 'missing --run'],
    [['--run', 'X'], 'missing BOOK'],
    [['book.xlsx', '--run'], '--run needs a value'],
    [['book.xlsx', '--run', '--json'], '--run needs a value'],
    [['book.xlsx', '--run', 'X', '--json=yes'], '--json takes no value'],
    [['a.xlsx', 'b.xlsx', '--run', 'X'], "unexpected argument 'b.xlsx'"],
  ])('refuses %j as a usage error', (args, message) => {
    expect(() => parseArgs(args, spec)).toThrow(UsageError);
    expect(() => parseArgs(args, spec)).toThrow(message);
  });
});
