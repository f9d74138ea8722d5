import { readMapping } from './readMapping';
import { sheet } from './testing/sheetGrids';

const context = { date1904: false, dateOrder: 'YMD' } as const;

describe('readMapping', () => {
  it('reads mapping rows, numbers as text', () => {
    const grid = sheet('Mapping', [
      ['From Product', 'From Season', 'To Product', 'To Season'],
      ['Gold', 2025, 'Gold Plus', 2026],
    ]);
    expect(readMapping(grid, context).records).toEqual([{ row: 2, fromProduct: 'Gold', fromSeason: '2025', toProduct: 'Gold Plus', toSeason: '2026' }]);
  });

  it('leaves out a row with a blank required cell', () => {
    const grid = sheet('Mapping', [
      ['From Product', 'From Season', 'To Product', 'To Season'],
      ['Gold', '2025', null, '2026'],
    ]);
    const result = readMapping(grid, context);
    expect(result.records).toEqual([]);
    expect(result.inputErrors).toEqual([{ sheet: 'Mapping', row: 2, column: 'To Product', message: 'To Product is required but blank' }]);
  });

  it('reports a missing column of a present sheet', () => {
    const grid = sheet('Mapping', [['From Product', 'From Season', 'To Product']]);
    expect(readMapping(grid, context).missing).toEqual([{ sheet: 'Mapping', column: 'To Season', message: "Sheet Mapping has no column 'To Season'" }]);
  });
});
