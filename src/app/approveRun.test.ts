import { addDays } from '../engine/dates/localDate';
import { setCell } from '../workbook/edit/appendRows';
import type { PackageWorkbookHost } from '../hosts/file/packageWorkbookHost';
import { approvalState, approveRun, postsAtWords } from './approveRun';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { postRun, preparePostRun } from './postRun';
import { previewRun } from './previewRun';
import { NOW, SAMPLE_DATE, SESSION, recordingHost, sampleHost } from './testing/sampleHost';

/** The sample book with NIGHTLY (daily at 02:00, Approval blank = required) previewed for its due occurrence, SAMPLE_DATE. */
async function previewedHost(): Promise<PackageWorkbookHost> {
  const host = sampleHost();
  const book = await openBook(host);
  await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
  return host;
}

async function setRunCell(host: PackageWorkbookHost, header: string, value: string) {
  const book = await openBook(host);
  await host.writeCells(setCell(book.grids, 'Runs', [], findRun(book, 'NIGHTLY').row, header, value));
}

async function approve(host: PackageWorkbookHost) {
  const book = await openBook(host);
  return approveRun(book, findRun(book, 'NIGHTLY'), { now: NOW });
}

describe('approveRun', () => {
  it('writes Status Approved on the Runs row of a previewed scheduled run and says when run-due posts it', async () => {
    const { host, calls } = recordingHost(await previewedHost());
    const wait = await approve(host);
    expect(postsAtWords(wait)).toBe('2026-11-21 at 02:00 (America/Chicago)');
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toBe('writeCells');
    const book = await openBook(host);
    expect(findRun(book, 'NIGHTLY').status).toBe('Approved');
    // The preview stays current: approving changes no input the fingerprint covers, so it still posts.
    expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION })).not.toThrow();
  });

  it('says midnight when the run has no Time', async () => {
    const host = sampleHost();
    await host.writeCells(setCell((await openBook(host)).grids, 'Runs', [], findRun(await openBook(host), 'NIGHTLY').row, 'Time', null));
    const book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    expect(postsAtWords(await approve(host))).toBe('2026-11-21 at 00:00 (America/Chicago)');
  });

  it('refuses PREVIEW_CHANGED, writing nothing, when the inputs changed since the preview', async () => {
    const host = await previewedHost();
    const before = await openBook(host);
    const members = before.grids.sheets.find((s) => s.name === 'Members');
    await host.writeCells([{ sheet: 'Members', row: (members?.firstRow ?? 1) + 1, column: 2, value: 'Changed name' }]);
    const { host: watched, calls } = recordingHost(host);
    await expect(approve(watched)).rejects.toMatchObject({
      code: 'PREVIEW_CHANGED',
      message: expect.stringMatching(/changed since its preview.*Refresh the preview/),
    });
    expect(calls).toEqual([]);
    expect(findRun(await openBook(host), 'NIGHTLY').status).toBe('Previewed');
  });

  it.each([
    ['it has no preview', async () => sampleHost(), /NIGHTLY is Executed, not Previewed/],
    [
      'its Approval is auto',
      async () => {
        const host = await previewedHost();
        await setRunCell(host, 'Approval', 'auto');
        return host;
      },
      /Approval auto/,
    ],
    [
      'it is approved already',
      async () => {
        const host = await previewedHost();
        await approve(host);
        return host;
      },
      /already approved/,
    ],
    [
      'its preview is not for its due occurrence',
      async () => {
        const host = sampleHost();
        const book = await openBook(host);
        await previewRun(book, findRun(book, 'NIGHTLY'), addDays(SAMPLE_DATE, 1));
        return host;
      },
      /preview is as of 2026-11-22, not its due occurrence 2026-11-21/,
    ],
    [
      'it is posted',
      async () => {
        const host = await previewedHost();
        const book = await openBook(host);
        await postRun(book, findRun(book, 'NIGHTLY'), { now: NOW, session: SESSION });
        // Post moves Last As Of on, so the posted preview is no longer the due occurrence's.
        await setRunCell(host, 'Status', 'Previewed');
        return host;
      },
      /preview is as of 2026-11-21, not its due occurrence 2026-11-22/,
    ],
  ])('refuses NOT_WAITING_FOR_APPROVAL, writing nothing, when %s', async (_, make, words) => {
    const { host, calls } = recordingHost(await make());
    await expect(approve(host)).rejects.toMatchObject({ code: 'NOT_WAITING_FOR_APPROVAL', message: expect.stringMatching(words) });
    expect(calls).toEqual([]);
  });

  it('refuses an on-demand run', async () => {
    const host = sampleHost();
    const book = await openBook(host);
    await expect(approveRun(book, findRun(book, 'QUICKDROP'), { now: NOW })).rejects.toMatchObject({
      code: 'NOT_WAITING_FOR_APPROVAL',
      message: 'Cannot approve QUICKDROP: QUICKDROP is run on demand: only a scheduled run waits for approval.',
    });
  });
});

describe('approvalState', () => {
  it('lists NIGHTLY as waiting once previewed for its due occurrence, and not before', async () => {
    const host = sampleHost();
    expect(approvalState(await openBook(host), findRun(await openBook(host), 'NIGHTLY'), SAMPLE_DATE).waiting).toBe(false);
    const book = await openBook(host);
    await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
    const after = await openBook(host);
    expect(approvalState(after, findRun(after, 'NIGHTLY'), SAMPLE_DATE)).toMatchObject({ waiting: true, wait: { runId: 'NIGHTLY', time: '02:00' } });
  });
});
