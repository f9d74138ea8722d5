import { deflateSync, strToU8 } from 'fflate';
import { nodeCodecs } from './nodeCodecs';
import type { ByteRange } from './package/byteSource';
import { InflateBudget } from './package/inflateBudget';
import { inflatePartChunks } from './package/inflatePartChunks';
import { PORTABLE_CODECS, resolveCodecs } from './package/packageCodecs';
import { EXCEL_LIMITS, type StoredEntry } from './package/packageModel';
import { readZip } from './package/readZip';
import { concat, deflatedZeros, rawZip } from './package/testing/rawZip';
import { Refusal } from '../refusal';

const GiB = 1024 ** 3;
const entryOf = (bytes: Uint8Array): StoredEntry => [...readZip(bytes, EXCEL_LIMITS).values()][0];
const crcOf = (bytes: Uint8Array): number => entryOf(rawZip([{ name: 'x', data: bytes }])).crc32;
const CODECS = [
  ['Node zlib on the thread pool', resolveCodecs(nodeCodecs())],
  ['portable fflate', PORTABLE_CODECS],
] as const;

async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
  const outcome = await work.then(
    () => new Error('not refused'),
    (e: unknown) => e,
  );
  if (outcome instanceof Refusal) return outcome;
  throw outcome;
}

describe('inflatePartChunks', () => {
  // Several MiB of varied rows (compressed well over one 64 KiB step), so both inflaters deliver more than one chunk.
  let seed = 7;
  const rows = Array.from({ length: 60_000 }, (_, i) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Ωμέγα ☺ ${seed}</t></is></c></row>`;
  });
  const content = strToU8(rows.join(''));
  const deflated = { name: 'a', data: deflateSync(content), method: 8, size: content.length, crc: crcOf(content) };

  it.each(CODECS)('hands every chunk in order, which join to the part, when inflating with %s', async (_, codecs) => {
    const chunks: Uint8Array[] = [];
    await inflatePartChunks(entryOf(rawZip([deflated])), new InflateBudget(GiB), codecs, (chunk) => void chunks.push(chunk.slice()));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.from(concat(chunks)).equals(content)).toBe(true);
  });

  it('waits for the promise a consumer returns before handing it the next chunk', async () => {
    const events: string[] = [];
    let n = 0;
    await inflatePartChunks(entryOf(rawZip([deflated])), new InflateBudget(GiB), resolveCodecs(nodeCodecs()), () => {
      const k = n++;
      events.push(`chunk ${k}`);
      if (k > 1) return undefined;
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          events.push(`resolved ${k}`);
          resolve();
        }, 20),
      );
    });
    expect(n).toBeGreaterThan(2);
    expect(events.slice(0, 4)).toEqual(['chunk 0', 'resolved 0', 'chunk 1', 'resolved 1']);
  });

  it('hands a stored (method 0) entry as one chunk', async () => {
    const chunks: Uint8Array[] = [];
    await inflatePartChunks(entryOf(rawZip([{ name: 'a', data: content }])), new InflateBudget(GiB), PORTABLE_CODECS, (chunk) => void chunks.push(chunk));
    expect(chunks.length).toBe(1);
    expect(Buffer.from(chunks[0]).equals(content)).toBe(true);
  });

  it.each(CODECS)('refuses a part whose CRC does not match, with %s', async (_, codecs) => {
    const entry = entryOf(rawZip([{ ...deflated, crc: 1 }]));
    expect((await refusalOf(inflatePartChunks(entry, new InflateBudget(GiB), codecs, () => undefined))).message).toMatch(/fails its CRC check/);
  });

  it.each(CODECS)('refuses a zip bomb lying about its size while inflating, memory bounded, with %s', async (_, codecs) => {
    const bomb = rawZip([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(2 * GiB), method: 8, size: 1024, crc: 0 }]);
    const before = process.memoryUsage().rss;
    const refusal = await refusalOf(inflatePartChunks(entryOf(bomb), new InflateBudget(GiB), codecs, () => undefined));
    expect(refusal).toMatchObject({ code: 'CORRUPT_WORKBOOK', message: expect.stringMatching(/inflates beyond the size its zip entry declares/) });
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
  });

  it.each(CODECS)('refuses past the package budget while streaming (TOO_LARGE), with %s', async (_, codecs) => {
    const zeros = { name: 'a', data: deflatedZeros(8 * 1024 ** 2), method: 8, size: 8 * 1024 ** 2, crc: 0 };
    const refusal = await refusalOf(inflatePartChunks(entryOf(rawZip([zeros])), new InflateBudget(5 * 1024 ** 2), codecs, () => undefined));
    expect(refusal.code).toBe('TOO_LARGE');
  });

  it.each(CODECS)('refuses a part shorter than it declares and a broken stream, with %s', async (_, codecs) => {
    const short = entryOf(rawZip([{ ...deflated, size: content.length + 10 }]));
    expect((await refusalOf(inflatePartChunks(short, new InflateBudget(GiB), codecs, () => undefined))).message).toMatch(/shorter than its zip entry declares/);
    const broken = entryOf(rawZip([{ name: 'a', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8, size: 10 }]));
    expect((await refusalOf(inflatePartChunks(broken, new InflateBudget(GiB), codecs, () => undefined))).code).toBe('CORRUPT_WORKBOOK');
  });

  it.each(CODECS)('stops and rethrows what the reader of a chunk threw, as it is, with %s', async (_, codecs) => {
    const problem = new SyntaxError('bad row');
    await expect(
      inflatePartChunks(entryOf(rawZip([deflated])), new InflateBudget(GiB), codecs, () => {
        throw problem;
      }),
    ).rejects.toBe(problem);
  });
});

describe('inflatePartChunks from a file read when needed', () => {
  // 2.5 MB that do not compress: the compressed part spans three steps of the source.
  let x = 11; // xorshift32
  const content = Uint8Array.from({ length: 2_500_000 }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 255));
  const zip = rawZip([{ name: 'a', data: deflateSync(content, { level: 1 }), method: 8, size: content.length, crc: crcOf(content) }]);
  /** The zip as a source that is no Uint8Array (as a file's is); `failAfter` reads, it throws as a file cut short does. */
  const sourceOf = (failAfter = Infinity) => {
    let reads = 0;
    return {
      length: zip.length,
      read: (start: number, end: number) => {
        if (++reads > failAfter) throw new Refusal('CHANGED_UNDERNEATH', 'book.xlsx changed while renewal-runs was working');
        return zip.slice(start, end);
      },
      get reads() {
        return reads;
      },
    };
  };

  it.each(CODECS)('inflates a part read a step at a time, which joins to the part, with %s', async (_, codecs) => {
    const source = sourceOf();
    const entry = [...readZip(source, EXCEL_LIMITS).values()][0];
    const before = source.reads;
    const chunks: Uint8Array[] = [];
    await inflatePartChunks(entry, new InflateBudget(GiB), codecs, (chunk) => void chunks.push(chunk.slice()));
    expect(Buffer.from(concat(chunks)).equals(Buffer.from(content))).toBe(true);
    expect(source.reads - before).toBeGreaterThanOrEqual(3);
  });

  it.each(CODECS)('ends with the refusal of a read that fails mid-part, as it is, with %s', async (_, codecs) => {
    const source = sourceOf();
    const entry = [...readZip(source, EXCEL_LIMITS).values()][0];
    const failing = sourceOf(1); // the first step of the part is read, the second fails
    const refusal = await refusalOf(
      inflatePartChunks({ ...entry, data: { ...(entry.data as ByteRange), source: failing } }, new InflateBudget(GiB), codecs, () => undefined),
    );
    expect([refusal.code, refusal.message]).toEqual(['CHANGED_UNDERNEATH', 'book.xlsx changed while renewal-runs was working']);
  });
});
