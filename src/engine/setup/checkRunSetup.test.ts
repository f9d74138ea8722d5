import { DEFAULT_SETTINGS } from '../model/settings';
import type { RunDefinition } from '../model/run';
import { d, makeRun } from '../testing/recordBuilders';
import { checkRunSetup } from './checkRunSetup';

const asOf = d('2026-03-31');
/** A rolling renew–notify–drop run with no problem; each test changes what it is about. */
const goodRun = (over: Partial<RunDefinition> = {}) => makeRun({ leadDays: 30, dropAfterDays: 60, ...over });
const goodFixedRun = (over: Partial<RunDefinition> = {}) => goodRun({ mode: 'fixed', leadDays: null, effectiveDate: asOf, ...over });
const codes = (run: RunDefinition) => checkRunSetup([run], asOf, DEFAULT_SETTINGS).map((w) => w.code);

describe('checkRunSetup', () => {
  it.each([
    ['a rolling run', goodRun()],
    ['a fixed run', goodFixedRun()],
    ['an on-demand activate-and-collect run', makeRun({ actions: ['activate', 'collect'] })],
  ])('gives no warning for %s with no problem', (_kind, run) => {
    expect(checkRunSetup([run], asOf, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('carries the detail of the rule into the warning', () => {
    expect(checkRunSetup([goodRun({ id: 'EARLY', leadDays: 200 })], asOf, DEFAULT_SETTINGS)).toStrictEqual([
      { code: 'LEAD_DAYS_TOO_EARLY', runId: 'EARLY', detail: { leadDays: 200 } },
    ]);
  });

  it('gives DROP_WITHOUT_NOTIFY no detail', () => {
    expect(checkRunSetup([goodRun({ actions: ['drop'] })], asOf, DEFAULT_SETTINGS)).toStrictEqual([{ code: 'DROP_WITHOUT_NOTIFY', runId: 'NIGHTLY' }]);
  });

  it('reports every problem of a run together, in rule order', () => {
    const run = goodRun({ leadDays: 365, actions: ['renew', 'drop'], dropAfterDays: 10 });
    expect(codes(run)).toEqual(['LEAD_DAYS_TOO_EARLY', 'DROP_TOO_QUICK', 'DROP_BEFORE_SECOND_NOTICE', 'DROP_WITHOUT_NOTIFY']);
  });

  it('reports the problems of every run, run by run', () => {
    const runs = [goodRun({ id: 'A', dropAfterDays: null }), goodRun({ id: 'B' }), goodFixedRun({ id: 'C', effectiveDate: null })];
    expect(checkRunSetup(runs, asOf, DEFAULT_SETTINGS).map((w) => `${w.runId} ${w.code}`)).toEqual(['A NO_DROP_AFTER_DAYS', 'C NO_EFFECTIVE_DATE']);
  });

  it('warns DUPLICATE_RUN_ID for each run sharing an ID, ignoring letter case', () => {
    const runs = [
      goodRun({ row: 3, id: 'NIGHTLY' }),
      goodRun({ row: 4, id: 'WEEKLY' }),
      goodRun({ row: 7, id: 'nightly' }),
      goodRun({ row: 9, id: 'Nightly' }),
    ];
    const detail = { count: 3, rows: '3, 7, 9' };
    expect(checkRunSetup(runs, asOf, DEFAULT_SETTINGS)).toStrictEqual([
      { code: 'DUPLICATE_RUN_ID', runId: 'NIGHTLY', detail },
      { code: 'DUPLICATE_RUN_ID', runId: 'nightly', detail },
      { code: 'DUPLICATE_RUN_ID', runId: 'Nightly', detail },
    ]);
  });

  it('warns DUPLICATE_RUN_ID for both runs of a pair', () => {
    const runs = [goodRun({ row: 2, id: 'A' }), goodRun({ row: 5, id: 'B' }), goodRun({ row: 6, id: 'A' })];
    expect(checkRunSetup(runs, asOf, DEFAULT_SETTINGS).map((w) => `${w.runId} ${w.code} ${w.detail?.rows}`)).toEqual([
      'A DUPLICATE_RUN_ID 2, 6',
      'A DUPLICATE_RUN_ID 2, 6',
    ]);
  });

  it('does not warn DUPLICATE_RUN_ID for distinct IDs', () => {
    expect(checkRunSetup([goodRun({ id: 'A' }), goodRun({ id: 'B' }), goodRun({ id: 'A-1' })], asOf, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('does not mutate the runs', () => {
    const runs = [goodRun({ id: 'A', leadDays: 365 }), goodRun({ id: 'a', actions: ['drop'] })];
    const copy = structuredClone(runs);
    checkRunSetup(runs, asOf, DEFAULT_SETTINGS);
    expect(runs).toEqual(copy);
  });
});
