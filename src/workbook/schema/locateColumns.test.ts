import type { Cell, SheetGrid } from '../sheetGrid';
import { headerText, locateColumns } from './locateColumns';
import { membersSheet } from './membersSheet';

const grid = (cells: Cell[][]): SheetGrid => ({ name: 'Members', cells, firstRow: 1, firstColumn: 1 });
const HEADER = ['Member ID', 'Name', 'Status', 'Product', 'Start Date', 'End Date'];

describe('locateColumns', () => {
  it.each(['member_id', ' MEMBER ID ', 'Member-Id', 'MEMBERID'])('finds Member ID written as %p, keeping the header as written', (header) => {
    const layout = locateColumns(grid([[header, ...HEADER.slice(1)]]), membersSheet);
    expect(layout.columns.memberId).toEqual({ index: 0, header: header.trim() });
    expect(layout.missing).toEqual([]);
  });

  it('finds End Date by its alias Paid Through', () => {
    const layout = locateColumns(grid([[...HEADER.slice(0, 5), 'Paid Through']]), membersSheet);
    expect(layout.columns.endDate).toEqual({ index: 5, header: 'Paid Through' });
  });

  it('prefers the header itself to an alias', () => {
    const layout = locateColumns(grid([['Paid Through', ...HEADER]]), membersSheet);
    expect(layout.columns.endDate.index).toBe(6);
  });

  it('uses the leftmost of two columns with one header', () => {
    const layout = locateColumns(grid([[...HEADER, 'name']]), membersSheet);
    expect(layout.columns.name.index).toBe(1);
  });

  it('takes the first non-empty row as the header row and ignores column order and extra columns', () => {
    const layout = locateColumns(grid([[], [null], ['Notes', ...HEADER.reverse()]]), membersSheet);
    expect(layout.headerRow).toBe(2);
    expect(layout.columns.memberId.index).toBe(6);
    expect(layout.columns.endDate.index).toBe(1);
  });

  it('lists missing required columns and places absent optional ones at null', () => {
    const layout = locateColumns(grid([['Member ID', 'Name', 'Status']]), membersSheet);
    expect(layout.missing).toEqual(['Product', 'Start Date', 'End Date']);
    expect(layout.columns.email).toEqual({ index: null, header: 'Email' });
  });

  it('reports every required column of an empty sheet', () => {
    const layout = locateColumns(grid([]), membersSheet);
    expect(layout.headerRow).toBeNull();
    expect(layout.missing).toEqual(['Member ID', 'Name', 'Status', 'Product', 'Start Date', 'End Date']);
  });
});

describe('headerText', () => {
  it.each<[Cell | undefined, string | null]>([
    [' Name ', 'Name'],
    ['  ', null],
    [null, null],
    [undefined, null],
    [2026, '2026'],
    [true, 'TRUE'],
    [{ error: '#REF!' }, null],
  ])('reads %p as %p', (cell, text) => {
    expect(headerText(cell)).toBe(text);
  });
});
