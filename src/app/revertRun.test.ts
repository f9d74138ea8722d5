import { trimmedSheets } from '../../test/fixtures/trimmedSheets';
import { setCell } from '../workbook/edit/appendRows';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { postRun } from './postRun';
import { previewRun } from './previewRun';
import { revertRun } from './revertRun';
import { NOW, SESSION, recordingHost, SAMPLE_DATE, sampleHost } from './testing/sampleHost';

const INPUTS = ['Members', 'Invoices', 'Applications'];

describe('revertRun', () => {
  it('restores every input cell the post changed and removes its batch sheets', async () => {
    const host = sampleHost();
    let book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    book = await openBook(host);
    const before = trimmedSheets(book.grids, INPUTS);
    const post = await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
    book = await openBook(host);
    const revert = await revertRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    expect(revert.restoredCells).toBeGreaterThan(0);
    const after = host.readWorkbookSync();
    expect(trimmedSheets(after, INPUTS)).toEqual(before);
    for (const sheet of post.batchSheets) expect(after.sheets.map((s) => s.name)).not.toContain(sheet.name);
  });

  it('restores the Status of the memberships a lapse moved into grace (SPEC §11)', async () => {
    const host = sampleHost();
    let book = await openBook(host);
    await host.writeCells(setCell(book.grids, 'Runs', [], findRun(book, 'NIGHTLY').row, 'Actions', 'renew, lapse, notify, drop'));
    book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    book = await openBook(host);
    const before = trimmedSheets(book.grids, INPUTS);
    const post = await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
    expect(post.batchSheets.map((s) => s.name)).toContain('NIGHTLY Lapses');
    book = await openBook(host);
    expect(book.read.records.members.some((m) => m.status === 'Grace')).toBe(true);
    await revertRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    const after = host.readWorkbookSync();
    expect(trimmedSheets(after, INPUTS)).toEqual(before);
    expect(after.sheets.map((s) => s.name)).not.toContain('NIGHTLY Lapses');
  });

  it('refuses REVERT_REFUSED and writes nothing when the run was never posted', async () => {
    const { host, calls } = recordingHost();
    const book = await openBook(host);
    await expect(revertRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE)).rejects.toThrow(
      expect.objectContaining({ code: 'REVERT_REFUSED', message: expect.stringContaining('the Run Log has no post of it') }),
    );
    expect(calls).toEqual([]);
  });
});
