import { addDays } from '../dates/localDate';
import type { RunDefinition } from '../model/run';
import { d, makeRun } from '../testing/recordBuilders';
import { SETUP_RULES, SetupRule } from './setupRules';

const asOf = d('2026-03-31');
/** A rolling renew–notify–drop run with no problem; each test changes what it is about. */
const goodRun = (over: Partial<RunDefinition> = {}) => makeRun({ leadDays: 30, dropAfterDays: 60, ...over });
const goodFixedRun = (over: Partial<RunDefinition> = {}) => goodRun({ mode: 'fixed', leadDays: null, effectiveDate: asOf, ...over });
/** The codes of the rules a run breaks. */
const codes = (run: RunDefinition) => SETUP_RULES.filter((r) => r.applies(run, asOf) !== null).map((r) => r.code);
/** The detail one rule gives for a run, `null` when the run does not break it. */
const detailOf = (code: SetupRule['code'], run: RunDefinition) => SETUP_RULES.find((r) => r.code === code)?.applies(run, asOf);

describe('SETUP_RULES', () => {
  it.each([
    [179, false],
    [180, false],
    [181, true],
  ])('warns LEAD_DAYS_TOO_EARLY for Lead Days %i: %s', (leadDays, warns) => {
    expect(detailOf('LEAD_DAYS_TOO_EARLY', goodRun({ leadDays }))).toStrictEqual(warns ? { leadDays } : null);
  });

  it.each([
    [29, true],
    [30, false],
    [31, false],
  ])('warns DROP_TOO_QUICK for Drop After Days %i: %s', (dropAfterDays, warns) => {
    expect(detailOf('DROP_TOO_QUICK', goodRun({ dropAfterDays }))).toStrictEqual(warns ? { dropAfterDays } : null);
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
    expect(detailOf('DROP_BEFORE_SECOND_NOTICE', run)).toStrictEqual(warns ? detail : null);
  });

  it.each([
    [31, true],
    [30, false],
    [29, false],
    [-10, false],
  ])('warns EFFECTIVE_DATE_PAST for an Effective Date %i days before D: %s', (daysBefore, warns) => {
    const run = goodFixedRun({ effectiveDate: addDays(asOf, -daysBefore) });
    const detail = { effectiveDate: '2026-02-28', asOf: '2026-03-31', daysBefore: 31 };
    expect(detailOf('EFFECTIVE_DATE_PAST', run)).toStrictEqual(warns ? detail : null);
  });

  it.each<[string, RunDefinition['actions'], boolean]>([
    ['drops without notify', ['renew', 'drop'], true],
    ['drops and notifies', ['drop', 'notify'], false],
    ['notifies without dropping', ['renew', 'notify'], false],
  ])('warns DROP_WITHOUT_NOTIFY when the run %s: %s', (_what, actions, warns) => {
    expect(codes(goodRun({ actions })).includes('DROP_WITHOUT_NOTIFY')).toBe(warns);
  });

  it.each<[string, Partial<RunDefinition>, boolean]>([
    ['bills activations without activate', { billActivations: true, actions: ['renew', 'notify'] }, true],
    ['bills activations and activates', { billActivations: true, actions: ['activate', 'renew', 'notify'] }, false],
    ['does not bill activations', { billActivations: false, actions: ['renew', 'notify'] }, false],
  ])('warns BILL_ACTIVATIONS_WITHOUT_ACTIVATE when the run %s', (_what, over, warns) => {
    expect(codes(goodRun(over)).includes('BILL_ACTIVATIONS_WITHOUT_ACTIVATE')).toBe(warns);
  });

  it.each<[string, Partial<RunDefinition>, { alignTo: string } | null]>([
    ['aligns without activate', { alignTo: { month: 7, day: 1 }, actions: ['renew'] }, { alignTo: '07-01' }],
    ['aligns and activates', { alignTo: { month: 7, day: 1 }, actions: ['activate'] }, null],
    ['does not align', { alignTo: null, actions: ['renew'] }, null],
  ])('warns ALIGN_TO_WITHOUT_ACTIVATE when the run %s', (_what, over, detail) => {
    expect(detailOf('ALIGN_TO_WITHOUT_ACTIVATE', goodRun(over))).toStrictEqual(detail);
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

  it.each<[string, Partial<RunDefinition>, SetupRule['code'], boolean]>([
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

  it('has one rule per code', () => {
    const all = SETUP_RULES.map((r) => r.code);
    expect(new Set(all).size).toBe(all.length);
  });
});
