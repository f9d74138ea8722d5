import { mkdtempSync, renameSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprintBytes } from './bookFingerprint';
import { FileSource } from './fileSource';
import { Refusal } from '../refusal';

function fileWith(content: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rr-source-'));
  const path = join(dir, 'book.xlsx');
  writeFileSync(path, content);
  return { dir, path };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

describe('FileSource', () => {
  it('reads any range of the file as it was opened, and hashes it as fingerprintBytes does', () => {
    const { path } = fileWith('0123456789');
    const source = FileSource.open(path)!;
    expect([source.length, text(source.read(2, 5)), text(source.read(0, 10)), source.read(4, 4).length]).toEqual([10, '234', '0123456789', 0]);
    expect(source.sha256()).toBe(fingerprintBytes(Buffer.from('0123456789')));
    expect(source.unchanged()).toBe(true);
    source.close();
  });

  it('reads into a buffer given, returning a view of it', () => {
    const { path } = fileWith('0123456789');
    const source = FileSource.open(path)!;
    const into = new Uint8Array(8);
    const read = source.read(3, 7, into);
    expect([read.buffer === into.buffer, read.length, text(read)]).toEqual([true, 4, '3456']);
    source.close();
  });

  it('is null for a missing file and throws EISDIR for a folder', () => {
    const { dir } = fileWith('x');
    expect(FileSource.open(join(dir, 'none.xlsx'))).toBeNull();
    expect(() => FileSource.open(dir)).toThrow(/EISDIR/);
  });

  it('stays the file it opened when another file is renamed over its path, or it is deleted', () => {
    const { dir, path } = fileWith('old content');
    const source = FileSource.open(path)!;
    writeFileSync(join(dir, 'other'), 'new content!');
    renameSync(join(dir, 'other'), path);
    expect([source.unchanged(), text(source.read(0, source.length))]).toEqual([true, 'old content']);
    unlinkSync(path);
    expect([source.unchanged(), text(source.read(0, 3))]).toEqual([true, 'old']);
    source.close();
  });

  it.each([
    ['rewritten with the same bytes', (path: string) => writeFileSync(path, 'old content')],
    ['rewritten with other bytes', (path: string) => writeFileSync(path, 'new content')],
    ['cut short', (path: string) => truncateSync(path, 3)],
  ])('is no longer unchanged once the file is %s in place', (_how, change) => {
    const { path } = fileWith('old content');
    const source = FileSource.open(path)!;
    // Modification times are coarse on some file systems: make sure the write moves them.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    change(path);
    expect(source.unchanged()).toBe(false);
    source.close();
  });

  it('refuses a read past the end of a file cut short since it was opened (CHANGED_UNDERNEATH)', () => {
    const { path } = fileWith('old content');
    const source = FileSource.open(path)!;
    truncateSync(path, 3);
    const refusal = (() => {
      try {
        source.read(0, source.length);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(Refusal);
    expect((refusal as Refusal).code).toBe('CHANGED_UNDERNEATH');
    source.close();
  });

  it('is never unchanged once closed, and reading it then is a bug', () => {
    const { path } = fileWith('x');
    const source = FileSource.open(path)!;
    source.close();
    source.close();
    expect(source.unchanged()).toBe(false);
    expect(() => source.read(0, 1)).toThrow(/after it was closed/);
  });
});
