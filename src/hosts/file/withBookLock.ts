import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { lock } from 'proper-lockfile';
import { Refusal } from '../refusal';
import { refusalForFsError } from './refusalForFsError';
import { localTime } from './localTime';
import { pauseForTest } from './pauseForTest';

export interface BookLockOptions {
  /** How long to wait for another renewal-runs process to finish with the book (`--wait`). Default 30. */
  waitSeconds?: number;
  /**
   * A lock not refreshed for this long belongs to a dead process and is taken over. Default 20
   * (under the 30 s wait, so a killed command's lock is taken over by the next one); at least 2.
   * The holder refreshes it every tenth of this, from its event loop, so synchronous work must
   * not block the loop for nearly this long.
   */
  staleSeconds?: number;
  /** Told, in words, when a dead process's lock was taken over (the CLI prints it on stderr). */
  onNotice?: (message: string) => void;
}

/** The lock held on a book while a command works on it. */
export interface BookLock {
  readonly bookPath: string;
  /** The lock directory beside the book: `<book>.lock`. */
  readonly lockPath: string;
  /** Refuses (LOCKED) when the lock was lost to another process meanwhile; call it before writing. */
  assertHeld(): void;
}

/**
 * Runs `work` while holding an exclusive lock on the book at `bookPath` — a `<book>.lock`
 * directory beside it, created atomically (proper-lockfile) — for the whole read → change →
 * write. The book need not exist yet (`--out`). Another process's lock is waited for, polling
 * with backoff, up to `waitSeconds`; then the command is refused (LOCKED) naming when that
 * process took it. A lock left by a dead process (not refreshed for `staleSeconds`) is taken
 * over and `onNotice` says so. The lock is released however `work` ends; if the process itself
 * exits or is interrupted (SIGINT, SIGTERM) it is released by proper-lockfile's exit handler,
 * and if it is SIGKILLed it goes stale and the next command takes it over.
 *
 * @example
 * await withBookLock('book.xlsx', { waitSeconds: 30, onNotice: (m) => console.error(m) }, (lock) => {
 *   const read = readBookFile('book.xlsx');
 *   replaceBookFile('book.xlsx', change(read.source), { read, backup: true, lock });
 * });
 */
export async function withBookLock<T>(bookPath: string, options: BookLockOptions, work: (lock: BookLock) => T | Promise<T>): Promise<T> {
  const waitMs = Math.max(0, (options.waitSeconds ?? 30) * 1000);
  const staleMs = Math.max(2000, (options.staleSeconds ?? 20) * 1000);
  const path = resolve(bookPath);
  const lockPath = `${path}.lock`;
  let compromised = false;
  const deadline = Date.now() + waitMs;
  let delayMs = 50;
  for (;;) {
    const abandonedAt = staleLockTakenAt(lockPath, staleMs);
    let release: () => Promise<void>;
    try {
      release = await lock(path, {
        realpath: false,
        lockfilePath: lockPath,
        stale: staleMs,
        update: Math.max(1000, staleMs / 10),
        retries: 0,
        onCompromised: () => {
          compromised = true;
        },
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw refusalForFsError(e, bookPath) ?? e;
      if (Date.now() >= deadline) {
        const since = lockTakenAt(lockPath);
        throw new Refusal(
          'LOCKED',
          `${bookPath} is being changed by another renewal-runs process since ${since ? localTime(since) : 'a moment ago'}; waited ${waitMs / 1000} s (--wait SECONDS waits longer)`,
        );
      }
      await new Promise((r) => setTimeout(r, Math.min(delayMs, Math.max(0, deadline - Date.now()))));
      delayMs = Math.min(delayMs * 2, 1000);
      continue;
    }
    if (abandonedAt) {
      options.onNotice?.(
        `Took over the lock on ${bookPath} left by a renewal-runs process that stopped without releasing it (locked since ${localTime(abandonedAt)})`,
      );
    }
    const held: BookLock = {
      bookPath,
      lockPath,
      assertHeld: () => {
        if (compromised || lockTakenAt(lockPath) === null) {
          throw new Refusal('LOCKED', `${bookPath}: another process took over the lock while renewal-runs was working; nothing written`);
        }
      },
    };
    try {
      pauseForTest('locked');
      return await work(held);
    } finally {
      await release().catch(() => undefined); // already released, or lost (compromised)
    }
  }
}

/** When the lock at `lockPath` was taken (its creation time where the file system records one), or `null` without a lock. */
function lockTakenAt(lockPath: string): Date | null {
  try {
    const stats = statSync(lockPath);
    // birthtime is 0 where the file system does not record it; the last refresh is the best then.
    return stats.birthtimeMs > 0 && stats.birthtimeMs <= stats.mtimeMs ? stats.birthtime : stats.mtime;
  } catch {
    return null;
  }
}

/** When a lock that is now stale (its holder is gone) was taken; `null` when there is none or it is alive. */
function staleLockTakenAt(lockPath: string, staleMs: number): Date | null {
  try {
    const stats = statSync(lockPath);
    return stats.mtimeMs < Date.now() - staleMs ? (lockTakenAt(lockPath) ?? stats.mtime) : null;
  } catch {
    return null;
  }
}
