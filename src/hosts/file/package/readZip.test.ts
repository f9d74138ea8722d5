import { deflateSync, strToU8, zipSync } from 'fflate';
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
    expect([b.method, b.size, b.data.buffer === bytes.buffer]).toEqual([8, 36, true]);
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
