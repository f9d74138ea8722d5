import { isoDate } from '../../engine/dates/isoDate';
import type { RunDefinition } from '../../engine/model/run';
import type { Cell } from '../sheetGrid';
import type { ReadContext } from './readContext';
import { readRuns } from './readRuns';
import { sheet } from './testing/sheetGrids';

const context: ReadContext = { date1904: false, dateOrder: 'YMD' };
const read = (cells: Cell[][], ctx = context) => readRuns(sheet('Runs', cells), ctx);
/** Reads one run from a header and a row. */
const readOne = (header: string[], row: Cell[]) =>
  read([
    ['Name', ...header],
    ['Nightly', ...row],
  ]);

describe('readRuns', () => {
  it('fills in every default for a run with only a Name', () => {
    const expected: RunDefinition = {
      row: 2,
      id: 'NIGHTLY',
      idDerived: true,
      name: 'Nightly',
      actions: ['renew', 'drop', 'notify'],
      mode: 'rolling',
      leadDays: null,
      expiringBy: null,
      expiryWindowDays: null,
      effectiveDate: null,
      noticeIntervalDays: null,
      maxNotices: null,
      dropAfterDays: null,
      collectThrough: null,
      memberTypes: [],
      autoPay: 'all',
      useMapping: null,
      schedule: null,
      time: null,
      preProcessingLeadDays: 0,
      templateSet: 'Default',
      approval: 'required',
      paymentFile: null,
      alignTo: null,
      proration: 'monthly',
      billActivations: false,
      status: 'Draft',
      lastAsOf: null,
      lastExecutedAt: null,
    };
    expect(read([['Name'], ['Nightly']])).toEqual({ records: [expected], inputErrors: [], missing: [] });
  });

  it('reads every column', () => {
    const header = [
      'Run ID',
      'Actions',
      'Mode',
      'Lead Days',
      'Expiring By',
      'Expiry Window Days',
      'Effective Date',
      'Notice Interval Days',
      'Max Notices',
      'Drop After Days',
      'Collect Through',
      'Member Types',
      'AutoPay',
      'Use Mapping',
      'Frequency',
      'Day',
      'Time',
      'Pre-Processing Lead Days',
      'Template Set',
      'Approval',
      'Align To',
      'Proration',
      'Bill Activations',
      'Status',
      'Last As Of',
      'Last Executed At',
    ];
    const row: Cell[] = [
      'gold_1',
      'Collect, renew',
      'FIXED',
      30,
      '2026-12-31',
      60,
      '2027-01-01',
      14,
      3,
      45,
      '2026-01-31',
      'Regular, student, regular',
      'Only',
      'yes',
      'Weekly',
      'fri',
      '9:30',
      2,
      ' Spanish ',
      'AUTO',
      '01-01',
      'Daily',
      'yes',
      'previewed',
      '2026-01-02',
      46024.5,
    ];
    expect(readOne(header, row).records[0]).toEqual({
      row: 2,
      id: 'GOLD_1',
      idDerived: false,
      name: 'Nightly',
      actions: ['renew', 'collect'],
      mode: 'fixed',
      leadDays: 30,
      expiringBy: isoDate('2026-12-31'),
      expiryWindowDays: 60,
      effectiveDate: isoDate('2027-01-01'),
      noticeIntervalDays: 14,
      maxNotices: 3,
      dropAfterDays: 45,
      collectThrough: isoDate('2026-01-31'),
      memberTypes: ['Regular', 'student'],
      autoPay: 'only',
      useMapping: true,
      schedule: { frequency: 'weekly', weekday: 5 },
      time: '09:30',
      preProcessingLeadDays: 2,
      templateSet: 'Spanish',
      approval: 'auto',
      paymentFile: null,
      alignTo: { month: 1, day: 1 },
      proration: 'daily',
      billActivations: true,
      status: 'Previewed',
      lastAsOf: isoDate('2026-01-02'),
      lastExecutedAt: '2026-01-02T12:00',
    });
  });

  it.each<[Cell, string]>([
    ['02-29', "Align To '02-29' is not a day every year has"],
    ['13-01', "Align To '13-01' is not a month and day (MM-DD)"],
  ])('refuses Align To %p as an input error', (cell, message) => {
    const result = readOne(['Align To'], [cell]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })]);
  });

  it.each<[Cell, boolean | null]>([
    ['No', false],
    ['Y', true],
    [null, null],
  ])('reads Use Mapping %p as %p', (cell, expected) => {
    expect(readOne(['Use Mapping'], [cell]).records[0].useMapping).toBe(expected);
  });

  it.each<[string, Cell, unknown]>([
    ['daily', null, { frequency: 'daily' }],
    ['monthly', '31', { frequency: 'monthly', dayOfMonth: 31 }],
    ['monthly', 15, { frequency: 'monthly', dayOfMonth: 15 }],
    ['yearly', '02-29', { frequency: 'yearly', month: 2, day: 29 }],
    ['weekly', 'Sunday', { frequency: 'weekly', weekday: 0 }],
  ])('reads Frequency %p with Day %p', (frequency, day, schedule) => {
    expect(readOne(['Frequency', 'Day'], [frequency, day]).records[0].schedule).toEqual(schedule);
  });

  it.each<[string, Cell, Cell, string, string]>([
    ['an unknown action', 'Actions', 'renew, email', 'Actions', "Actions 'email' is not one of activate, renew, lapse, drop, notify, collect"],
    ['a bad Run ID', 'Run ID', 'gold monthly', 'Run ID', "Run ID 'gold monthly' may only hold letters A-Z, digits, - and _ (1 to 20 characters)"],
    ['an unknown Mode', 'Mode', 'monthly', 'Mode', "Mode 'monthly' is not one of rolling, fixed"],
    ['text in Lead Days', 'Lead Days', '30', 'Lead Days', "Lead Days '30' is text, not a number"],
    ['negative Drop After Days', 'Drop After Days', -1, 'Drop After Days', 'Drop After Days -1 is negative'],
    ['a bad Time', 'Time', '25:00', 'Time', "Time '25:00' is not a time between 00:00 and 23:59"],
    ['an unknown Status', 'Status', 'Done', 'Status', "Status 'Done' is not one of Draft, Previewed, Approved, Executed, Cancelled"],
    ['an unknown AutoPay filter', 'AutoPay', 'yes', 'AutoPay', "AutoPay 'yes' is not one of all, only, exclude"],
  ])('reports %s and leaves the run out', (_, header, cell, column, message) => {
    const result = read([
      ['Name', header],
      ['Bad', cell],
      ['Good', null],
    ]);
    expect(result.records.map((r) => r.name)).toEqual(['Good']);
    expect(result.inputErrors).toEqual([{ sheet: 'Runs', row: 2, column, message }]);
  });

  it.each<[string, Cell, string]>([
    ['weekly', null, 'Day is required for a weekly run: a weekday such as Monday'],
    ['weekly', 'Funday', "Day 'Funday' is not a weekday such as Monday or Mon"],
    ['monthly', 32, 'Day 32 is not a day of the month from 1 to 31'],
    ['yearly', '02-30', "Day '02-30' is not a month and day (MM-DD) such as 03-15"],
  ])('reports a %s run with Day %p in the Day column', (frequency, day, message) => {
    const result = readOne(['Frequency', 'Day'], [frequency, day]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors).toEqual([{ sheet: 'Runs', row: 2, column: 'Day', message }]);
  });

  it('derives blank IDs unique against written IDs, including ones on later rows', () => {
    const result = read([
      ['Run ID', 'Name'],
      [null, 'Nightly'],
      [null, 'nightly!'],
      ['nightly', 'Written'],
      ['NIGHTLY-2', 'Also written'],
    ]);
    expect(result.records.map((r) => [r.id, r.idDerived])).toEqual([
      ['NIGHTLY-3', true],
      ['NIGHTLY-4', true],
      ['NIGHTLY', false],
      ['NIGHTLY-2', false],
    ]);
  });

  it('keeps both rows of a written Run ID used twice (a setup check reports it)', () => {
    const result = read([
      ['Run ID', 'Name'],
      ['A', 'First'],
      ['a', 'Second'],
    ]);
    expect(result.inputErrors).toEqual([]);
    expect(result.records.map((r) => r.id)).toEqual(['A', 'A']);
  });

  it('reads dates in the Date Order setting', () => {
    const result = read(
      [
        ['Name', 'Effective Date'],
        ['Fixed', '01/02/2027'],
      ],
      { ...context, dateOrder: 'DMY' },
    );
    expect(result.records[0].effectiveDate).toBe(isoDate('2027-02-01'));
  });

  it('reports a Runs sheet without a Name column', () => {
    expect(read([['Run ID'], ['A']]).missing).toEqual([{ sheet: 'Runs', column: 'Name', message: "Sheet Runs has no column 'Name'" }]);
  });
});
