import { findRun } from './findRun';
import { openBook } from './openBook';
import { sampleHost } from './testing/sampleHost';

describe('findRun', () => {
  it('finds a run whatever the case of the ID typed', async () => {
    expect(findRun(await openBook(sampleHost()), 'nightly').id).toBe('NIGHTLY');
  });

  it('refuses UNKNOWN_RUN in a sentence when the book has no source', async () => {
    const book = await openBook(sampleHost());
    expect(() => findRun(book, 'NOPE')).toThrow("This workbook has no run 'NOPE'.");
  });

  it('lists the runs there are, naming the file, when the book was opened from one', async () => {
    const book = await openBook(sampleHost(), 'book.xlsx');
    const ids = book.read.runs.map((r) => r.id);
    let refusal: unknown;
    try {
      findRun(book, 'NOPE');
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({ code: 'UNKNOWN_RUN', message: `Unknown run ID 'NOPE'. Runs in book.xlsx: ${ids.join(', ')}`, details: ids });
  });
});
