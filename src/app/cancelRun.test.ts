import { cancelRun } from './cancelRun';
import { cloneRun } from './cloneRun';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { postRun } from './postRun';
import { previewRun } from './previewRun';
import { NOW, SESSION, SAMPLE_DATE, sampleHost } from './testing/sampleHost';

describe('cancelRun', () => {
  it('sets Status Cancelled and removes the preview sheet when the run is previewed', async () => {
    const host = sampleHost();
    let book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    book = await openBook(host);
    await cancelRun(book, findRun(book, 'NIGHTLY'));
    book = await openBook(host);
    expect(findRun(book, 'NIGHTLY').status).toBe('Cancelled');
    expect(book.grids.sheets.map((s) => s.name)).not.toContain('Preview NIGHTLY');
  });

  it('refuses ALREADY_POSTED when the previewed date is posted', async () => {
    const host = sampleHost();
    let book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    await postRun(await openBook(host), findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
    book = await openBook(host);
    await expect(cancelRun(book, findRun(book, 'NIGHTLY'))).rejects.toMatchObject({
      code: 'ALREADY_POSTED',
      message: 'NIGHTLY is already posted as of 2026-11-21: revert it instead.',
    });
  });
});

describe('cloneRun', () => {
  it('copies the run under a new unique ID derived from the name, as a Draft', async () => {
    const host = sampleHost();
    const id = await cloneRun(await openBook(host), findRun(await openBook(host), 'NIGHTLY'), 'Nightly');
    expect(id).toBe('NIGHTLY-2');
    const book = await openBook(host);
    const [original, copy] = [findRun(book, 'NIGHTLY'), findRun(book, id)];
    expect(copy).toMatchObject({ name: 'Nightly', status: 'Draft', actions: original.actions, mode: original.mode });
  });
});
