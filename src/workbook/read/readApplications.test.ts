import { isoDate } from '../../engine/dates/isoDate';
import { readApplications } from './readApplications';
import { sheet } from './testing/sheetGrids';

const HEADER = ['Application ID', 'Member ID', 'Name', 'Product', 'Status', 'Requested Start'];
const context = { date1904: false, dateOrder: 'YMD' } as const;

describe('readApplications', () => {
  it('reads applications, the status Approved in its canonical spelling', () => {
    const grid = sheet('Applications', [HEADER, ['APP-1', 'M9', 'Grace', 'Annual', 'approved', '2026-02-01']]);
    expect(readApplications(grid, context).records).toEqual([
      {
        row: 2,
        applicationId: 'APP-1',
        memberId: 'M9',
        name: 'Grace',
        email: null,
        memberType: null,
        product: 'Annual',
        status: 'Approved',
        requestedStart: isoDate('2026-02-01'),
      },
    ]);
  });

  it('reports an Application ID already used on an earlier row', () => {
    const grid = sheet('Applications', [HEADER, ['APP-1', 'M9', 'Grace', 'Annual', 'Approved', null], ['APP-1', 'M10', 'Alan', 'Annual', 'Approved', null]]);
    const result = readApplications(grid, context);
    expect(result.records.map((a) => a.memberId)).toEqual(['M9']);
    expect(result.inputErrors).toEqual([
      { sheet: 'Applications', row: 3, column: 'Application ID', message: "Application ID 'APP-1' is already used on row 2" },
    ]);
  });
});
