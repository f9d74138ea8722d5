import { findSheet } from '../workbook/schema/findSheet';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { isPosted, previewRun } from './previewRun';
import { setIncluded } from './currentPreview';
import { postRun } from './postRun';
import { NOW, SESSION, recordingHost, SAMPLE_DATE, sampleHost } from './testing/sampleHost';

describe('previewRun', () => {
  it("writes the preview sheet, then the run's Status Previewed", async () => {
    const { host, calls } = recordingHost();
    const book = await openBook(host);
    const preview = await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    expect(calls.map(([method]) => method)).toEqual(['replaceSheet', 'writeCells']);
    expect(calls[0][1]).toBe('Preview NIGHTLY');
    expect(findSheet(host.readWorkbookSync(), 'Preview NIGHTLY')?.cells.length).toBeGreaterThan(preview.plan.items.length);
    const reread = await openBook(host);
    expect(findRun(reread, 'NIGHTLY').status).toBe('Previewed');
  });

  it('keeps the exclusions of an earlier preview when the same date is previewed again', async () => {
    const host = sampleHost();
    let book = await openBook(host);
    const first = await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    const key = first.plan.items.find((i) => i.status === 'ready')!.key;
    book = await openBook(host);
    await setIncluded(book, findRun(book, 'NIGHTLY'), key, false);
    book = await openBook(host);
    const refreshed = await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    expect(refreshed.plan.items.find((i) => i.key === key)?.status).toBe('excluded');
  });
});

describe('isPosted', () => {
  it('is true for the run and date once posted, and only then', async () => {
    const host = sampleHost();
    let book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    book = await openBook(host);
    expect(isPosted(book, 'NIGHTLY', SAMPLE_DATE)).toBe(false);
    await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
    book = await openBook(host);
    expect(isPosted(book, 'NIGHTLY', SAMPLE_DATE)).toBe(true);
  });
});
