import { isoDate } from '../../engine/dates/isoDate';
import { DEFAULT_SETTINGS } from '../../engine/model/settings';
import type { Cell } from '../sheetGrid';
import { findSheet, readWorkbookRecords } from './readWorkbookRecords';
import { MEMBERS_HEADER, PRODUCTS_ROWS, RUNS_ROWS, sheet, workbook } from './testing/sheetGrids';

const member = (id: string, start: Cell = '2025-01-01', end: Cell = '2025-12-31'): Cell[] => [id, 'Ada', 'Active', 'Annual', start, end];

describe('readWorkbookRecords', () => {
  it('reads a minimal workbook: absent optional sheets are empty, settings are the defaults', () => {
    const result = readWorkbookRecords(
      workbook([sheet('Members', [MEMBERS_HEADER, member('M1')]), sheet('Products', PRODUCTS_ROWS), sheet('Runs', RUNS_ROWS)]),
    );
    expect(result.missing).toEqual([]);
    expect(result.inputErrors).toEqual([]);
    expect(result.records.members.map((m) => m.memberId)).toEqual(['M1']);
    expect(result.records.products.map((p) => p.product)).toEqual(['Annual']);
    expect(result.records).toMatchObject({ seasons: [], mapping: [], invoices: [], applications: [], settings: DEFAULT_SETTINGS });
    expect(result.runs.map((r) => r.id)).toEqual(['NIGHTLY']);
  });

  it('stops on two sheets matching one sheet of the schema, naming both', () => {
    const book = workbook([
      sheet('Members', [MEMBERS_HEADER, member('M1')]),
      sheet('MEMBERS', [MEMBERS_HEADER]),
      sheet('Products', PRODUCTS_ROWS),
      sheet('Runs', RUNS_ROWS),
    ]);
    expect(readWorkbookRecords(book).missing).toEqual([
      { sheet: 'Members', column: null, message: "Sheets 'Members' and 'MEMBERS' both match sheet Members: rename or delete one" },
    ]);
  });

  it('lists every missing required sheet', () => {
    expect(readWorkbookRecords(workbook([sheet('Products', PRODUCTS_ROWS)])).missing).toEqual([
      { sheet: 'Members', column: null, message: "The workbook has no sheet 'Members'" },
      { sheet: 'Runs', column: null, message: "The workbook has no sheet 'Runs'" },
    ]);
  });

  it('lists missing required columns of a present optional sheet', () => {
    const book = workbook([
      sheet('Members', [MEMBERS_HEADER]),
      sheet('Products', PRODUCTS_ROWS),
      sheet('Runs', RUNS_ROWS),
      sheet('Seasons', [['Season', 'Start Date']]),
    ]);
    expect(readWorkbookRecords(book).missing).toEqual([{ sheet: 'Seasons', column: 'End Date', message: "Sheet Seasons has no column 'End Date'" }]);
  });

  it('matches sheet names like headers', () => {
    const result = readWorkbookRecords(
      workbook([sheet(' MEMBERS ', [MEMBERS_HEADER, member('M1')]), sheet('products', PRODUCTS_ROWS), sheet('RUNS', RUNS_ROWS)]),
    );
    expect(result.missing).toEqual([]);
    expect(result.records.members).toHaveLength(1);
  });

  it('reads the Settings sheet first, so its Date Order applies to every other sheet', () => {
    const book = workbook([
      sheet('Members', [MEMBERS_HEADER, member('M1', '03/04/2025', '02/04/2026')]),
      sheet('Products', PRODUCTS_ROWS),
      sheet('Runs', [
        ['Name', 'Effective Date'],
        ['Fixed', '01/02/2027'],
      ]),
      sheet('Settings', [
        ['Setting', 'Value'],
        ['Date Order', 'DMY'],
      ]),
    ]);
    const result = readWorkbookRecords(book);
    expect(result.inputErrors).toEqual([]);
    expect(result.records.members[0].startDate).toBe(isoDate('2025-04-03'));
    expect(result.runs[0].effectiveDate).toBe(isoDate('2027-02-01'));
  });

  it('reads a 1904 workbook', () => {
    const book = workbook([sheet('Members', [MEMBERS_HEADER, member('M1', 44196, 44560)]), sheet('Products', PRODUCTS_ROWS), sheet('Runs', RUNS_ROWS)], true);
    const [m] = readWorkbookRecords(book).records.members;
    expect([m.startDate, m.endDate]).toEqual([isoDate('2025-01-01'), isoDate('2025-12-31')]);
  });

  it('gathers input errors sheet by sheet, leaving bad rows out and keeping the others', () => {
    const book = workbook([
      sheet('Members', [MEMBERS_HEADER, member('M1'), member('M2', '2025-02-30'), member('M3')]),
      sheet('Products', [
        ['Product', 'Price'],
        ['Annual', 120],
        ['Gold', -1],
      ]),
      sheet('Runs', RUNS_ROWS),
      sheet('Settings', [
        ['Setting', 'Value'],
        ['Time Zone', 'Nowhere'],
      ]),
    ]);
    const result = readWorkbookRecords(book);
    expect(result.records.members.map((m) => m.memberId)).toEqual(['M1', 'M3']);
    expect(result.records.products.map((p) => p.product)).toEqual(['Annual']);
    expect(result.inputErrors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['Settings', 2, 'Value'],
      ['Members', 3, 'Start Date'],
      ['Products', 3, 'Price'],
    ]);
  });
});

describe('findSheet', () => {
  it('is exported for the writers and finds a sheet by its matched name', () => {
    const members = sheet('members', []);
    expect(findSheet(workbook([members]), 'Members')).toBe(members);
  });
});
