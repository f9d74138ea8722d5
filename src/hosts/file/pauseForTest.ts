import { existsSync, writeFileSync, writeSync } from 'node:fs';

/** The moments of a write at which a kill test can stop the process (see {@link pauseForTest}). */
export type PauseStep = 'locked' | 'read' | 'temp-written' | 'temp-synced' | 'backup-written' | 'renamed';

/**
 * TEST-ONLY hook. When the environment variable `RENEWAL_RUNS_TEST_PAUSE_AT` names `step`, the
 * process announces `paused <step>` — on stderr, or into the file named by
 * `RENEWAL_RUNS_TEST_PAUSE_FILE` — and then blocks forever (synchronously, so no timer or
 * callback runs either), so a test can SIGKILL it at exactly that point of a write — or, with a
 * pause file, let it go on by deleting that file (to change the book while it waits). Without the
 * variable this returns at once; users never set it.
 *
 * Steps, in the order a write passes them: `locked` (lock taken, nothing read), `read` (book
 * read), `temp-written` (new bytes in the temporary file, not yet flushed), `temp-synced`
 * (temporary file flushed and closed), `backup-written` (`.bak` in place), `renamed` (new file
 * in place, directory not yet flushed).
 *
 * @example
 * // RENEWAL_RUNS_TEST_PAUSE_AT=temp-synced node child.js   → prints "paused temp-synced", hangs
 * pauseForTest('temp-synced');
 */
export function pauseForTest(step: PauseStep, env: NodeJS.ProcessEnv = process.env): void {
  if (env.RENEWAL_RUNS_TEST_PAUSE_AT !== step) return;
  const line = `paused ${step}\n`;
  if (env.RENEWAL_RUNS_TEST_PAUSE_FILE) writeFileSync(env.RENEWAL_RUNS_TEST_PAUSE_FILE, line);
  else writeSync(2, line);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const file = env.RENEWAL_RUNS_TEST_PAUSE_FILE;
  for (;;) {
    Atomics.wait(cell, 0, 0, file ? 20 : 60_000);
    if (file && !existsSync(file)) return;
  }
}
