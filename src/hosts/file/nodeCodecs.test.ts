import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { nodeCodecs } from './nodeCodecs';
import { crc32 } from './package/crc32';
import { InflateBudget } from './package/inflateBudget';
import { inflatePart } from './package/inflatePart';
import { resolveCodecs } from './package/packageCodecs';
import { EXCEL_LIMITS, type StoredEntry } from './package/packageModel';
import { readZip } from './package/readZip';
import { fixturePackage } from './package/testing/packageFixture';
import { deflatedZeros, rawZip } from './package/testing/rawZip';
import { PackageWorkbookHost } from './packageWorkbookHost';
import { refusalOf } from './package/testing/refusalOf';
import { bytesOf } from './package/byteSource';

const GiB = 1024 ** 3;
const codecs = resolveCodecs(nodeCodecs());
const entryOf = (bytes: Uint8Array): StoredEntry => [...readZip(bytes, EXCEL_LIMITS).values()][0] as StoredEntry;

describe('nodeCodecs', () => {
  it('inflates what it deflates, at either level, and sums as the portable CRC-32 does', () => {
    const content = new TextEncoder().encode('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(5000) + 'é☺');
    for (const level of [1, 6]) {
      const { inflate, deflate } = nodeCodecs({ level });
      expect(inflate!(deflate!(content), content.length)).toEqual(content);
    }
    expect(codecs.crc32(0, content)).toBe(crc32(0, content));
    expect(codecs.crc32(codecs.crc32(0, content.subarray(0, 7)), content.subarray(7))).toBe(crc32(0, content));
  });

  it('reads a part through inflatePart, checking its CRC', () => {
    const content = new TextEncoder().encode('x'.repeat(100_000));
    const good = entryOf(rawZip([{ name: 'a', data: deflateRawSync(content), method: 8, size: content.length, crc: crc32(0, content) }]));
    expect(inflatePart(good, new InflateBudget(GiB), codecs)).toEqual(content);
    const bad = entryOf(rawZip([{ name: 'a', data: deflateRawSync(content), method: 8, size: content.length, crc: 1 }]));
    expect(refusalOf(() => inflatePart(bad, new InflateBudget(GiB), codecs)).message).toMatch(/fails its CRC check/);
  });

  it('stops a zip bomb lying about its size inside zlib, with memory bounded', () => {
    const bomb = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(2 * GiB), method: 8, size: 1024, crc: 0 }]);
    const before = process.memoryUsage().rss;
    const refusal = refusalOf(() => inflatePart(entryOf(bomb), new InflateBudget(GiB), codecs));
    expect(refusal.code).toBe('CORRUPT_WORKBOOK');
    expect(refusal.message).toMatch(/inflates beyond the size its zip entry declares/);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
  });

  it('refuses parts declaring more than the budget left as too large, before inflating', () => {
    const zeros = deflatedZeros(3 * 1024 ** 2);
    const entries = [
      ...readZip(
        rawZip([
          { name: 'a', data: zeros, method: 8, size: 3 * 1024 ** 2, crc: 0 },
          { name: 'b', data: zeros, method: 8, size: 3 * 1024 ** 2, crc: 0 },
        ]),
        EXCEL_LIMITS,
      ).values(),
    ] as StoredEntry[];
    const budget = new InflateBudget(5 * 1024 ** 2);
    expect(() => inflatePart(entries[0], budget, codecs)).toThrow(/CRC/);
    expect(refusalOf(() => inflatePart(entries[1], budget, codecs)).code).toBe('TOO_LARGE');
  });

  it('refuses a broken or truncated deflate stream as corrupt', () => {
    const content = new TextEncoder().encode('y'.repeat(10_000));
    const whole = deflateRawSync(content);
    for (const data of [new Uint8Array([0xff, 0xff, 0xff, 0xff]), whole.subarray(0, whole.length - 4)]) {
      const entry = entryOf(rawZip([{ name: 'a', data, method: 8, size: content.length }]));
      expect(refusalOf(() => inflatePart(entry, new InflateBudget(GiB), codecs)).code).toBe('CORRUPT_WORKBOOK');
    }
  });

  it('reads and saves a workbook through PackageWorkbookHost, deflating new parts with zlib', () => {
    const bytes = fixturePackage([{ name: 'Members', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Key</t></is></c></row>' }]);
    const host = PackageWorkbookHost.fromBytes(bytes, nodeCodecs());
    expect(host.readWorkbookSync().sheets[0].cells).toEqual([['Key']]);
    host.writeCellsSync([{ sheet: 'Members', row: 2, column: 1, value: 'K1' }]);
    const saved = host.toBytes();
    const part = [...readZip(saved, EXCEL_LIMITS).values()].find((e) => e.name.includes('worksheets/')) as StoredEntry;
    expect(new TextDecoder().decode(inflateRawSync(bytesOf(part.data)))).toContain('<t>K1</t>');
    expect(PackageWorkbookHost.fromBytes(saved).readWorkbookSync().sheets[0].cells).toEqual([['Key'], ['K1']]);
  });
});
