import { mkdtempSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { bookFsWith } from './bookFs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABSENT, fingerprintBytes, readBookFile } from './bookFingerprint';

describe('fingerprintBytes', () => {
  it('is the same for the same bytes and differs for one changed byte', () => {
    expect(fingerprintBytes(Buffer.from('abc'))).toBe(fingerprintBytes(new Uint8Array([97, 98, 99])));
    expect(fingerprintBytes(Buffer.from('abc'))).not.toBe(fingerprintBytes(Buffer.from('abd')));
    expect(fingerprintBytes(Buffer.from('abc'))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('tells an empty file from no file', () => {
    expect(fingerprintBytes(null)).toBe(ABSENT);
    expect(fingerprintBytes(Buffer.alloc(0))).not.toBe(ABSENT);
  });
});

describe('readBookFile', () => {
  it('fingerprints exactly the bytes of the file it holds open', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rr-fp-')), 'book.xlsx');
    writeFileSync(path, 'content');
    const read = readBookFile(path);
    expect(Buffer.from(read.source!.read(0, read.source!.length)).toString()).toBe('content');
    expect(read.fingerprint).toBe(fingerprintBytes(Buffer.from('content')));
    expect(read.stats?.size).toBe(7);
    read.source!.close();
  });

  it('keeps no stats when the path names another file just after it was opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-fp-'));
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, 'content');
    writeFileSync(join(dir, 'other'), 'content');
    const fs = bookFsWith({ statSync: (p) => (renameSync(join(dir, 'other'), p), statSync(p)) });
    const read = readBookFile(path, fs);
    expect(read.stats).toBeNull();
    read.source!.close();
  });

  it('fingerprints the file as opened when another file is renamed over its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-fp-'));
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, 'content');
    const read = readBookFile(path);
    writeFileSync(join(dir, 'other'), 'replaced');
    renameSync(join(dir, 'other'), path);
    expect(read.fingerprint).toBe(fingerprintBytes(Buffer.from('content')));
    read.source!.close();
  });

  it('fingerprints a file written into after it was opened as changed (equal to no file)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rr-fp-')), 'book.xlsx');
    writeFileSync(path, 'content');
    const read = readBookFile(path);
    writeFileSync(path, 'content'); // the same bytes, but what was read can no longer be proven
    expect(read.fingerprint).toBe('changed');
    expect([fingerprintBytes(Buffer.from('content')), ABSENT]).not.toContain(read.fingerprint);
    read.source!.close();
  });

  it('reads a missing file as absent', () => {
    const read = readBookFile(join(tmpdir(), 'rr-no-such-dir', 'none.xlsx'));
    expect([read.source, read.fingerprint, read.stats]).toEqual([null, ABSENT, null]);
  });

  it('throws other read errors', () => {
    expect(() => readBookFile(mkdtempSync(join(tmpdir(), 'rr-fp-')))).toThrow(/EISDIR/);
  });
});
