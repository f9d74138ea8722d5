/**
 * The file-safety modules in real processes (the child script in testing/fileSafetyChild.ts):
 * several writers at once, and a writer SIGKILLed at each pause step — afterwards the book is
 * exactly the old or exactly the new workbook, and the next writer cleans up and takes over.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PauseStep } from './pauseForTest';
import { fileSafetyChild, runChild, startChild, waitUntil } from './testing/fileSafetyChild';
import { loadWorkbookFile } from './workbookFile';
import { XlsxWorkbookHost } from './xlsxWorkbookHost';

jest.setTimeout(60_000);

function workbookBytes(sheet: string): Buffer {
  const host = XlsxWorkbookHost.empty();
  host.replaceSheetSync({ name: sheet, rows: [['x']], tableRows: 1, tableColumns: 1, tableName: sheet });
  return Buffer.from(host.toBytes());
}

const folder = () => mkdtempSync(join(tmpdir(), 'rr-proc-'));

beforeAll(() => fileSafetyChild());

describe('writers killed at each step (SIGKILL)', () => {
  const OLD = workbookBytes('Old');
  const NEW = workbookBytes('New');
  const steps: [PauseStep, 'old' | 'new'][] = [
    ['locked', 'old'],
    ['read', 'old'],
    ['temp-written', 'old'],
    ['temp-synced', 'old'],
    ['backup-written', 'old'],
    ['renamed', 'new'],
  ];

  it.each(steps)('at %s leave the %s workbook; the next writer cleans up and takes over the lock', async (step, expected) => {
    const dir = folder();
    const book = join(dir, 'book.xlsx');
    const next = join(dir, 'next.bytes');
    writeFileSync(book, OLD);
    writeFileSync(next, NEW);
    const marker = join(dir, 'paused');
    const { child, done } = startChild([book, 'replace', next], { RENEWAL_RUNS_TEST_PAUSE_AT: step, RENEWAL_RUNS_TEST_PAUSE_FILE: marker });
    await waitUntil(() => existsSync(marker));
    expect(readFileSync(marker, 'utf8')).toBe(`paused ${step}\n`);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');

    const after = readFileSync(book);
    expect(after.equals(expected === 'old' ? OLD : NEW)).toBe(true);
    expect(loadWorkbookFile(book).pkg.sheets.map((s) => s.name)).toEqual([expected === 'old' ? 'Old' : 'New']);
    expect(existsSync(`${book}.lock`)).toBe(true); // SIGKILL: no chance to release
    const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(leftovers.length > 0).toBe(['temp-written', 'temp-synced', 'backup-written'].includes(step));

    // The next writer (stale after 2 s, waits up to 10 s) takes the lock over and removes the leftovers.
    const nextRun = await runChild([book, 'replace', next]);
    expect(nextRun.stdout).toContain('done');
    expect(nextRun.stdout).toMatch(/notice: Took over the lock on .*book\.xlsx left by a renewal-runs process that stopped without releasing it/);
    for (const leftover of leftovers) expect(nextRun.stdout).toContain(`removed: ${join(dir, leftover)}`);
    expect(readFileSync(book).equals(NEW)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx', 'book.xlsx.bak', 'next.bytes', 'paused']);
    expect(existsSync(`${book}.lock`)).toBe(false);
  });
});

describe('writers started together', () => {
  it('all land, one after the other, each on the previous result', async () => {
    const book = join(folder(), 'book.txt');
    writeFileSync(book, '');
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((line) => runChild([book, 'append', line], { HOLD_MS: '300' })));
    for (const r of results) expect(r.stdout).toContain('done');
    expect(readFileSync(book, 'utf8').split('\n').filter(Boolean).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a writer whose book another program replaced between its read and its write, keeping that change', async () => {
    const book = join(folder(), 'book.txt');
    writeFileSync(book, 'start\n');
    const slow = startChild([book, 'append', 'slow'], { HOLD_MS: '1500' });
    await new Promise((r) => setTimeout(r, 400)); // the slow writer has read the book by now
    const other = await runChild([book, 'append', 'other'], { NO_LOCK: '1' }); // a program that ignores the lock
    expect(other.stdout).toContain('done');
    const slowResult = await slow.done;
    expect(slowResult.code).toBe(1);
    expect(slowResult.stdout).toMatch(/refused: CHANGED_UNDERNEATH: .*book\.txt changed while renewal-runs was working; nothing written/);
    expect(readFileSync(book, 'utf8')).toBe('start\nother\n');
  });

  it('refuses the second after its wait, naming since when the first holds the book', async () => {
    const book = join(folder(), 'book.txt');
    writeFileSync(book, 'x');
    const first = startChild([book, 'hold'], { STALE: '20' });
    await waitUntil(() => first.output().includes('holding'));
    const second = await runChild([book, 'append', 'b'], { WAIT: '1', STALE: '20' });
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(
      /refused: LOCKED: .*book\.txt is being changed by another renewal-runs process since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d; waited 1 s/,
    );
    expect(readFileSync(book, 'utf8')).toBe('x');
    first.child.kill('SIGKILL');
    await first.done;
  });
});

describe('the lock is released however the holder ends', () => {
  it.each([
    ['process.exit inside the work', 'exit', undefined],
    ['SIGTERM', 'hold', 'SIGTERM'],
    ['SIGINT', 'hold', 'SIGINT'],
  ] as const)('%s', async (_label, action, signal) => {
    const book = join(folder(), 'book.txt');
    writeFileSync(book, 'x');
    const run = startChild([book, action], { STALE: '20' });
    if (signal) {
      await waitUntil(() => run.output().includes('holding'));
      expect(existsSync(`${book}.lock`)).toBe(true);
      run.child.kill(signal);
    }
    await run.done;
    expect(existsSync(`${book}.lock`)).toBe(false);
  });
});
