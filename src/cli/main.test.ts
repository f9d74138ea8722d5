import type { CliContext } from './cliContext';
import { SMALL_AS_OF, smallBook } from '../../test/fixtures/smallBook';
import { writeXlsxFixture } from '../../test/fixtures/xlsxFixture';
import { internalErrorText, runCli } from './main';

function context(stdout: (t: string) => void) {
  const err: string[] = [];
  const cli: CliContext = { stdout, stderr: (t) => err.push(t), now: () => new Date('2026-11-21T12:00:00Z'), cwd: process.cwd() };
  return { cli, err };
}

describe('runCli', () => {
  const book = writeXlsxFixture(smallBook());
  const boom = () => {
    throw new TypeError('boom');
  };

  it('turns an unexpected error into one line and exit 70, the stack only with --debug', async () => {
    const plain = context(boom);
    expect(await runCli(['due', book, '--as-of', SMALL_AS_OF], plain.cli)).toBe(70);
    expect(plain.err).toEqual(['renewal-runs: internal error: boom; run again with --debug for details']);
    const debug = context(boom);
    expect(await runCli(['due', '--debug', book, '--as-of', SMALL_AS_OF], debug.cli)).toBe(70);
    expect(debug.err[0]).toMatch(/^renewal-runs: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('keeps a refusal at exit 1 and a usage error at exit 2, --debug or not', async () => {
    const refused = context(() => undefined);
    expect(await runCli(['--debug', 'validate', __filename], refused.cli)).toBe(1);
    expect(refused.err).toEqual([expect.stringMatching(/is not an Excel workbook \(\.xlsx\)$/)]);
    const usage = context(() => undefined);
    expect(await runCli(['fly', '--debug'], usage.cli)).toBe(2);
    expect(usage.err[0]).toContain("unknown command 'fly'");
  });
});

describe('internalErrorText', () => {
  it('is one line without --debug, and the stack with it', () => {
    const error = new TypeError('x is undefined\nsecond line');
    expect(internalErrorText(error, false)).toBe('renewal-runs: internal error: x is undefined second line; run again with --debug for details');
    const debug = internalErrorText(error, true);
    expect(debug.split('\n')[0]).toBe('renewal-runs: internal error: x is undefined second line');
    expect(debug).toContain('    at ');
    expect(internalErrorText('thrown text', false)).toBe('renewal-runs: internal error: thrown text; run again with --debug for details');
  });
});
