import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempFileName } from '../file/tempFileName';

function checkBareName(fileName: string): void {
  if (/[/\\]/.test(fileName) || fileName === '' || fileName === '.' || fileName === '..') throw new Error(`Not a bare file name: ${JSON.stringify(fileName)}`);
}

/** An outbox folder written many files at a time, made durable by {@link OutboxFolder.flush}. */
export interface OutboxFolder {
  /**
   * Writes `bytes` to `.<name>.<pid>.tmp` and renames it to `fileName` (replacing a file of that
   * name), with no flush to disk: a reader, or a process killed mid-way, never sees half a
   * message; only a power loss before the next `flush` could leave this file cut short.
   * Several writes may be in flight at once.
   */
  write(fileName: string, bytes: Uint8Array): Promise<void>;
  /**
   * Flushes every file written since the last flush to disk (several at a time), then the folder,
   * so the renames survive a power loss. Resolves with the files that could not be flushed and
   * the system's reason; every other file written before the call is on disk.
   */
  flush(): Promise<Map<string, string>>;
}

/** How many files are flushed at once: enough to keep libuv's pool (4 threads) and the disk busy. */
const FLUSH_CONCURRENCY = 16;

/**
 * The outbox folder `dir` (created when missing), written the way `deliver --outbox` needs it
 * when messages come by the thousand (issue 13): a file and its flush cost about 10 ms each on a
 * disk that honours fsync, so files are written without one and made durable in batches by
 * `flush`, which the caller awaits before it records any of them `Written`. Writing a file again
 * under its name makes no second message, so a file lost before its batch was flushed is simply
 * written again by the next `deliver`. Names are bare names (see `outboxFileName`); one with a
 * path separator is a bug and throws.
 *
 * @example
 * const outbox = outboxFolder('outbox');
 * await Promise.all(messages.map((m) => outbox.write(m.fileName, m.bytes)));
 * const unflushed = await outbox.flush(); // empty: every file is on disk
 */
export function outboxFolder(dir: string): OutboxFolder {
  let made: Promise<unknown> | null = null;
  let written: string[] = [];
  return {
    async write(fileName, bytes) {
      checkBareName(fileName);
      made ??= mkdir(dir, { recursive: true });
      await made;
      const target = join(dir, fileName);
      const temp = tempFileName(target);
      try {
        await writeFile(temp, bytes);
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      written.push(fileName);
    },
    async flush() {
      const files = written;
      written = [];
      const failed = new Map<string, string>();
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const fileName = files[next++];
          try {
            // Opened for writing: Windows flushes only a handle with write access.
            const handle = await open(join(dir, fileName), 'r+');
            try {
              await handle.sync();
            } finally {
              await handle.close();
            }
          } catch (e) {
            failed.set(fileName, (e as NodeJS.ErrnoException).code ?? String(e));
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(FLUSH_CONCURRENCY, files.length) }, worker));
      if (files.length > 0) await flushDirectory(dir);
      return failed;
    },
  };
}

/** Makes the rename durable. Some systems cannot fsync a folder (Windows, some shares); the file is in place anyway. */
async function flushDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // EISDIR, EPERM or EINVAL where folders cannot be opened or flushed: nothing more to do.
  }
}
