import { columnLetters, formatAddress, parseAddress, rectAddress } from './cellAddress';

describe('parseAddress', () => {
  it.each([
    ['A1', { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    ['B2:C3', { row: 1, column: 1, rowCount: 2, columnCount: 2 }],
    ['$C$3:$B$2', { row: 1, column: 1, rowCount: 2, columnCount: 2 }],
    ['A:C', { row: 0, column: 0, rowCount: 1_048_576, columnCount: 3 }],
    ['2:4', { row: 1, column: 0, rowCount: 3, columnCount: 16_384 }],
  ])('parses %s', (text, rect) => {
    expect(parseAddress(text)).toEqual(rect);
  });

  it.each(['', 'A', '1', 'A0', 'A1:', 'XFE1', 'A1048577', 'A1:B', 'Members!A1'])('refuses %p', (text) => {
    expect(parseAddress(text)).toBeNull();
  });
});

describe('addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('names column %i %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it('writes a one-cell range without a colon', () => {
    expect(rectAddress({ row: 4, column: 3, rowCount: 1, columnCount: 1 })).toBe('D5');
  });

  it.each([
    ['Members', 'Members!A1'],
    ['Run Log', "'Run Log'!A1"],
    ["O'Brien", "'O''Brien'!A1"],
    ['2026', "'2026'!A1"],
    ['AB12', "'AB12'!A1"],
  ])('quotes the sheet name %p as Excel does', (name, address) => {
    expect(formatAddress(name, { row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe(address);
  });
});
