import { XlsxWorkbookHost } from '../hosts/file/xlsxWorkbookHost';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { exportRun, postedBatches } from './exportRun';
import { postRun } from './postRun';
import { previewRun } from './previewRun';
import { NOW, SESSION, SAMPLE_DATE, sampleHost } from './testing/sampleHost';

async function postedHost() {
  const host = sampleHost();
  let book = await openBook(host);
  await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
  book = await openBook(host);
  const post = await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
  return { host, post };
}

describe('postedBatches', () => {
  it('refuses NOT_POSTED, naming the run, when it was never posted', async () => {
    const book = await openBook(sampleHost());
    expect(() => postedBatches(book, findRun(book, 'NIGHTLY'))).toThrow(
      expect.objectContaining({ code: 'NOT_POSTED', message: 'NIGHTLY has no posted batches to export.', details: ['NIGHTLY'] }),
    );
  });

  it('refuses BATCH_EDITED, listing every problem, when a batch sheet lost a column', async () => {
    const { host, post } = await postedHost();
    const sheet = post.batchSheets[0];
    host.writeCellsSync([{ sheet: sheet.name, row: 1, column: 1, value: 'Something else' }]);
    const book = await openBook(host);
    let refusal: unknown;
    try {
      postedBatches(book, findRun(book, 'NIGHTLY'));
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toMatchObject({ code: 'BATCH_EDITED', message: `Sheet '${sheet.name}' was edited and cannot be exported as it is.` });
    expect((refusal as { details: string[] }).details[0]).toMatch(new RegExp(`^  sheet '${sheet.name}' has no column`));
  });
});

describe('exportRun', () => {
  it('gives one CSV per batch sheet, named after the run, kind and as-of date, with a Total line', async () => {
    const { host, post } = await postedHost();
    const book = await openBook(host);
    const { files, asOf } = await exportRun(book, findRun(book, 'nightly'), 'csv');
    expect(asOf).toBe(SAMPLE_DATE);
    expect(files).toHaveLength(post.batchSheets.length);
    expect(files[0].fileName).toBe('NIGHTLY-invoices-2026-11-21.csv');
    expect(files[0].contents).toMatch(/^\uFEFF/);
    expect(files[0].contents).toMatch(/\r\nTotal,/);
  });

  it('builds .xlsx bytes on the workbooks it is given when the format is xlsx', async () => {
    const { host } = await postedHost();
    const book = await openBook(host);
    const newWorkbook = jest.fn(() => XlsxWorkbookHost.empty());
    const { files } = await exportRun(book, findRun(book, 'NIGHTLY'), 'xlsx', newWorkbook);
    expect(newWorkbook).toHaveBeenCalledTimes(files.length);
    const reread = XlsxWorkbookHost.fromBytes(files[0].contents as Uint8Array).readWorkbookSync();
    expect(reread.sheets.map((s) => s.name)).toEqual(['Invoices']);
  });
});
