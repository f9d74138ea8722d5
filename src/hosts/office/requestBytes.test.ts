import { BULK_CHUNK_CELLS, setOverheadBytes, utf8Length } from './requestBytes';

describe('setOverheadBytes', () => {
  it.each([
    [1, 1, 105],
    [1500, 1, 105],
    [75, 20, 105],
  ])('is one SetProperty when %i × %i cells is at most the bulk chunk', (rows, columns, bytes) => {
    expect(rows * columns).toBeLessThanOrEqual(BULK_CHUNK_CELLS);
    expect(setOverheadBytes(rows, columns)).toBe(bytes);
  });

  it.each([
    [1501, 1, 2],
    [15_000, 20, 200],
    [76, 20, 2],
    [10, 4000, 10],
  ])('is one chunk per office.js slice when %i × %i cells is over it', (rows, columns, chunks) => {
    expect(setOverheadBytes(rows, columns)).toBe(100 + chunks * 900);
  });
});

describe('utf8Length', () => {
  it.each([
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
  ])('counts %s as %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    expect(utf8Length(text)).toBe(bytes);
  });
});
