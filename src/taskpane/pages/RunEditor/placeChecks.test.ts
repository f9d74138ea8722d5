import { newRunDraft } from './useRunEditor';
import { describeCount, placeChecks, placeOfProblem, placeOfWarning, sectionCount } from './placeChecks';
import { FIELD_LABELS, RUN_EDITOR_SECTIONS } from './runEditorSections';

describe('run editor sections', () => {
  it('hold every field of a draft exactly once', () => {
    const placed = RUN_EDITOR_SECTIONS.flatMap((s) => s.fields);
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual(Object.keys(newRunDraft()).sort());
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(Object.keys(newRunDraft()).sort());
  });
});

describe('placeOfWarning', () => {
  it.each([
    ['DROP_TOO_QUICK', { field: 'dropAfterDays' }],
    ['DROP_BEFORE_SECOND_NOTICE', { field: 'dropAfterDays' }],
    ['BILL_ACTIVATIONS_WITHOUT_ACTIVATE', { field: 'billActivations' }],
    ['PAYMENT_FILE_SETTINGS', { field: 'paymentFile' }],
    ['DUPLICATE_RUN_ID', { field: 'id' }],
    ['NO_RENEWAL_WINDOW', { section: 'renewals' }],
    ['SOMETHING_NEW', { form: true }],
  ])('%s → %o', (code, place) => expect(placeOfWarning(code)).toEqual(place));
});

describe('placeOfProblem', () => {
  it.each([
    ["Lead Days '-1' is not a whole number of days (0 or more).", { field: 'leadDays' }],
    ["Pre-Processing Lead Days 'x' is not a whole number of days (0 or more).", { field: 'preProcessingLeadDays' }],
    ["Drop After Days '-3' is not a whole number of days (0 or more).", { field: 'dropAfterDays' }],
    ['Day is required for a monthly run: a day of the month from 1 to 31.', { field: 'day' }],
    ["Time '24:00' is not a time between 00:00 and 23:59.", { field: 'time' }],
    ['Name is required.', { field: 'name' }],
    ["Run ID 'a b' may only hold letters A-Z, digits, - and _ (1 to 20 characters).", { field: 'id' }],
    ['Choose at least one action.', { field: 'actions' }],
    ['Something else went wrong.', { form: true }],
  ])('%s', (problem, place) => expect(placeOfProblem(problem)).toEqual(place));
});

describe('placeChecks, sectionCount and describeCount', () => {
  const placed = placeChecks({
    id: 'Q',
    problems: ["Lead Days '-1' is not a whole number of days (0 or more)."],
    warnings: [
      { code: 'DROP_TOO_QUICK', message: 'quick' },
      { code: 'DROP_BEFORE_SECOND_NOTICE', message: 'before' },
      { code: 'NO_RENEWAL_WINDOW', message: 'window' },
      { code: 'SOMETHING_NEW', message: 'new' },
    ],
  });

  it('puts each message in its place', () => {
    expect(placed.fields.dropAfterDays).toEqual({ problems: [], warnings: ['quick', 'before'] });
    expect(placed.fields.leadDays?.problems).toHaveLength(1);
    expect(placed.sections.renewals).toEqual({ problems: [], warnings: ['window'] });
    expect(placed.form).toEqual({ problems: [], warnings: ['new'] });
  });

  it("counts a section's fields and its own messages", () => {
    expect(sectionCount(placed, 'notices')).toEqual({ problems: 0, warnings: 2 });
    expect(sectionCount(placed, 'renewals')).toEqual({ problems: 1, warnings: 1 });
    expect(sectionCount(placed, 'who')).toEqual({ problems: 0, warnings: 0 });
  });

  it('says a count in words', () => {
    expect(describeCount({ problems: 0, warnings: 0 })).toBe('');
    expect(describeCount({ problems: 0, warnings: 1 })).toBe('1 warning');
    expect(describeCount({ problems: 0, warnings: 2 })).toBe('2 warnings');
    expect(describeCount({ problems: 1, warnings: 2 })).toBe('1 problem · 2 warnings');
  });

  it('places nothing before the first check answers', () => {
    expect(placeChecks(null)).toEqual({ fields: {}, sections: {}, form: { problems: [], warnings: [] } });
  });
});
