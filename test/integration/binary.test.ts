/**
 * The built `bin/renewal-runs.js` as users run it (npm test builds lib/ first): real processes,
 * real exit codes, no stack traces, and the same plan whatever the machine's time zone.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeXlsxFixture } from '../fixtures/xlsxFixture';
import { SMALL_AS_OF, smallBook } from '../fixtures/smallBook';

const BIN = join(__dirname, '..', '..', 'bin', 'renewal-runs.js');

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('bin/renewal-runs.js', () => {
  it('refuses a non-workbook with exit 1 and no stack trace', () => {
    const path = writeXlsxFixture(smallBook());
    writeFileSync(path, '\u0000\u0001 not a workbook');
    const result = run(['validate', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not an Excel workbook');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown command', () => {
    const result = run(['fly']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'fly'");
  });

  it('prints the same plan in Auckland, Los Angeles and UTC', () => {
    const path = writeXlsxFixture(smallBook());
    const outputs = ['Pacific/Auckland', 'America/Los_Angeles', 'UTC'].map((TZ) => {
      const result = run(['preview', path, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF, '--json', '--out', `${path}.${TZ.replace('/', '-')}.xlsx`], { TZ });
      expect(result.status).toBe(0);
      return result.stdout;
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('runs the demo into a chosen file, leaving no .bak even when it replaces one', () => {
    const path = `${writeXlsxFixture(smallBook())}.demo.xlsx`;
    for (let i = 0; i < 2; i++) {
      const result = run(['demo', '--out', path]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Sample workbook written to ${path}`);
      expect(result.stdout).toMatch(/renew\s+ready\s+\d+/);
      expect(result.stdout).toContain("Preview written to sheet 'Preview NIGHTLY'");
    }
    const dir = dirname(path);
    expect(readdirSync(dir).filter((f) => f.startsWith(basename(path)) || f.startsWith(`.${basename(path)}`))).toEqual([basename(path)]);
  });
});
