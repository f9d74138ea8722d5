import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  it('fingerprints exactly the bytes it returns', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rr-fp-')), 'book.xlsx');
    writeFileSync(path, 'content');
    const read = readBookFile(path);
    expect(read.bytes?.toString()).toBe('content');
    expect(read.fingerprint).toBe(fingerprintBytes(Buffer.from('content')));
    expect(read.stats?.size).toBe(7);
  });

  it('keeps no stats when the file changes while it is read', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rr-fp-')), 'book.xlsx');
    writeFileSync(path, 'content');
    const fs = bookFsWith({ readFileSync: (p) => (writeFileSync(p, 'changed!'), readFileSync(p)) });
    expect(readBookFile(path, fs).stats).toBeNull();
  });

  it('reads a missing file as absent', () => {
    const read = readBookFile(join(tmpdir(), 'rr-no-such-dir', 'none.xlsx'));
    expect([read.bytes, read.fingerprint, read.stats]).toEqual([null, ABSENT, null]);
  });

  it('throws other read errors', () => {
    expect(() => readBookFile(mkdtempSync(join(tmpdir(), 'rr-fp-')))).toThrow(/EISDIR/);
  });
});
