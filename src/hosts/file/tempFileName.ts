import { basename, dirname, join } from 'node:path';

/**
 * The temporary file a write of `target` goes through before it is renamed into place:
 * `.<name>.<pid>.tmp` beside it — hidden, and recognisably ours, so that the next command can
 * clean it up if the writer was killed (see cleanLeftovers).
 *
 * @example
 * tempFileName('/data/book.xlsx', 4242); // '/data/.book.xlsx.4242.tmp'
 */
export function tempFileName(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

/**
 * The pid of the writer whose temporary file `entry` (a name in the book's directory) is, when
 * it is one of ours for the book `bookName` or for its `.bak`; otherwise `null`.
 *
 * @example
 * tempFileOwnerPid('.book.xlsx.4242.tmp', 'book.xlsx');     // 4242
 * tempFileOwnerPid('.book.xlsx.bak.4242.tmp', 'book.xlsx'); // 4242
 * tempFileOwnerPid('.other.xlsx.4242.tmp', 'book.xlsx');    // null
 */
export function tempFileOwnerPid(entry: string, bookName: string): number | null {
  for (const target of [bookName, `${bookName}.bak`]) {
    const prefix = `.${target}.`;
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = entry.slice(prefix.length, -'.tmp'.length);
    // Digits only: `.book.xlsx.bak.12.tmp` must not read as book.xlsx with pid "bak.12".
    if (/^[1-9][0-9]{0,9}$/.test(pid)) return Number(pid);
  }
  return null;
}
