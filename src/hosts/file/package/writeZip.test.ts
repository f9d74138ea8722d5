import { strToU8, unzipSync, zipSync } from 'fflate';
import { crc32 } from './crc32';
import type { StoredEntry } from './packageModel';
import { openTestPackage } from './testing/openTestPackage';
import { joinPieces, writeZip, zipPieces } from './writeZip';
import { bytesOf } from './byteSource';

describe('writeZip', () => {
  it('writes new entries that fflate reads back with the right content', () => {
    const zip = writeZip([
      { kind: 'new', name: '[Content_Types].xml', content: strToU8('<Types/>') },
      { kind: 'new', name: 'xl/ünïcode.xml', content: strToU8('x'.repeat(10_000)) },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'xl/ünïcode.xml']);
    expect(new TextDecoder().decode(files['xl/ünïcode.xml'])).toBe('x'.repeat(10_000));
  });

  it('records the CRC of the uncompressed content and compresses it', () => {
    const content = strToU8('abc'.repeat(1000));
    const pkg = openTestPackage(writeZip([{ kind: 'new', name: 'a.xml', content }]));
    const entry = pkg.entries.get('a.xml') as StoredEntry;
    expect(entry.crc32).toBe(crc32(0, content));
    expect(entry.size).toBe(3000);
    expect(entry.compressedSize).toBeLessThan(100);
  });

  it('copies stored entries raw: same compressed bytes, method, CRC and time', () => {
    const source = zipSync({
      'a.xml': [strToU8('hello '.repeat(50)), { level: 9, mtime: new Date(2020, 5, 6, 7, 8, 10) }],
      'b.bin': [strToU8('raw'), { level: 0 }],
    });
    const input = openTestPackage(source);
    const output = openTestPackage(writeZip([...input.entries.values()]));
    for (const name of ['a.xml', 'b.bin']) {
      const before = input.entries.get(name) as StoredEntry;
      const after = output.entries.get(name) as StoredEntry;
      expect(Buffer.from(bytesOf(after.data)).equals(Buffer.from(bytesOf(before.data)))).toBe(true);
      expect([after.method, after.crc32, after.size, after.modTime, after.modDate]).toEqual([
        before.method,
        before.crc32,
        before.size,
        before.modTime,
        before.modDate,
      ]);
    }
    expect((output.entries.get('b.bin') as StoredEntry).method).toBe(0);
    expect(new TextDecoder().decode(unzipSync(writeZip([...input.entries.values()]))['a.xml'])).toBe('hello '.repeat(50));
  });

  it('clears the data-descriptor flag, since sizes are written in the headers', () => {
    const input = openTestPackage(zipSync({ 'a.xml': strToU8('hi') }));
    const entry = { ...(input.entries.get('a.xml') as StoredEntry), flags: 0x0008 };
    const output = openTestPackage(writeZip([entry]));
    expect((output.entries.get('a.xml') as StoredEntry).flags & 0x0008).toBe(0);
    expect(unzipSync(writeZip([entry]))['a.xml']).toEqual(strToU8('hi'));
  });

  it('keeps the order it is given', () => {
    const names = ['z.xml', 'a.xml', 'm.xml'];
    const zip = writeZip(names.map((name) => ({ kind: 'new' as const, name, content: strToU8(name) })));
    expect([...openTestPackage(zip).entries.keys()]).toEqual(names);
  });
});

describe('zipPieces', () => {
  it('joined, is exactly writeZip, and a raw-copied entry is a view of the input, not a copy', () => {
    const source = zipSync({ 'a.xml': [strToU8('hello '.repeat(50)), { level: 9 }] });
    const pkg = openTestPackage(source);
    const entries = [...pkg.entries.values(), { kind: 'new' as const, name: 'b.xml', content: strToU8('<b/>') }];
    const pieces = zipPieces(entries);
    expect(joinPieces(pieces)).toEqual(writeZip(entries));
    const raw = (pkg.entries.get('a.xml') as StoredEntry).data as Uint8Array;
    expect(pieces.some((piece) => piece instanceof Uint8Array && piece.buffer === raw.buffer && piece.byteOffset === raw.byteOffset)).toBe(true);
  });
});
