import { basename, dirname, join } from 'node:path';
import type { BookFs } from './bookFs';
import { nodeBookFs } from './bookFs';
import { tempFileOwnerPid } from './tempFileName';

export interface CleanLeftoversOptions {
  /** Whether a process is still running; replaced in tests only. */
  isAlive?: (pid: number) => boolean;
  fs?: BookFs;
}

/**
 * Removes the temporary files (`.<name>.<pid>.tmp`, `.<name>.bak.<pid>.tmp`) that writers of the
 * book at `bookPath` left behind when they were killed mid-write, and returns the paths removed
 * so the command can say so. A file whose writer is still running is left alone — call this
 * while holding the book's lock, so that writer can only be a dead one's namesake. The book
 * itself is never touched: a write reaches it only by an atomic rename.
 *
 * @example
 * for (const removed of cleanLeftovers('book.xlsx')) console.error(`Removed ${removed}, left by an interrupted command`);
 */
export function cleanLeftovers(bookPath: string, options: CleanLeftoversOptions = {}): string[] {
  const fs = options.fs ?? nodeBookFs;
  const isAlive = options.isAlive ?? isProcessAlive;
  const dir = dirname(bookPath);
  const name = basename(bookPath);
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return []; // no folder (yet): nothing to clean
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const pid = tempFileOwnerPid(entry, name);
    if (pid === null || pid === process.pid || isAlive(pid)) continue;
    try {
      fs.unlinkSync(join(dir, entry));
      removed.push(join(dir, entry));
    } catch {
      // gone already (another command cleaned it) or not ours to remove: leave it
    }
  }
  return removed;
}

/** Whether a process with this pid exists: signal 0 checks without sending anything. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
