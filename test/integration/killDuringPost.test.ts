/**
 * Kills `renewal-runs post` (SIGKILL, no chance to clean up) at random moments of a post on a
 * 12,000-membership workbook: the file must always be either the old workbook, byte for byte,
 * or the completely posted one — never a torn or half-written file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDate } from '../../src/engine/dates/isoDate';
import { loadWorkbookFile } from '../../src/hosts/file/workbookFile';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';

const BIN = join(__dirname, '..', '..', 'bin', 'renewal-runs.js');
const AS_OF = '2026-11-21';

function runBin(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

/** The Run Log statuses and invoice count of a workbook file (it must load). */
function postState(path: string) {
  const grids = loadWorkbookFile(path).readWorkbookSync();
  const read = readWorkbookRecords(grids);
  const log = grids.sheets.find((s) => s.name === 'Run Log');
  return { invoices: read.records.invoices.length, logRows: log ? log.cells.length - 1 : 0 };
}

describe('post killed at random moments', () => {
  jest.setTimeout(120_000);

  it('leaves the old workbook or the new one, never a corrupt file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-kill-'));
    const original = join(dir, 'original.xlsx');
    const host = XlsxWorkbookHost.empty();
    for (const sheet of sampleWorkbook({ asOf: isoDate(AS_OF), memberships: 12_000, withInputErrors: false })) host.replaceSheetSync(sheet);
    writeFileSync(original, host.toBytes());
    expect(runBin(['preview', original, '--run', 'NIGHTLY', '--as-of', AS_OF, '--out', original]).status).toBe(0);
    const reference = join(dir, 'reference.xlsx');
    copyFileSync(original, reference);
    const started = Date.now();
    expect(runBin(['post', reference, '--run', 'NIGHTLY']).status).toBe(0);
    const fullMs = Date.now() - started;
    const before = postState(original);
    const after = postState(reference);
    expect(after.invoices).toBeGreaterThan(before.invoices);
    const originalBytes = readFileSync(original);

    const seen = { old: 0, new: 0 };
    const delays = [0.2, 0.4, 0.55, 0.7, 0.8, 0.9, 0.95, 1.1].map((f) => Math.round(f * fullMs * (0.9 + Math.random() * 0.2)));
    for (const [i, delay] of delays.entries()) {
      const book = join(dir, `book-${i}.xlsx`);
      copyFileSync(original, book);
      const child = spawn(process.execPath, [BIN, 'post', book, '--run', 'NIGHTLY'], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r)); // listen before it can exit
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      if (readFileSync(book).equals(originalBytes)) {
        seen.old++;
      } else {
        expect(postState(book)).toEqual(after);
        seen.new++;
      }
    }
    // Both outcomes are legitimate; what matters is that nothing else ever happened.
    expect(seen.old + seen.new).toBe(delays.length);
  });
});
