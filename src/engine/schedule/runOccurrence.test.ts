import { formatIsoDate, isoDate } from '../dates/isoDate';
import type { Schedule } from '../model/run';
import { d, makeRun } from '../testing/recordBuilders';
import { runOccurrence } from './runOccurrence';

const monthlyOn1st: Schedule = { frequency: 'monthly', dayOfMonth: 1 };
const iso = (o: ReturnType<typeof runOccurrence>) =>
  o && { occurrence: formatIsoDate(o.occurrence), preProcessingDate: formatIsoDate(o.preProcessingDate), due: o.due };

describe('runOccurrence', () => {
  it('is null for an on-demand run (blank Frequency)', () => {
    expect(runOccurrence(makeRun({ schedule: null, lastAsOf: d('2026-03-01') }), d('2026-03-29'))).toBeNull();
  });

  it.each([
    // occurrence 2026-04-01, lead 3 days → pre-processing date 2026-03-29
    ['the day after the pre-processing date', '2026-03-30', true],
    ['on the pre-processing date', '2026-03-29', true],
    ['the day before the pre-processing date', '2026-03-28', false],
  ])('makes a run due %s (today %s: due %s)', (_when, today, due) => {
    const run = makeRun({ schedule: monthlyOn1st, preProcessingLeadDays: 3, lastAsOf: d('2026-03-01') });
    expect(iso(runOccurrence(run, isoDate(today)))).toEqual({
      occurrence: '2026-04-01',
      preProcessingDate: '2026-03-29',
      due,
    });
  });

  it('is due on the occurrence itself when there are no pre-processing lead days', () => {
    const run = makeRun({ schedule: monthlyOn1st, lastAsOf: d('2026-03-01') });
    expect(iso(runOccurrence(run, d('2026-04-01')))).toEqual({
      occurrence: '2026-04-01',
      preProcessingDate: '2026-04-01',
      due: true,
    });
    expect(runOccurrence(run, d('2026-03-31'))?.due).toBe(false);
  });

  it('takes the occurrence strictly after Last As Of, even when today is that occurrence', () => {
    const run = makeRun({ schedule: monthlyOn1st, lastAsOf: d('2026-04-01') });
    expect(iso(runOccurrence(run, d('2026-04-01')))).toEqual({
      occurrence: '2026-05-01',
      preProcessingDate: '2026-05-01',
      due: false,
    });
  });

  it('stays due for the oldest missed occurrence when Last As Of is months back', () => {
    const run = makeRun({ schedule: monthlyOn1st, lastAsOf: d('2025-12-01') });
    expect(iso(runOccurrence(run, d('2026-04-15')))).toEqual({
      occurrence: '2026-01-01',
      preProcessingDate: '2026-01-01',
      due: true,
    });
  });

  it.each([
    ['today is an occurrence', '2026-04-01', 0, '2026-04-01', true],
    ['today is not an occurrence', '2026-04-02', 0, '2026-05-01', false],
    ['its lead days reach back to today', '2026-04-29', 3, '2026-05-01', true],
  ])('starts a never-run run at the first occurrence on or after today when %s', (_when, today, lead, occurrence, due) => {
    const run = makeRun({ schedule: monthlyOn1st, preProcessingLeadDays: lead, lastAsOf: null });
    const got = runOccurrence(run, isoDate(today));
    expect(got && formatIsoDate(got.occurrence)).toBe(occurrence);
    expect(got?.due).toBe(due);
  });

  it('still gives the next occurrence of a run whose last occurrence was cancelled', () => {
    const run = makeRun({ schedule: { frequency: 'daily' }, status: 'Cancelled', lastAsOf: d('2026-03-01') });
    expect(iso(runOccurrence(run, d('2026-03-02')))).toEqual({
      occurrence: '2026-03-02',
      preProcessingDate: '2026-03-02',
      due: true,
    });
  });

  it('does not mutate the run', () => {
    const run = makeRun({ schedule: monthlyOn1st, preProcessingLeadDays: 3, lastAsOf: d('2026-03-01') });
    const copy = structuredClone(run);
    runOccurrence(run, d('2026-03-30'));
    expect(run).toEqual(copy);
  });
});
