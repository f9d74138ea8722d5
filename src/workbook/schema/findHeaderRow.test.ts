import type { Cell } from '../sheetGrid';
import { findHeaderRow, isBlankCell, isEmptyRow } from './findHeaderRow';

describe('isBlankCell', () => {
  it.each<[Cell | undefined, boolean]>([
    [undefined, true],
    [null, true],
    ['', true],
    [' \t ', true],
    ['x', false],
    [0, false],
    [false, false],
    [{ error: '#N/A' }, false],
  ])('is %j blank: %s', (cell, blank) => {
    expect(isBlankCell(cell)).toBe(blank);
  });
});

describe('isEmptyRow', () => {
  it.each<[Cell[] | undefined, boolean]>([
    [undefined, true],
    [[], true],
    [[null, '', '  '], true],
    [[null, 'x'], false],
    [[0], false],
    [[false], false],
    [[{ error: '#N/A' }], false],
  ])('is %p → %p', (row, empty) => {
    expect(isEmptyRow(row)).toBe(empty);
  });

  it('treats the holes of a sparse row as blank', () => {
    const row: Cell[] = [];
    row[3] = null;
    expect(isEmptyRow(row)).toBe(true);
  });
});

describe('findHeaderRow', () => {
  it('finds the first non-empty row when blank rows are above it', () => {
    expect(findHeaderRow([[], [null, ' '], ['Member ID', 'Name']])).toBe(2);
  });

  it('is row 0 when the first row is filled', () => {
    expect(findHeaderRow([['Member ID']])).toBe(0);
  });

  it('is null for an empty sheet', () => {
    expect(findHeaderRow([[null], []])).toBeNull();
  });
});
