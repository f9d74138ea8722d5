import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutboxMessage } from './outboxWriter';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'outbox-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeOutboxMessage', () => {
  it('creates the folder and writes the bytes, leaving no temporary file', async () => {
    const dir = join(root, 'out', 'box');
    await writeOutboxMessage(dir, 'R-2026-11-30-renew_M-1.eml', Uint8Array.of(1, 2, 3));
    expect(await readdir(dir)).toEqual(['R-2026-11-30-renew_M-1.eml']);
    expect([...(await readFile(join(dir, 'R-2026-11-30-renew_M-1.eml')))]).toEqual([1, 2, 3]);
  });

  it('replaces a file of the same name', async () => {
    await writeOutboxMessage(root, 'a.eml', new Uint8Array(5000).fill(65));
    await writeOutboxMessage(root, 'a.eml', Uint8Array.of(66));
    expect((await readFile(join(root, 'a.eml'))).toString()).toBe('B');
    expect(await readdir(root)).toEqual(['a.eml']);
  });

  it('leaves no temporary file and keeps the old file when the rename fails', async () => {
    // A folder in the way: the rename of a file over a non-empty folder fails everywhere.
    await mkdir(join(root, 'taken.eml'));
    await writeFile(join(root, 'taken.eml', 'inside'), 'x');
    await expect(writeOutboxMessage(root, 'taken.eml', Uint8Array.of(1))).rejects.toThrow();
    expect(await readdir(root)).toEqual(['taken.eml']);
  });

  it.each(['../escape.eml', 'sub/a.eml', 'sub\\a.eml', '', '..'])('refuses %p, which is no bare file name', async (name) => {
    await expect(writeOutboxMessage(root, name, Uint8Array.of(1))).rejects.toThrow('Not a bare file name');
  });
});
