import { addDays } from '../engine/dates/localDate';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { executedAt, postRun, preparePostRun } from './postRun';
import { previewRun } from './previewRun';
import { PREVIEW_REVIEW_CELLS } from '../workbook/preview/readPreviewSheet';
import { Refusal } from './refusal';
import { NOW, SESSION, recordingHost, SAMPLE_DATE, sampleHost } from './testing/sampleHost';

async function previewedHost() {
  const host = sampleHost();
  const book = await openBook(host);
  await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
  return host;
}

describe('postRun', () => {
  it('has the host read the preview review ahead, before it prepares the post', async () => {
    const host = await previewedHost();
    const book = await openBook(host);
    const readAhead = jest.spyOn(host, 'readAhead');
    const writeCells = jest.spyOn(host, 'writeCells');
    await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
    expect(readAhead).toHaveBeenCalledWith('Preview NIGHTLY', PREVIEW_REVIEW_CELLS);
    expect(readAhead.mock.invocationCallOrder[0]).toBeLessThan(writeCells.mock.invocationCallOrder[0]);
  });

  it('writes in the order crash recovery relies on: Posting and Journal, changes, stale sheets deleted, batch sheets, Posted', async () => {
    const { host, calls } = recordingHost(await previewedHost());
    const book = await openBook(host);
    const post = await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
    expect(calls).toEqual([
      ['writeCells', post.begin],
      ['writeCells', post.apply],
      ...post.staleBatchSheets.map((name) => ['deleteSheet', name]),
      ...post.batchSheets.map((sheet) => ['replaceSheet', sheet.name]),
      ['writeCells', post.commit],
    ]);
    expect(post.batchSheets.length).toBeGreaterThan(0);
  });

  it('refuses POST_REFUSED and writes nothing when the run has no preview', async () => {
    const { host, calls } = recordingHost();
    const book = await openBook(host);
    await expect(postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION })).rejects.toThrow(expect.objectContaining({ code: 'POST_REFUSED' }));
    expect(calls).toEqual([]);
  });

  it('refuses a second post of the same run and date', async () => {
    const host = await previewedHost();
    await postRun(await openBook(host), findRun(await openBook(host), 'NIGHTLY'), { now: NOW, session: SESSION });
    const book = await openBook(host);
    expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION })).toThrow(Refusal);
    expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION })).toThrow(/already posted/);
  });

  it('refuses when the date asked for is not the date of the preview', async () => {
    const book = await openBook(await previewedHost());
    expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { asOf: SAMPLE_DATE, now: NOW, session: SESSION })).not.toThrow();
    expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { asOf: addDays(SAMPLE_DATE, 1), now: NOW, session: SESSION })).toThrow(
      /its preview is as of 2026-11-21/,
    );
  });
});

describe('executedAt', () => {
  it('is the instant in UTC to the second', () => {
    expect(executedAt(new Date('2026-11-21T02:00:13.456Z'))).toBe('2026-11-21T02:00:13Z');
  });
});
