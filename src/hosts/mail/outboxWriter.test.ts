import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outboxFolder } from './outboxWriter';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'outbox-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('outboxFolder', () => {
  it('writes many files at once, each whole under its name, and flushes them all', async () => {
    const dir = join(root, 'out');
    const outbox = outboxFolder(dir);
    const names = Array.from({ length: 40 }, (_, i) => `R-2026-11-30-renew_M-${i}.eml`);
    await Promise.all(names.map((name, i) => outbox.write(name, new Uint8Array(1000 + i).fill(65))));
    expect(await outbox.flush()).toEqual(new Map());
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
    expect((await readFile(join(dir, names[7]))).length).toBe(1007);
    // Nothing written since: nothing to flush.
    expect(await outbox.flush()).toEqual(new Map());
  });

  it('names a file it cannot flush, with the reason', async () => {
    const outbox = outboxFolder(root);
    await outbox.write('a.eml', Uint8Array.of(1));
    await outbox.write('b.eml', Uint8Array.of(2));
    await rm(join(root, 'a.eml'));
    expect(await outbox.flush()).toEqual(new Map([['a.eml', 'ENOENT']]));
  });

  it('leaves no temporary file when the rename fails, and refuses a name that is no bare file name', async () => {
    await mkdir(join(root, 'taken.eml'));
    await writeFile(join(root, 'taken.eml', 'inside'), 'x');
    const outbox = outboxFolder(root);
    await expect(outbox.write('taken.eml', Uint8Array.of(1))).rejects.toThrow();
    await expect(outbox.write('../escape.eml', Uint8Array.of(1))).rejects.toThrow('Not a bare file name');
    expect(await readdir(root)).toEqual(['taken.eml']);
  });
});
