import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tempFileName } from '../file/tempFileName';

/**
 * Writes one `.eml` file into the outbox (SPEC §9 `--outbox`), all or nothing: the bytes go to
 * `.<name>.<pid>.tmp` in the same folder, are flushed to disk, and the file is renamed to
 * `fileName` (replacing a file of that name); then the folder is flushed so the rename survives
 * a power loss. A reader never sees half a message, and once this resolves the file is on disk —
 * before the Deliveries row says `Written`. Creates `dir` when missing. `fileName` is a bare name
 * (see `outboxFileName`); one with a path separator is a bug and throws.
 *
 * @example
 * await writeOutboxMessage('outbox', outboxFileName('NIGHTLY', '2026-11-30', 'renew:M-1'), composeMessage(message));
 */
export async function writeOutboxMessage(dir: string, fileName: string, bytes: Uint8Array): Promise<void> {
  if (/[/\\]/.test(fileName) || fileName === '' || fileName === '.' || fileName === '..') throw new Error(`Not a bare file name: ${JSON.stringify(fileName)}`);
  await mkdir(dir, { recursive: true });
  const target = join(dir, fileName);
  const temp = tempFileName(target);
  try {
    const file = await open(temp, 'w');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await flushDirectory(dir);
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
