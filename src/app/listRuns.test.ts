import { dueRuns, listRuns } from './listRuns';
import { openBook } from './openBook';
import { SAMPLE_DATE, sampleHost } from './testing/sampleHost';

describe('listRuns', () => {
  it('lists every run, due ones first, each with its schedule and setup warnings', async () => {
    const book = await openBook(sampleHost());
    const listed = listRuns(book, SAMPLE_DATE);
    expect(listed.map((l) => l.run.id).sort()).toEqual(book.read.runs.map((r) => r.id).sort());
    const firstNotDue = listed.findIndex((l) => !l.due?.due);
    expect(listed.slice(firstNotDue).some((l) => l.due?.due)).toBe(false);
    expect(listed.find((l) => l.run.id === 'QUICKDROP')?.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DROP_TOO_QUICK']));
  });
});

describe('dueRuns', () => {
  it('lists only scheduled runs, with their occurrence as of the date given', async () => {
    const book = await openBook(sampleHost());
    const due = dueRuns(book, SAMPLE_DATE);
    expect(due.find((d) => d.id === 'NIGHTLY')).toMatchObject({ occurrence: SAMPLE_DATE, due: true });
    expect(due.length).toBeLessThanOrEqual(book.read.runs.length);
  });
});
