import { bytesOf, chunksOf, isByteRange, memorySource, piecesOf, RANGE_STEP, type ByteSource } from './byteSource';

/** A source that is not a Uint8Array (as a file's is), copying what it reads and counting the reads. */
function countingSource(bytes: Uint8Array): ByteSource & { reads: number[][] } {
  const reads: number[][] = [];
  return { length: bytes.length, reads, read: (start, end) => (reads.push([start, end]), bytes.slice(start, end)) };
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);
const joined = (parts: Iterable<Uint8Array>) => Buffer.concat([...parts].map((p) => Buffer.from(p)));

describe('chunksOf', () => {
  it.each([0, 1, 7, 8, 9, 24])('cuts %i bytes into steps of 8, in order, from a view and from a range', (n) => {
    const data = bytes(n + 3);
    const view = data.subarray(3);
    const range = { source: countingSource(data), start: 3, length: n };
    const fromView = [...chunksOf(view, 8)];
    const fromRange = [...chunksOf(range, 8)];
    expect(fromView.map((c) => c.length)).toEqual(fromRange.map((c) => c.length));
    expect(fromView.every((c) => c.length <= 8)).toBe(true);
    expect(fromView.length).toBe(Math.ceil(n / 8));
    expect(joined(fromRange).equals(Buffer.from(view))).toBe(true);
    expect(joined(fromView).equals(Buffer.from(view))).toBe(true);
  });

  it('reads each step of a range only when it is taken', () => {
    const source = countingSource(bytes(20));
    const steps = chunksOf({ source, start: 0, length: 20 }, 8);
    steps.next();
    expect(source.reads).toEqual([[0, 8]]);
    steps.next();
    expect(source.reads).toEqual([
      [0, 8],
      [8, 16],
    ]);
  });
});

describe('chunksOf into a buffer', () => {
  it('reads every step of a range into the one buffer given, in order', () => {
    const data = bytes(20);
    const into = new Uint8Array(8);
    const source = {
      length: 20,
      read: (start: number, end: number, target?: Uint8Array) =>
        target ? (target.set(data.subarray(start, end)), target.subarray(0, end - start)) : data.slice(start, end),
    };
    const seen: number[][] = [];
    for (const chunk of chunksOf({ source, start: 0, length: 20 }, 8, into)) {
      expect(chunk.buffer).toBe(into.buffer);
      seen.push([...chunk]);
    }
    expect(seen.flat()).toEqual([...data]);
  });
});

describe('piecesOf', () => {
  it('hands a view on whole, even an empty one', () => {
    const view = bytes(RANGE_STEP + 5);
    expect([...piecesOf(view)]).toEqual([view]);
    expect([...piecesOf(new Uint8Array(0))].map((p) => p.length)).toEqual([0]);
  });

  it('reads a range a step at a time', () => {
    const source = countingSource(bytes(RANGE_STEP + 5));
    expect([...piecesOf({ source, start: 0, length: RANGE_STEP + 5 })].map((p) => p.length)).toEqual([RANGE_STEP, 5]);
    expect(source.reads).toEqual([
      [0, RANGE_STEP],
      [RANGE_STEP, RANGE_STEP + 5],
    ]);
  });
});

describe('bytesOf', () => {
  it('returns a view as it is and reads a range whole', () => {
    const data = bytes(10);
    expect(bytesOf(data)).toBe(data);
    expect([...bytesOf({ source: countingSource(data), start: 2, length: 3 })]).toEqual([2, 3, 4]);
  });
});

describe('memorySource', () => {
  it('reads views of its bytes, never copies', () => {
    const data = bytes(10);
    const read = memorySource(data).read(2, 5);
    expect([read.buffer === data.buffer, read.byteOffset, read.length]).toEqual([true, 2, 3]);
    expect(isByteRange(read)).toBe(false);
  });
});
