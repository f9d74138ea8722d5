import { makeMember } from '../../engine/testing/recordBuilders';
import type { Cell, WorkbookGrids } from '../sheetGrid';
import { droppedMemberTypes } from './droppedMemberTypes';
import { JOURNAL_HEADERS } from './journalSheet';

const line = (logRow: number, row: number, cells: string, previous: string, next: string): Cell[] => [
  'NIGHTLY',
  46347,
  logRow,
  1,
  'Members',
  row,
  cells,
  previous,
  next,
];

function book(journal: Cell[][]): WorkbookGrids {
  return {
    date1904: false,
    sheets: [
      { name: 'Members', firstRow: 1, firstColumn: 1, cells: [['Member ID', 'Name', 'Member Type', 'Status']] },
      { name: 'Journal', firstRow: 1, firstColumn: 1, cells: [[...JOURNAL_HEADERS], ...journal] },
    ],
  };
}
const members = [makeMember({ row: 2, membershipId: 'A' }), makeMember({ row: 3, membershipId: 'B' })];

describe('droppedMemberTypes', () => {
  it.each([
    ['the drop’s line gives the value it replaced', [line(2, 2, 'D2 C2', '["Active","Regular"]', '["Dropped","Non-Member"]')], [['A', 'Regular']]],
    [
      'the latest drop wins',
      [line(2, 2, 'C2', '["Regular"]', '["Non-Member"]'), line(3, 2, 'C2', '["Non-Member"]', '["Student"]'), line(4, 2, 'C2', '["Student"]', '["Non-Member"]')],
      [['A', 'Student']],
    ],
    [
      'a later change away from Non-Member is not a drop',
      [line(2, 3, 'C3', '["Regular"]', '["Non-Member"]'), line(3, 3, 'C3', '["Non-Member"]', '["Student"]')],
      [['B', 'Regular']],
    ],
    ['another column is not Member Type', [line(2, 2, 'B2', '["Regular"]', '["Non-Member"]')], []],
    ['a line that cannot be read is left out', [line(2, 2, 'C2', 'not json', '["Non-Member"]')], []],
  ])('%s', (_label, journal, expected) => {
    expect([...droppedMemberTypes(book(journal), members, 'Non-Member')]).toEqual(expected);
  });

  it('is empty without a Journal', () => {
    expect(droppedMemberTypes({ date1904: false, sheets: [] }, members, 'Non-Member').size).toBe(0);
  });
});
