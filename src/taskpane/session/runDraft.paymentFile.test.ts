import { makeRun } from '../../engine/testing/recordBuilders';
import type { RunDraft } from './runsSession';
import { makeDraft } from '../testing/fakeRunsSession';
import { draftOfRun, readRunDraft } from './readRunDraft';
import { editRunWrites, newRunWrites, runDraftValues } from './runDraftWrites';
import type { WorkbookGrids } from '../../workbook/sheetGrid';

/** A Runs sheet as an older workbook has it: no Payment File column. */
const book: WorkbookGrids = {
  date1904: false,
  sheets: [
    {
      name: 'Runs',
      firstRow: 1,
      firstColumn: 1,
      cells: [
        ['Run ID', 'Name', 'Actions'],
        ['NIGHTLY', 'Nightly', 'renew'],
      ],
    },
  ],
};

describe('the run draft Payment File', () => {
  it('reads blank as none and sepa or nacha as that bank file', () => {
    expect(readRunDraft(makeDraft({ paymentFile: '' })).run.paymentFile).toBeNull();
    expect(readRunDraft(makeDraft({ paymentFile: 'sepa' }))).toMatchObject({ run: { paymentFile: 'sepa' }, problems: [] });
    expect(readRunDraft(makeDraft({ paymentFile: 'nacha' }))).toMatchObject({ run: { paymentFile: 'nacha' }, problems: [] });
  });

  it('names a Payment File that is not one of them, and reads it as none', () => {
    const read = readRunDraft(makeDraft({ paymentFile: 'bacs' as RunDraft['paymentFile'] }));
    expect(read.run.paymentFile).toBeNull();
    expect(read.problems).toEqual(["Payment File 'bacs' is not one of sepa, nacha (or blank for none)."]);
  });

  it("shows a run's Payment File in its draft, blank for none", () => {
    expect(draftOfRun(makeRun({ paymentFile: 'nacha' })).paymentFile).toBe('nacha');
    expect(draftOfRun(makeRun({ paymentFile: null })).paymentFile).toBe('');
  });

  it('round trips through the draft: the run it reads is the run it was drafted from', () => {
    for (const paymentFile of ['sepa', 'nacha', null] as const) {
      const run = makeRun({ actions: ['collect'], paymentFile });
      const read = readRunDraft(draftOfRun(run));
      expect(read.problems).toEqual([]);
      expect(run).toMatchObject(read.run);
    }
  });

  it('writes the Payment File cell, blank for none', () => {
    const sepa = makeDraft({ paymentFile: 'sepa' });
    expect(runDraftValues(sepa, readRunDraft(sepa).run, 'DD')['Payment File']).toBe('sepa');
    const none = makeDraft();
    expect(runDraftValues(none, readRunDraft(none).run, 'DD')['Payment File']).toBeNull();
  });

  it('adds the Payment File column to a Runs sheet that lacks it, after its last column', () => {
    const draft = makeDraft({ paymentFile: 'nacha' });
    const values = runDraftValues(draft, readRunDraft(draft).run, 'NIGHTLY');
    const edit = editRunWrites(book, 2, values);
    const header = edit.find((w) => w.value === 'Payment File');
    expect(header).toMatchObject({ sheet: 'Runs', row: 1 });
    expect(header?.column).toBeGreaterThan(3);
    expect(edit).toContainEqual({ sheet: 'Runs', row: 2, column: header?.column, value: 'nacha' });
    const added = newRunWrites(book, values);
    const newHeader = added.find((w) => w.value === 'Payment File');
    expect(added).toContainEqual({ sheet: 'Runs', row: 3, column: newHeader?.column, value: 'nacha' });
  });
});
