import { openBook } from './openBook';
import { Refusal } from './refusal';
import { sampleHost } from './testing/sampleHost';

describe('openBook', () => {
  it('reads the records, the runs and the read context when every required sheet is there', async () => {
    const book = await openBook(sampleHost());
    expect(book.source).toBeNull();
    expect(book.read.runs.map((r) => r.id)).toContain('NIGHTLY');
    expect(book.context).toEqual({ date1904: false, dateOrder: book.read.records.settings.dateOrder });
  });

  it('refuses MISSING_SCHEMA, each line naming the file, when the Runs sheet is missing', async () => {
    const host = sampleHost();
    host.deleteSheetSync('Runs');
    const refusal = await openBook(host, '/data/book.xlsx').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({
      code: 'MISSING_SCHEMA',
      message: "/data/book.xlsx: The workbook has no sheet 'Runs'",
      details: ["The workbook has no sheet 'Runs'"],
    });
  });

  it('words a missing sheet without a file name when the book has no source', async () => {
    const host = sampleHost();
    host.deleteSheetSync('Members');
    await expect(openBook(host)).rejects.toThrow(/^The workbook has no sheet 'Members'/);
  });
});
