import type { Cell, WorkbookGrids } from '../sheetGrid';
import { findPasswordSetting } from './findPasswordSetting';

const book = (rows: Cell[][]): WorkbookGrids => ({
  date1904: false,
  sheets: [{ name: 'settings', firstRow: 3, firstColumn: 2, cells: [['Setting', 'Value'], ...rows] }],
});

describe('findPasswordSetting', () => {
  it.each([
    ['SMTP Password', 'hunter2', { row: 5, name: 'SMTP Password' }],
    ['smtp_password', 12345, { row: 5, name: 'smtp_password' }],
    ['API Key', 'k-1', { row: 5, name: 'API Key' }],
    ['SMTP Password', '  ', null],
    ['SMTP Password', null, null],
    ['SMTP User', 'office@club.example', null],
  ])('finds %s = %p', (name, value, expected) => {
    expect(
      findPasswordSetting(
        book([
          ['Time Zone', 'UTC'],
          [name, value],
        ]),
      ),
    ).toEqual(expected);
  });

  it('finds nothing in a book without Settings', () => {
    expect(findPasswordSetting({ date1904: false, sheets: [] })).toBeNull();
  });
});
