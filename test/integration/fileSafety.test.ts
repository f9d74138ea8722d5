/**
 * SPEC §8 with the built `bin/renewal-runs.js` in real processes on a small workbook: commands
 * started together on one book, a book open in Excel or LibreOffice, a book replaced by another
 * program mid-command, a full disk and refusals of the operating system, an internal error.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL_AS_OF } from '../fixtures/smallBook';
import { bookState, failingFsPreload, folder, manyRunsBook, runCliProcess, startCli, waitUntil } from './cliProcess';

jest.setTimeout(180_000);

const STACK = /\n\s+at /;
/** What a folder holds besides the book and its .bak: temp files, a lock. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));

/** A book with previews of P1, P2 (to post) and NIGHTLY (as of SMALL_AS_OF). */
let base: string;
beforeAll(async () => {
  base = manyRunsBook();
  for (const run of ['P1', 'P2', 'NIGHTLY']) {
    expect((await runCliProcess(['preview', base, '--run', run, '--as-of', SMALL_AS_OF])).code).toBe(0);
  }
});

function copyOfBase(dir = folder()): string {
  const book = join(dir, 'book.xlsx');
  copyFileSync(base, book);
  return book;
}

describe('commands started together on one book', () => {
  const ROUNDS = Number(process.env.RENEWAL_RUNS_CONCURRENCY_ROUNDS ?? 3);

  it(`land one after the other, or are refused LOCKED having changed nothing (${ROUNDS} rounds of 4 processes)`, async () => {
    const totals = { commands: 0, exited0: 0, locked: 0, effectsVerified: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const dir = folder();
      const book = copyOfBase(dir);
      const commands = [
        { args: ['post', book, '--run', 'P1'], landed: (s: ReturnType<typeof bookState>) => s.runLog.includes('P1 Posted') },
        { args: ['post', book, '--run', 'P2'], landed: (s: ReturnType<typeof bookState>) => s.runLog.includes('P2 Posted') },
        { args: ['preview', book, '--run', 'V1', '--as-of', SMALL_AS_OF], landed: (s: ReturnType<typeof bookState>) => s.sheets.includes('Preview V1') },
        { args: ['preview', book, '--run', 'V2', '--as-of', SMALL_AS_OF], landed: (s: ReturnType<typeof bookState>) => s.sheets.includes('Preview V2') },
      ];
      // One of the four, a different one each round, does not wait: it lands first or is refused.
      const results = await Promise.all(commands.map((c, i) => runCliProcess(i === round % commands.length ? [...c.args, '--wait', '0'] : c.args)));
      const state = bookState(book);
      results.forEach((result, i) => {
        totals.commands++;
        expect(result.stderr).not.toMatch(STACK);
        if (result.code === 0) {
          totals.exited0++;
          expect({ command: commands[i].args.slice(0, 3).join(' '), landed: commands[i].landed(state) }).toEqual({
            command: commands[i].args.slice(0, 3).join(' '),
            landed: true,
          });
          totals.effectsVerified++;
        } else {
          expect(result.code).toBe(1);
          expect(result.stderr).toMatch(/is being changed by another renewal-runs process since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d; waited 0 s/);
          expect(commands[i].landed(state)).toBe(false);
          totals.locked++;
        }
      });
      // Each post that exited 0 is in the Run Log exactly once, and nothing else is.
      const posted = results.flatMap((r, i) => (r.code === 0 && commands[i].args[0] === 'post' ? [`${commands[i].args[3]} Posted`] : []));
      expect([...state.runLog].sort()).toEqual(posted.sort());
      expect(leftovers(dir)).toEqual([]);
    }
    console.log(`concurrency: ${ROUNDS} rounds x 4 processes: ${JSON.stringify(totals)}`);
    expect(totals.exited0 + totals.locked).toBe(totals.commands);
    expect(totals.effectsVerified).toBe(totals.exited0);
  });

  it('refuses a command after its --wait while another holds the book, naming since when; nothing written', async () => {
    const dir = folder();
    const book = copyOfBase(dir);
    const before = readFileSync(book);
    const marker = join(dir, 'paused');
    const holder = startCli(['post', book, '--run', 'P1'], { env: { RENEWAL_RUNS_TEST_PAUSE_AT: 'locked', RENEWAL_RUNS_TEST_PAUSE_FILE: marker } });
    await waitUntil(() => existsSync(marker));
    const started = Date.now();
    const second = await runCliProcess(['preview', book, '--run', 'V1', '--as-of', SMALL_AS_OF, '--wait', '1']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^renewal-runs: ${book.replace(/[.\\/]/g, '\\$&')} is being changed by another renewal-runs process since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; waited 1 s \\(--wait SECONDS waits longer\\)\\n$`,
      ),
    );
    // The holder goes on and lands; the refused preview changed nothing.
    unlinkSync(marker);
    expect((await holder.done).code).toBe(0);
    const state = bookState(book);
    expect(state.runLog).toEqual(['P1 Posted']);
    expect(state.sheets).not.toContain('Preview V1');
    expect(readFileSync(`${book}.bak`).equals(before)).toBe(true);
  });
});

describe('a book open in Excel or LibreOffice', () => {
  /** An Excel owner file as Excel writes it: 162 bytes, the name's length first, then the name in Latin-1 and in UTF-16. */
  function excelOwnerFile(name: string): Buffer {
    const bytes = Buffer.alloc(162, 0);
    bytes[0] = name.length;
    bytes.fill(0x20, 1, 55);
    bytes.write(name, 1, 'latin1');
    bytes[55] = name.length;
    bytes.write(name, 57, 'utf16le');
    return bytes;
  }

  it.each([
    ['Excel', '~$book.xlsx', excelOwnerFile('Ada Lovelace'), 'is open in Excel by Ada Lovelace (~$book.xlsx)'],
    [
      'LibreOffice',
      '.~lock.book.xlsx#',
      Buffer.from('Grace Hopper,grace,lab-pc,30.11.2026 09:12,file:///home/grace/.config/libreoffice/4;'),
      'is open in LibreOffice by Grace Hopper on lab-pc (.~lock.book.xlsx#)',
    ],
  ])('refuses an in-place post when %s has it open, naming the owner; --out elsewhere works', async (_app, ownerName, owner, words) => {
    const dir = folder();
    const book = copyOfBase(dir);
    const before = readFileSync(book);
    writeFileSync(join(dir, ownerName), owner);
    const refused = await runCliProcess(['post', book, '--run', 'NIGHTLY']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`renewal-runs: ${book} ${words}; close it there first, or write elsewhere with --out FILE\n`);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([ownerName, 'book.xlsx'].sort());

    const out = join(dir, 'posted.xlsx');
    const elsewhere = await runCliProcess(['post', book, '--run', 'NIGHTLY', '--out', out]);
    expect(elsewhere.code).toBe(0);
    expect(bookState(out).runLog).toEqual(['NIGHTLY Posted']);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(existsSync(`${out}.bak`)).toBe(false);
  });
});

describe('a book read from the open file (not held in memory) and written into meanwhile', () => {
  /**
   * A post of a copy of the base book `--out` another file, paused once the new file is written
   * (every untouched part copied from the input) and not yet renamed; `meanwhile` runs there.
   */
  async function postOutPausedAfterCopying(meanwhile: (book: string) => void) {
    const dir = folder();
    const book = copyOfBase(dir);
    const before = readFileSync(book);
    const out = join(dir, 'posted.xlsx');
    const marker = join(dir, 'paused');
    const post = startCli(['post', book, '--run', 'NIGHTLY', '--out', out], {
      env: { RENEWAL_RUNS_TEST_PAUSE_AT: 'temp-written', RENEWAL_RUNS_TEST_PAUSE_FILE: marker },
    });
    await waitUntil(() => existsSync(marker));
    meanwhile(book);
    unlinkSync(marker);
    return { dir, book, before, out, result: await post.done };
  }

  it('refuses a post --out elsewhere whose input was written into while its parts were copied, writing nothing', async () => {
    const other = readFileSync(manyRunsBook(folder()));
    // Into the same file, as `cp` or an in-place save does.
    const { dir, book, before, out, result } = await postOutPausedAfterCopying((book) => writeFileSync(book, other));
    expect([result.code, result.stderr]).toEqual([
      1,
      `renewal-runs: ${book} changed while renewal-runs was working; nothing written (run the command again on the new file)\n`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(book).equals(other)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx']);
    expect(before.equals(other)).toBe(false);
  });

  it('writes a post --out elsewhere when the input was replaced by a rename meanwhile (the open file is still the one read)', async () => {
    const other = manyRunsBook(folder());
    // A save by a program that writes a new file and renames it over the book.
    const { book, before, out, result } = await postOutPausedAfterCopying((book) => execFileSync('mv', [other, book]));
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(bookState(out).runLog).toEqual(['NIGHTLY Posted']);
    expect(readFileSync(book).equals(before)).toBe(false);
  });
});

describe('a book another program replaces while a post works on it', () => {
  it('is not overwritten: the post refuses and the other change is intact', async () => {
    const dir = folder();
    const book = copyOfBase(dir);
    const marker = join(dir, 'paused');
    const post = startCli(['post', book, '--run', 'NIGHTLY'], { env: { RENEWAL_RUNS_TEST_PAUSE_AT: 'read', RENEWAL_RUNS_TEST_PAUSE_FILE: marker } });
    await waitUntil(() => existsSync(marker));
    // Excel (which ignores our lock) saves the book: a fresh workbook's bytes.
    const other = readFileSync(manyRunsBook(folder()));
    writeFileSync(book, other);
    unlinkSync(marker); // the post goes on
    const result = await post.done;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`renewal-runs: ${book} changed while renewal-runs was working; nothing written (run the command again on the new file)\n`);
    expect(readFileSync(book).equals(other)).toBe(true);
    expect(readdirSync(dir)).toEqual(['book.xlsx']);
  });
});

/** Runs a command as root would; `false` when it is not available here. */
function tryRun(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the operating system refusing the write', () => {
  /** Asserts a refusal with its reason, exit 1, the book unchanged and no temporary file left. */
  function expectRefused(result: { code: number | null; stderr: string }, book: string, before: Buffer, reason: string) {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`renewal-runs: ${book} was not written: ${reason}`);
    expect(result.stderr).toContain('the file is unchanged and nothing was written');
    expect(result.stderr).not.toMatch(STACK);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(leftovers(join(book, '..'))).toEqual([]);
  }

  it('EACCES on the rename (injected: root is never denied): refused, the book untouched, no temporary file', async () => {
    const book = copyOfBase();
    const before = readFileSync(book);
    const result = await runCliProcess(['post', book, '--run', 'NIGHTLY'], { preload: [failingFsPreload('renameSync', 'EACCES', 'book.xlsx')] });
    expectRefused(result, book, before, 'permission denied (EACCES)');
  });

  it('EPERM on an immutable book (chattr +i, real where available; else injected)', async () => {
    const dir = folder();
    const book = copyOfBase(dir);
    const before = readFileSync(book);
    const immutable = tryRun('chattr', ['+i', book]);
    try {
      const preload = immutable ? [] : [failingFsPreload('renameSync', 'EPERM', 'book.xlsx')];
      if (!immutable) console.warn('chattr +i is not available here: EPERM injected');
      const result = await runCliProcess(['post', book, '--run', 'NIGHTLY'], { preload });
      expectRefused(result, book, before, 'the operating system does not permit it');
    } finally {
      if (immutable) tryRun('chattr', ['-i', book]);
    }
  });

  it('ENOSPC on a full disk (a small tmpfs, real where root can mount one; else injected)', async () => {
    const dir = folder('rr-full-');
    const size = statSync(base).size;
    // Room for the book and a little more, not for a second copy of it.
    const mounted = tryRun('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil((size * 1.5) / 4096) * 4096}`, 'tmpfs', dir]);
    try {
      const book = copyOfBase(dir);
      const before = readFileSync(book);
      const preload = mounted ? [] : [failingFsPreload('writeSync', 'ENOSPC', null)];
      if (!mounted) console.warn('tmpfs could not be mounted (needs root): ENOSPC injected');
      const result = await runCliProcess(['post', book, '--run', 'NIGHTLY'], { preload });
      expectRefused(result, book, before, 'the disk is full (ENOSPC)');
    } finally {
      if (mounted) tryRun('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an unexpected error', () => {
  const eio = () => failingFsPreload('fsyncSync', 'EIO', null);

  it('prints one line and exits 70, the book untouched and no temporary file left', async () => {
    const dir = folder();
    const book = copyOfBase(dir);
    const before = readFileSync(book);
    const result = await runCliProcess(['post', book, '--run', 'NIGHTLY'], { preload: [eio()] });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe('renewal-runs: internal error: EIO: injected by the test; run again with --debug for details\n');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([
    ['before the command name', (book: string) => ['--debug', 'post', book, '--run', 'NIGHTLY']],
    ['after it', (book: string) => ['post', book, '--debug', '--run', 'NIGHTLY']],
  ])('prints its stack with --debug %s', async (_where, args) => {
    const book = copyOfBase();
    const result = await runCliProcess(args(book), { preload: [eio()] });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^renewal-runs: internal error: EIO: injected by the test\nError: EIO: injected by the test\n\s+at /);
  });

  it('leaves a refusal at exit 1 with its message, with or without --debug', async () => {
    const book = copyOfBase();
    for (const args of [
      ['post', book, '--run', 'NOPE'],
      ['--debug', 'post', book, '--run', 'NOPE'],
    ]) {
      const result = await runCliProcess(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^renewal-runs: .*NOPE/);
      expect(result.stderr).not.toMatch(STACK);
    }
  });
});
