import { makeRun } from '../../engine/testing/recordBuilders';
import type { RunDraft } from './runsSession';
import { makeDraft } from '../testing/fakeRunsSession';
import { draftOfRun, readRunDraft } from './readRunDraft';
import { editRunWrites, runDraftValues } from './runDraftWrites';
import type { WorkbookGrids } from '../../workbook/sheetGrid';

/** A Runs sheet written before SPEC §11: no Align To, Proration or Bill Activations column. */
const book: WorkbookGrids = {
  date1904: false,
  sheets: [
    {
      name: 'Runs',
      firstRow: 1,
      firstColumn: 1,
      cells: [
        ['Run ID', 'Name', 'Actions'],
        ['JOIN', 'Joiners', 'activate'],
      ],
    },
  ],
};

describe('readRunDraft', () => {
  it('reads Align To, Proration and Bill Activations when they are set', () => {
    const read = readRunDraft(makeDraft({ actions: ['activate'], alignTo: ' 01-01 ', proration: 'daily', billActivations: true }));
    expect(read.problems).toEqual([]);
    expect(read.run).toMatchObject({ alignTo: { month: 1, day: 1 }, proration: 'daily', billActivations: true });
  });

  it('reads the defaults when Align To is blank and nothing else was changed', () => {
    expect(readRunDraft(makeDraft()).run).toMatchObject({ alignTo: null, proration: 'monthly', billActivations: false });
  });

  it('names an Align To that is not a month and day, and reads it as none, when it is 02-30', () => {
    const read = readRunDraft(makeDraft({ alignTo: '02-30' }));
    expect(read.run.alignTo).toBeNull();
    expect(read.problems).toEqual(["Align To '02-30' is not a month and day (MM-DD) such as 03-15."]);
  });

  it('refuses 02-29 when it is the Align To, as the Runs reader does', () => {
    expect(readRunDraft(makeDraft({ alignTo: '02-29' })).problems).toEqual([
      expect.stringMatching(/^Align To '02-29' is not a day every year has: write 03-01/),
    ]);
  });

  it('names a Proration that is not one of none, monthly, daily when it is something else', () => {
    const read = readRunDraft(makeDraft({ proration: 'weekly' as RunDraft['proration'] }));
    expect(read.run.proration).toBe('monthly');
    expect(read.problems).toEqual(["Proration 'weekly' is not one of none, monthly, daily."]);
  });
});

describe('draftOfRun', () => {
  it('round trips Align To, Proration and Bill Activations when the run sets them', () => {
    for (const fields of [
      { alignTo: { month: 1, day: 1 }, proration: 'none' as const, billActivations: true },
      { alignTo: { month: 9, day: 30 }, proration: 'daily' as const, billActivations: false },
      { alignTo: null, proration: 'monthly' as const, billActivations: false },
    ]) {
      const run = makeRun({ actions: ['activate'], ...fields });
      const draft = draftOfRun(run);
      const read = readRunDraft(draft);
      expect(read.problems).toEqual([]);
      expect(run).toMatchObject(read.run);
    }
  });

  it('writes Align To as MM-DD text, blank for none', () => {
    expect(draftOfRun(makeRun({ alignTo: { month: 3, day: 1 } })).alignTo).toBe('03-01');
    expect(draftOfRun(makeRun({ alignTo: null })).alignTo).toBe('');
  });
});

describe('runDraftValues', () => {
  it('writes the Align To, Proration and Bill Activations cells when they are set', () => {
    const draft = makeDraft({ actions: ['activate'], alignTo: '1-1', proration: 'none', billActivations: true });
    const values = runDraftValues(draft, readRunDraft(draft).run, 'JOIN');
    expect(values).toMatchObject({ 'Align To': '01-01', Proration: 'none', 'Bill Activations': 'Yes' });
  });

  it('writes blank Align To, monthly and No when the draft keeps the defaults', () => {
    const draft = makeDraft();
    expect(runDraftValues(draft, readRunDraft(draft).run, 'SPRING')).toMatchObject({ 'Align To': null, Proration: 'monthly', 'Bill Activations': 'No' });
  });

  it('adds the three columns to a Runs sheet that lacks them, after its last column', () => {
    const draft = makeDraft({ actions: ['activate'], alignTo: '01-01', proration: 'daily', billActivations: true });
    const writes = editRunWrites(book, 2, runDraftValues(draft, readRunDraft(draft).run, 'JOIN'));
    for (const [header, value] of [
      ['Align To', '01-01'],
      ['Proration', 'daily'],
      ['Bill Activations', 'Yes'],
    ]) {
      const column = writes.find((w) => w.row === 1 && w.value === header)?.column;
      expect(column).toBeGreaterThan(3);
      expect(writes).toContainEqual({ sheet: 'Runs', row: 2, column, value });
    }
  });
});
