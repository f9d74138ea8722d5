import { addDays } from '../dates/localDate';
import type { RunDefinition } from '../model/run';
import type { SetupWarning, SetupWarningCode } from '../model/setupWarning';
import { d, makeRun } from '../testing/recordBuilders';
import { checkRunSetup } from './checkRunSetup';

const asOf = d('2026-03-31');
/** A rolling renew–notify–drop run with no problem; each test changes what it is about. */
const goodRun = (over: Partial<RunDefinition> = {}) => makeRun({ leadDays: 30, dropAfterDays: 60, ...over });
const goodFixedRun = (over: Partial<RunDefinition> = {}) =>
  goodRun({ mode: 'fixed', leadDays: null, effectiveDate: asOf, ...over });
const codes = (run: RunDefinition) => checkRunSetup([run], asOf).map((w) => w.code);
const warningOf = (code: SetupWarningCode, run: RunDefinition): SetupWarning | undefined =>
  checkRunSetup([run], asOf).find((w) => w.code === code);

describe('checkRunSetup', () => {
  it.each([
    ['a rolling run', goodRun()],
    ['a fixed run', goodFixedRun()],
    ['an on-demand activate-and-collect run', makeRun({ actions: ['activate', 'collect'] })],
  ])('gives no warning for %s with no problem', (_kind, run) => {
    expect(checkRunSetup([run], asOf)).toEqual([]);
  });

  it.each([
    [179, false],
    [180, false],
    [181, true],
  ])('warns LEAD_DAYS_TOO_EARLY for Lead Days %i: %s', (leadDays, warns) => {
    const expected = warns ? { code: 'LEAD_DAYS_TOO_EARLY', runId: 'NIGHTLY', detail: { leadDays } } : undefined;
    expect(warningOf('LEAD_DAYS_TOO_EARLY', goodRun({ leadDays }))).toStrictEqual(expected);
  });

  it.each([
    [29, true],
    [30, false],
    [31, false],
  ])('warns DROP_TOO_QUICK for Drop After Days %i: %s', (dropAfterDays, warns) => {
    const expected = warns ? { code: 'DROP_TOO_QUICK', runId: 'NIGHTLY', detail: { dropAfterDays } } : undefined;
    expect(warningOf('DROP_TOO_QUICK', goodRun({ dropAfterDays }))).toStrictEqual(expected);
  });

  it.each([
    [44, 45, true],
    [45, 45, false],
    [46, 45, false],
    [29, null, true],
    [30, null, false],
  ])('warns DROP_BEFORE_SECOND_NOTICE for Drop After Days %i and Notice Interval Days %p: %s', (drop, interval, warns) => {
    const run = goodRun({ dropAfterDays: drop, noticeIntervalDays: interval });
    const detail = { dropAfterDays: drop, noticeIntervalDays: interval ?? 30 };
    const expected = warns ? { code: 'DROP_BEFORE_SECOND_NOTICE', runId: 'NIGHTLY', detail } : undefined;
    expect(warningOf('DROP_BEFORE_SECOND_NOTICE', run)).toStrictEqual(expected);
  });

  it.each([
    [31, true],
    [30, false],
    [29, false],
    [-10, false],
  ])('warns EFFECTIVE_DATE_PAST for an Effective Date %i days before D: %s', (daysBefore, warns) => {
    const run = goodFixedRun({ effectiveDate: addDays(asOf, -daysBefore) });
    const detail = { effectiveDate: '2026-02-28', asOf: '2026-03-31', daysBefore: 31 };
    expect(warningOf('EFFECTIVE_DATE_PAST', run)).toStrictEqual(
      warns ? { code: 'EFFECTIVE_DATE_PAST', runId: 'NIGHTLY', detail } : undefined,
    );
  });

  it.each<[string, RunDefinition['actions'], boolean]>([
    ['drops without notify', ['renew', 'drop'], true],
    ['drops and notifies', ['drop', 'notify'], false],
    ['notifies without dropping', ['renew', 'notify'], false],
  ])('warns DROP_WITHOUT_NOTIFY when the run %s: %s', (_what, actions, warns) => {
    expect(codes(goodRun({ actions })).includes('DROP_WITHOUT_NOTIFY')).toBe(warns);
  });

  it('gives DROP_WITHOUT_NOTIFY no detail', () => {
    expect(checkRunSetup([goodRun({ actions: ['drop'] })], asOf)).toStrictEqual([
      { code: 'DROP_WITHOUT_NOTIFY', runId: 'NIGHTLY' },
    ]);
  });

  it.each<[string, Partial<RunDefinition>, boolean]>([
    ['none of the three is set', { leadDays: null }, true],
    ['only Lead Days is set', { leadDays: 30 }, false],
    ['only Expiring By is set', { leadDays: null, expiringBy: d('2026-04-30') }, false],
    ['only Expiry Window Days is set', { leadDays: null, expiryWindowDays: 30 }, false],
    ['none is set but the run does not renew', { leadDays: null, actions: ['notify', 'drop'] }, false],
  ])('warns NO_RENEWAL_WINDOW for a rolling run when %s: %s', (_when, over, warns) => {
    expect(codes(goodRun(over)).includes('NO_RENEWAL_WINDOW')).toBe(warns);
  });

  it.each<[string, Partial<RunDefinition>, SetupWarningCode, boolean]>([
    ['fixed renew with no Effective Date', { effectiveDate: null }, 'NO_EFFECTIVE_DATE', true],
    ['fixed with no Effective Date that does not renew', { effectiveDate: null, actions: ['notify'] }, 'NO_EFFECTIVE_DATE', false],
    ['fixed with no Lead Days', {}, 'NO_RENEWAL_WINDOW', false],
  ])('warns, for %s, %s: %s', (_kind, over, code, warns) => {
    expect(codes(goodFixedRun(over)).includes(code)).toBe(warns);
  });

  it.each([
    ['drops', ['renew', 'notify', 'drop'], true],
    ['does not drop', ['renew', 'notify'], false],
  ] as const)('warns NO_DROP_AFTER_DAYS when Drop After Days is blank and the run %s: %s', (_w, actions, warns) => {
    expect(codes(goodRun({ actions: [...actions], dropAfterDays: null })).includes('NO_DROP_AFTER_DAYS')).toBe(warns);
  });

  it('applies drop checks only to runs that drop', () => {
    expect(codes(goodRun({ actions: ['renew', 'notify'], dropAfterDays: 5, noticeIntervalDays: 60 }))).toEqual([]);
  });

  it('applies Lead Days only to rolling renew runs', () => {
    expect(codes(goodFixedRun({ leadDays: 365 }))).toEqual([]);
    expect(codes(goodRun({ actions: ['notify', 'drop'], leadDays: 365 }))).toEqual([]);
  });

  it('applies the Effective Date check only to fixed renew runs', () => {
    expect(codes(goodRun({ effectiveDate: d('2020-01-01') }))).toEqual([]);
    expect(codes(goodFixedRun({ actions: ['notify', 'drop'], effectiveDate: d('2020-01-01') }))).toEqual([]);
  });

  it('reports every problem of a run together, in rule order', () => {
    const run = goodRun({ leadDays: 365, actions: ['renew', 'drop'], dropAfterDays: 10 });
    expect(codes(run)).toEqual(['LEAD_DAYS_TOO_EARLY', 'DROP_TOO_QUICK', 'DROP_BEFORE_SECOND_NOTICE', 'DROP_WITHOUT_NOTIFY']);
  });

  it('reports the problems of every run, run by run', () => {
    const runs = [
      goodRun({ id: 'A', dropAfterDays: null }),
      goodRun({ id: 'B' }),
      goodFixedRun({ id: 'C', effectiveDate: null }),
    ];
    expect(checkRunSetup(runs, asOf).map((w) => `${w.runId} ${w.code}`)).toEqual([
      'A NO_DROP_AFTER_DAYS',
      'C NO_EFFECTIVE_DATE',
    ]);
  });

  it('warns DUPLICATE_RUN_ID for each run sharing an ID, ignoring letter case', () => {
    const runs = [
      goodRun({ row: 3, id: 'NIGHTLY' }),
      goodRun({ row: 4, id: 'WEEKLY' }),
      goodRun({ row: 7, id: 'nightly' }),
      goodRun({ row: 9, id: 'Nightly' }),
    ];
    const detail = { count: 3, rows: '3, 7, 9' };
    expect(checkRunSetup(runs, asOf)).toStrictEqual([
      { code: 'DUPLICATE_RUN_ID', runId: 'NIGHTLY', detail },
      { code: 'DUPLICATE_RUN_ID', runId: 'nightly', detail },
      { code: 'DUPLICATE_RUN_ID', runId: 'Nightly', detail },
    ]);
  });

  it('does not warn DUPLICATE_RUN_ID for distinct IDs', () => {
    expect(checkRunSetup([goodRun({ id: 'A' }), goodRun({ id: 'B' }), goodRun({ id: 'A-1' })], asOf)).toEqual([]);
  });

  it('does not mutate the runs', () => {
    const runs = [goodRun({ id: 'A', leadDays: 365 }), goodRun({ id: 'a', actions: ['drop'] })];
    const copy = structuredClone(runs);
    checkRunSetup(runs, asOf);
    expect(runs).toEqual(copy);
  });
});
