import { duplicateSheets } from './duplicateSheets';
import { sheet, workbook } from './testing/sheetGrids';

describe('duplicateSheets', () => {
  it('names every sheet matching one sheet of the schema', () => {
    const book = workbook([sheet('Members', []), sheet('Runs', []), sheet('MEMBERS', []), sheet('run_s', []), sheet('R-uns', [])]);
    expect(duplicateSheets(book, ['Members', 'Products', 'Runs'])).toEqual([
      { sheet: 'Members', column: null, message: "Sheets 'Members' and 'MEMBERS' both match sheet Members: rename or delete one" },
      { sheet: 'Runs', column: null, message: "Sheets 'Runs', 'run_s' and 'R-uns' all match sheet Runs: rename or delete one" },
    ]);
  });

  it('finds nothing in a workbook with one sheet per name', () => {
    expect(duplicateSheets(workbook([sheet('Members', []), sheet('Members 2', [])]), ['Members'])).toEqual([]);
  });
});
