import { deflateSync, strToU8 } from 'fflate';
import { InflateBudget } from './inflateBudget';
import { inflatePart } from './inflatePart';
import { EXCEL_LIMITS, type StoredEntry } from './packageModel';
import { readZip } from './readZip';
import { deflatedZeros, rawZip } from './testing/rawZip';
import { refusalOf } from './testing/refusalOf';

const GiB = 1024 ** 3;
const entryOf = (bytes: Uint8Array, limits = EXCEL_LIMITS): StoredEntry => [...readZip(bytes, limits).values()][0];

describe('inflatePart', () => {
  it('inflates deflated and stored entries, checking their CRC', () => {
    const content = strToU8('<worksheet>' + 'x'.repeat(200_000) + '</worksheet>');
    for (const entry of [
      entryOf(rawZip([{ name: 'a', data: deflateSync(content), method: 8, size: content.length, crc: undefined }])),
      entryOf(rawZip([{ name: 'a', data: content }])),
    ]) {
      expect(inflatePart({ ...entry, crc32: entry.method === 8 ? crc(content) : entry.crc32 }, new InflateBudget(GiB))).toEqual(content);
    }
  });

  it('refuses a part whose CRC does not match', () => {
    const entry = entryOf(rawZip([{ name: 'a', data: strToU8('abc'), crc: 1 }]));
    expect(refusalOf(() => inflatePart(entry, new InflateBudget(GiB))).message).toMatch(/fails its CRC check/);
  });

  it('refuses a zip bomb lying about its size while inflating, with memory bounded', () => {
    // 2 GiB of zeros, 1.6 MB on disk, declaring 1 KB.
    const bomb = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(2 * GiB), method: 8, size: 1024, crc: 0 }]);
    const before = process.memoryUsage().rss;
    const refusal = refusalOf(() => inflatePart(entryOf(bomb), new InflateBudget(GiB)));
    expect(refusal.code).toBe('CORRUPT_WORKBOOK');
    expect(refusal.message).toMatch(/inflates beyond the size its zip entry declares/);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
  });

  it('charges every part to one budget and refuses past it while streaming', () => {
    const zeros = deflatedZeros(3 * 1024 ** 2);
    const bytes = rawZip([
      { name: 'a', data: zeros, method: 8, size: 3 * 1024 ** 2, crc: 0 },
      { name: 'b', data: zeros, method: 8, size: 3 * 1024 ** 2, crc: 0 },
    ]);
    const entries = [...readZip(bytes, EXCEL_LIMITS).values()];
    const budget = new InflateBudget(5 * 1024 ** 2);
    expect(() => inflatePart(entries[0], budget)).toThrow(/CRC/);
    const refusal = refusalOf(() => inflatePart(entries[1], budget));
    expect(refusal).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('inflate beyond 5 MiB') });
  });

  it('refuses a broken deflate stream as corrupt', () => {
    const entry = entryOf(rawZip([{ name: 'a', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8, size: 10 }]));
    expect(refusalOf(() => inflatePart(entry, new InflateBudget(GiB))).code).toBe('CORRUPT_WORKBOOK');
  });
});

function crc(bytes: Uint8Array): number {
  return entryOf(rawZip([{ name: 'x', data: bytes }])).crc32;
}
