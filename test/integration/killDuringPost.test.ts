/**
 * SIGKILLs `renewal-runs post` (no chance to clean up) at each named step of its write, and at
 * a seeded list of instants: the book is afterwards byte for byte the old workbook or the
 * posted one — never anything else — and readable; the next command takes over the dead
 * process's lock, removes its leftovers and works. The clock is fixed (a preload), so a post of
 * the same book always gives the same bytes and "the posted workbook" is one exact file.
 */
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PauseStep } from '../../src/hosts/file/pauseForTest';
import { SMALL_AS_OF } from '../fixtures/smallBook';
import { bookState, fixedClockPreload, folder, manyRunsBook, runCliProcess, startCli, waitUntil } from './cliProcess';

jest.setTimeout(180_000);

const clock = fixedClockPreload();
const post = (book: string) => ['post', book, '--run', 'NIGHTLY'];

let OLD: Buffer;
let NEW: Buffer;
let fullMs: number;
beforeAll(async () => {
  const book = manyRunsBook();
  expect((await runCliProcess(['preview', book, '--run', 'NIGHTLY', '--as-of', SMALL_AS_OF], { preload: [clock] })).code).toBe(0);
  OLD = readFileSync(book);
  const started = Date.now();
  expect((await runCliProcess(post(book), { preload: [clock] })).code).toBe(0);
  fullMs = Date.now() - started;
  NEW = readFileSync(book);
  expect(bookState(book).runLog).toEqual(['NIGHTLY Posted']);
  expect(NEW.equals(OLD)).toBe(false);
});

/** A fresh copy of the previewed, unposted book in a folder of its own. */
function freshBook(): { dir: string; book: string } {
  const dir = folder('rr-kill-');
  const book = join(dir, 'book.xlsx');
  writeFileSync(book, OLD);
  return { dir, book };
}

/** Which of the two files the book is now; anything else fails the test. It must also load. */
function outcomeOf(book: string): 'old' | 'new' {
  const bytes = readFileSync(book);
  const outcome = bytes.equals(OLD) ? 'old' : bytes.equals(NEW) ? 'new' : 'neither';
  expect(outcome).not.toBe('neither');
  bookState(book); // readable
  return outcome as 'old' | 'new';
}

/**
 * The next post after a kill: it takes over the lock (made stale here by dating it back a
 * minute, as if the 20 s had passed), says so, removes the dead process's temporary files and
 * posts — or, when the killed post had landed, is refused as already posted. Either way the book
 * ends as the posted workbook and nothing is left behind.
 */
async function nextPostCleansUp(dir: string, book: string, outcome: 'old' | 'new'): Promise<void> {
  const lock = `${book}.lock`;
  const locked = existsSync(lock);
  if (locked) {
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
  }
  const temps = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
  const next = await runCliProcess(post(book), { preload: [clock] });
  if (locked) expect(next.stderr).toMatch(/renewal-runs: Took over the lock on .*book\.xlsx left by a renewal-runs process that stopped without releasing it/);
  for (const temp of temps) expect(next.stderr).toContain(`renewal-runs: Removed ${join(dir, temp)}, left behind by an interrupted renewal-runs command`);
  if (outcome === 'old') expect(next.code).toBe(0);
  else expect(next).toMatchObject({ code: 1, stderr: expect.stringContaining('already posted') });
  expect(readFileSync(book).equals(NEW)).toBe(true);
  expect(readdirSync(dir).filter((f) => f !== 'book.xlsx' && f !== 'book.xlsx.bak' && f !== 'paused')).toEqual([]);
}

describe('post SIGKILLed at each step of its write', () => {
  const steps: [PauseStep, 'old' | 'new'][] = [
    ['locked', 'old'],
    ['read', 'old'],
    ['temp-written', 'old'],
    ['temp-synced', 'old'],
    ['backup-written', 'old'],
    ['renamed', 'new'],
  ];
  const seen: Record<string, string> = {};
  afterAll(() => console.log(`kill at each step: ${JSON.stringify(seen)}`));

  it.each(steps)('at %s leaves the %s workbook; the next post cleans up and takes over', async (step, expected) => {
    const { dir, book } = freshBook();
    const marker = join(dir, 'paused');
    const run = startCli(post(book), { preload: [clock], env: { RENEWAL_RUNS_TEST_PAUSE_AT: step, RENEWAL_RUNS_TEST_PAUSE_FILE: marker } });
    await waitUntil(() => existsSync(marker));
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    const outcome = outcomeOf(book);
    seen[step] = outcome;
    expect(outcome).toBe(expected);
    expect(existsSync(`${book}.lock`)).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(['temp-written', 'temp-synced', 'backup-written'].includes(step));
    await nextPostCleansUp(dir, book, outcome);
  });
});

/** mulberry32: a small seeded PRNG, so the instants are the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('post SIGKILLed at seeded instants', () => {
  const COUNT = Number(process.env.RENEWAL_RUNS_KILL_INSTANTS ?? 8);
  const SEED = Number(process.env.RENEWAL_RUNS_KILL_SEED ?? 2026);

  it(`leaves the old or the new workbook at each of ${COUNT} instants (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const seen = { old: 0, new: 0 };
    const instants: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      // Across the whole post and past its usual end: under load a post takes longer than the first one did.
      const fraction = random() * 1.6;
      const { dir, book } = freshBook();
      const run = startCli(post(book), { preload: [clock] });
      await new Promise((r) => setTimeout(r, Math.round(fraction * fullMs)));
      run.child.kill('SIGKILL');
      await run.done;
      const outcome = outcomeOf(book);
      seen[outcome]++;
      instants.push(`${fraction.toFixed(2)}→${outcome}`);
      await nextPostCleansUp(dir, book, outcome);
    }
    console.log(`kill at seeded instants (post takes ${fullMs} ms): ${JSON.stringify(seen)} ${instants.join(' ')}`);
    expect(seen.old + seen.new).toBe(COUNT);
  });
});
