import type { CellWrite } from '../../../workbook/edit/cellWrite';
import type { SheetPart } from './packageModel';
import { planSheets } from './planSheets';

const part = (name: string, sheetId: number, path: string | null): SheetPart => ({ name, sheetId, relId: `rId${sheetId}`, path, state: 'visible' });
const members = part('Members', 1, 'xl/worksheets/sheet1.xml');
const chart = part('Chart1', 2, null);
const invoices = part('Invoices', 3, 'xl/worksheets/sheet2.xml');
const write = (sheet: string, row: number, value: string): CellWrite => ({ sheet, row, column: 1, value });

/** Each planned sheet: its name, and the rows written (into a worksheet) or laid out (new). */
function summary(writes: CellWrite[]) {
  return planSheets([members, chart, invoices], [{ kind: 'cells', writes }]).sheets.map((s) =>
    s.content.kind === 'cells' ? [s.name, 'cells', [...s.content.writes.keys()]] : [s.name, 'new', s.content.sheet.rows.map((r) => r[0])],
  );
}

describe('planSheets', () => {
  it('sends each write to its sheet when runs of writes alternate between sheets', () => {
    expect(
      summary([write('Members', 2, 'a'), write('Members', 3, 'b'), write('Invoices', 2, 'c'), write('members', 4, 'd'), write('Invoices', 5, 'e')]),
    ).toEqual([
      ['Members', 'cells', [2, 3, 4]],
      ['Chart1', 'cells', []],
      ['Invoices', 'cells', [2, 5]],
    ]);
  });

  it('finds a sheet again after a write to a chartsheet moved the sheets after it', () => {
    // The write to Chart1 removes the chartsheet (it cannot hold cells) and adds a new Chart1 last:
    // Invoices moves from third to second place, and its next write must still land in it.
    expect(summary([write('Invoices', 2, 'a'), write('Chart1', 1, 'x'), write('Invoices', 3, 'b'), write('Chart1', 2, 'y')])).toEqual([
      ['Members', 'cells', []],
      ['Invoices', 'cells', [2, 3]],
      ['Chart1', 'new', ['x', 'y']],
    ]);
  });

  it('creates a sheet named by writes once, last, and fills it in order', () => {
    expect(summary([write('Journal', 1, 'h'), write('Members', 2, 'a'), write('JOURNAL', 2, 'r')])).toEqual([
      ['Members', 'cells', [2]],
      ['Chart1', 'cells', []],
      ['Invoices', 'cells', []],
      ['Journal', 'new', ['h', 'r']],
    ]);
  });
});
