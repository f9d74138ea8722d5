import { formatIsoDate } from '../dates/isoDate';
import type { RunDefinition } from '../model/run';
import { d, makeRun } from '../testing/recordBuilders';
import { DueRun, listDueRuns } from './listDueRuns';

const today = d('2026-03-29');
const monthly = (dayOfMonth: number) => ({ frequency: 'monthly' as const, dayOfMonth });
const ids = (runs: DueRun[]) => runs.map((r) => r.id);

describe('listDueRuns', () => {
  it('lists each scheduled run with its occurrence, pre-processing date and whether it is due', () => {
    const runs = [makeRun({ id: 'APRIL', name: 'April renewals', schedule: monthly(1), preProcessingLeadDays: 3, lastAsOf: d('2026-03-01') })];
    const [listed] = listDueRuns(runs, today);
    expect({
      ...listed,
      occurrence: formatIsoDate(listed.occurrence),
      preProcessingDate: formatIsoDate(listed.preProcessingDate),
    }).toEqual({
      id: 'APRIL',
      name: 'April renewals',
      occurrence: '2026-04-01',
      preProcessingDate: '2026-03-29',
      due: true,
    });
  });

  it('leaves out on-demand runs', () => {
    const runs = [makeRun({ id: 'ONCE', schedule: null }), makeRun({ id: 'DAILY', schedule: { frequency: 'daily' } })];
    expect(ids(listDueRuns(runs, today))).toEqual(['DAILY']);
  });

  it('is empty when no run is scheduled', () => {
    expect(listDueRuns([makeRun({ schedule: null })], today)).toEqual([]);
  });

  it('orders due runs first, then by pre-processing date, then by Run ID', () => {
    const runs: RunDefinition[] = [
      // not due: pre-processing 2026-04-01
      makeRun({ id: 'LATER', schedule: monthly(1), lastAsOf: d('2026-03-01') }),
      // due: pre-processing 2026-03-29
      makeRun({ id: 'B', schedule: monthly(1), preProcessingLeadDays: 3, lastAsOf: d('2026-03-01') }),
      // not due: pre-processing 2026-03-30
      makeRun({ id: 'SOON', schedule: monthly(30), lastAsOf: d('2026-03-01') }),
      // due: pre-processing 2026-03-01 (missed)
      makeRun({ id: 'Z', schedule: monthly(1), lastAsOf: d('2026-02-01') }),
      // due: pre-processing 2026-03-29, same as B
      makeRun({ id: 'A', schedule: monthly(1), preProcessingLeadDays: 3, lastAsOf: d('2026-03-01') }),
    ];
    expect(ids(listDueRuns(runs, today))).toEqual(['Z', 'A', 'B', 'SOON', 'LATER']);
  });

  it('keeps the Runs sheet order for runs sharing an ID and dates', () => {
    const runs = [
      makeRun({ id: 'X', name: 'first', schedule: { frequency: 'daily' }, lastAsOf: null }),
      makeRun({ id: 'X', name: 'second', schedule: { frequency: 'daily' }, lastAsOf: null }),
    ];
    expect(listDueRuns(runs, today).map((r) => r.name)).toEqual(['first', 'second']);
  });

  it('does not reorder or change the runs it is given', () => {
    const runs = [
      makeRun({ id: 'LATER', schedule: monthly(1), lastAsOf: d('2026-03-01') }),
      makeRun({ id: 'NOW', schedule: monthly(1), lastAsOf: d('2026-02-01') }),
    ];
    const copy = structuredClone(runs);
    listDueRuns(runs, today);
    expect(runs).toEqual(copy);
  });
});
