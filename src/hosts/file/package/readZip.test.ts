import { deflateSync, strToU8, zipSync } from 'fflate';
import { bytesOf, isByteRange } from './byteSource';
import { EXCEL_LIMITS } from './packageModel';
import { readZip } from './readZip';
import { rawZip } from './testing/rawZip';
import { refusalOf } from './testing/refusalOf';

const text = (t: string) => strToU8(t);

describe('readZip', () => {
  it('lists the entries in file order with views of their compressed bytes', () => {
    const bytes = zipSync({ 'a.xml': text('<a/>'), 'dir/b.xml': [text('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'), { level: 6 }] });
    const entries = readZip(bytes, EXCEL_LIMITS);
    expect([...entries.keys()]).toEqual(['a.xml', 'dir/b.xml']);
    const b = entries.get('dir/b.xml')!;
    expect([b.method, b.size, (b.data as Uint8Array).buffer === bytes.buffer]).toEqual([8, 36, true]);
    expect(b.compressedSize).toBe(b.data.length);
  });

  it('reads Zip64 records', () => {
    const entries = readZip(rawZip([{ name: 'a.xml', data: text('<a/>') }], { zip64: true }), EXCEL_LIMITS);
    expect(entries.get('a.xml')).toMatchObject({ size: 4, compressedSize: 4, method: 0 });
  });

  it.each([
    ['not a zip', text('hello, world')],
    ['truncated', zipSync({ 'a.xml': text('<a/>') }).subarray(0, 30)],
    ['unknown method', rawZip([{ name: 'a.xml', data: text('x'), method: 12 }])],
    [
      'case-insensitive duplicate',
      rawZip([
        { name: 'xl/sheet1.xml', data: text('a') },
        { name: 'xl/Sheet1.xml', data: text('b') },
      ]),
    ],
    [
      'exact duplicate',
      rawZip([
        { name: 'a', data: text('a') },
        { name: 'a', data: text('b') },
      ]),
    ],
    ['climbing name', rawZip([{ name: '../evil.xml', data: text('a') }])],
    ['absolute name', rawZip([{ name: '/evil.xml', data: text('a') }])],
  ])('refuses a corrupt zip: %s', (_, bytes) => {
    expect(refusalOf(() => readZip(bytes, EXCEL_LIMITS)).code).toBe('CORRUPT_WORKBOOK');
  });

  it('refuses an entry whose data runs past the end of the file', () => {
    const bytes = rawZip([{ name: 'a.xml', data: text('abcdef') }]);
    const view = new DataView(bytes.buffer);
    const central = bytes.length - 22 - (46 + 5);
    view.setUint32(central + 20, 1_000_000, true); // compressed size
    expect(refusalOf(() => readZip(bytes, EXCEL_LIMITS)).message).toMatch(/part a.xml lies outside the file/);
  });

  it('refuses zip-level encryption as an encrypted workbook', () => {
    expect(refusalOf(() => readZip(rawZip([{ name: 'a', data: text('a'), flags: 1 }]), EXCEL_LIMITS)).code).toBe('ENCRYPTED_WORKBOOK');
  });

  it('refuses parts declaring more than the inflate budget before inflating anything', () => {
    const bytes = rawZip([{ name: 'a', data: deflateSync(text('a')), method: 8, size: 2 ** 31 }]);
    expect(refusalOf(() => readZip(bytes, EXCEL_LIMITS))).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('inflate beyond 1 GiB') });
  });
});

describe('readZip from a source read when needed', () => {
  it('lists the same entries as from memory, as ranges, reading only the end, the directory and the local headers', () => {
    const big = Uint8Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 256);
    const bytes = zipSync({ 'a.xml': text('<a/>'), 'big.bin': [big, { level: 0 }], 'c.xml': [text('cccccccccccccccccccc'), { level: 6 }] });
    const reads: number[][] = [];
    const source = { length: bytes.length, read: (start: number, end: number) => (reads.push([start, end]), bytes.slice(start, end)) };
    const fromMemory = readZip(bytes, EXCEL_LIMITS);
    const fromSource = readZip(source, EXCEL_LIMITS);
    // The last 64 KiB (where the end record and its comment may lie), the directory, the headers.
    expect(reads.reduce((sum, [start, end]) => sum + end - start, 0)).toBeLessThan(70_000);
    expect([...fromSource.keys()]).toEqual([...fromMemory.keys()]);
    for (const [name, entry] of fromSource) {
      const inMemory = fromMemory.get(name)!;
      const { data, ...facts } = entry;
      const { data: memoryData, ...memoryFacts } = inMemory;
      expect(facts).toEqual(memoryFacts);
      expect(isByteRange(data)).toBe(true);
      expect(Buffer.from(bytesOf(data)).equals(Buffer.from(memoryData as Uint8Array))).toBe(true);
    }
  });

  it('refuses a truncated file from a source as from memory', () => {
    const bytes = zipSync({ 'a.xml': text('<a/>') });
    const cut = bytes.subarray(0, bytes.length - 10);
    const source = { length: cut.length, read: (start: number, end: number) => cut.slice(start, end) };
    expect(refusalOf(() => readZip(source, EXCEL_LIMITS)).message).toBe(refusalOf(() => readZip(cut, EXCEL_LIMITS)).message);
  });
});
