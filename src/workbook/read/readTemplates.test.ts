import type { Cell } from '../sheetGrid';
import { readTemplates } from './readTemplates';
import { sheet } from './testing/sheetGrids';

const read = (cells: Cell[][]) => readTemplates(sheet('Templates', cells), { date1904: false, dateOrder: 'YMD' });
const HEADER = ['Template Set', 'Kind', 'Subject', 'Body', 'Attach Invoice'];

describe('readTemplates', () => {
  it('reads nothing when the workbook has no Templates sheet', () => {
    expect(readTemplates(null, { date1904: false, dateOrder: 'YMD' })).toEqual({ records: [], inputErrors: [], missing: [] });
  });

  it('fills Template Set and the kind’s Attach Invoice when they are blank', () => {
    expect(
      read([
        HEADER,
        [null, 'Reminder', 'Reminder {{Invoice ID}}', 'Dear {{Name}},\r\nplease pay.', null],
        ['Spanish', 'drop', 'Baja', 'Hola', null],
        ['Spanish', 'invoice', 'Factura', 'Hola', 'No'],
      ]).records,
    ).toEqual([
      { set: 'Default', kind: 'reminder', subject: 'Reminder {{Invoice ID}}', body: 'Dear {{Name}},\nplease pay.', attachInvoice: true, row: 2 },
      { set: 'Spanish', kind: 'drop', subject: 'Baja', body: 'Hola', attachInvoice: false, row: 3 },
      { set: 'Spanish', kind: 'invoice', subject: 'Factura', body: 'Hola', attachInvoice: false, row: 4 },
    ]);
  });

  it('reports the later row when a set spelled another way repeats a kind', () => {
    const result = read([HEADER, ['Spanish', 'first', 'A', 'B', null], ['SPAN_ISH', 'First', 'C', 'D', null]]);
    expect(result.records.map((t) => t.row)).toEqual([2]);
    expect(result.inputErrors).toEqual([
      { sheet: 'Templates', row: 3, column: 'Kind', message: "Template Set 'SPAN_ISH' already has a first template on row 2; that row is used" },
    ]);
  });

  it.each<[Cell[], string, string]>([
    [['Default', 'letter', 'S', 'B', null], 'Kind', "Kind 'letter' is not one of invoice, first, reminder, final, drop, activation, collection"],
    [['Default', 'drop', null, 'B', null], 'Subject', 'Subject is required but blank'],
    [['Default', 'drop', 'S', null, null], 'Body', 'Body is required but blank'],
    [['Default', 'drop', 'S', 'B', 'maybe'], 'Attach Invoice', "Attach Invoice 'maybe' is not Yes or No"],
  ])('reports a bad cell when the row is %p', (row, column, message) => {
    const result = read([HEADER, row]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors).toEqual([{ sheet: 'Templates', row: 2, column, message }]);
  });

  it('reports a Templates sheet without a Body column', () => {
    expect(
      read([
        ['Kind', 'Subject'],
        ['drop', 'S'],
      ]).missing,
    ).toEqual([{ sheet: 'Templates', column: 'Body', message: "Sheet Templates has no column 'Body'" }]);
  });
});
