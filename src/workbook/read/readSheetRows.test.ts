import { parseDateCell } from '../cells/parseDateCell';
import { parseTextCell } from '../cells/parseTextCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../schema/columnSpec';
import type { Cell } from '../sheetGrid';
import type { ReadContext } from './readContext';
import { readSheetRows, type ReadRow } from './readSheetRows';
import { sheet } from './testing/sheetGrids';

const spec = {
  name: 'Things',
  required: true,
  columns: {
    id: requiredColumn('Thing ID', parseTextCell),
    when: requiredColumn('When', parseDateCell),
    note: optionalColumn('Note', parseTextCell, { whenBlank: '-' }),
  },
} satisfies SheetSpec<SheetColumns>;
type Things = (typeof spec)['columns'];
const context: ReadContext = { date1904: false, dateOrder: 'YMD' };

/** Reads a grid and returns copies of the rows visited. */
function visitAll(cells: Cell[][] | null, firstRow = 1, over: Partial<SheetSpec<Things>> = {}) {
  const rows: { row: number; ok: boolean; values: Record<string, unknown> }[] = [];
  const reading = readSheetRows(cells === null ? null : sheet('things', cells, firstRow), { ...spec, ...over }, context, (r: ReadRow<Things>) =>
    rows.push({ row: r.row, ok: r.ok, values: { ...r.values } }),
  );
  return { rows, reading };
}

describe('readSheetRows', () => {
  it('reads each data row with its Excel row number', () => {
    const { rows } = visitAll([
      ['Thing ID', 'When'],
      ['T1', '2026-01-01'],
      ['T2', 45658],
    ]);
    expect(rows.map((r) => [r.row, r.ok, r.values.id])).toEqual([
      [2, true, 'T1'],
      [3, true, 'T2'],
    ]);
  });

  it('counts rows from firstRow when the used range starts lower down', () => {
    const { rows, reading } = visitAll(
      [
        ['Thing ID', 'When'],
        ['T1', 'bad'],
      ],
      5,
    );
    expect(rows[0].row).toBe(6);
    expect(reading.inputErrors[0].row).toBe(6);
  });

  it('finds the header below blank rows and skips entirely empty data rows', () => {
    const { rows } = visitAll([[], [null, '  '], ['When', 'Thing ID'], [null, null], ['2026-01-01', 'T1'], []]);
    expect(rows.map((r) => [r.row, r.values.id])).toEqual([[5, 'T1']]);
  });

  it('fills blank optional cells, and absent optional columns, with the blank value', () => {
    const { rows } = visitAll([
      ['Thing ID', 'When'],
      ['T1', 45658],
    ]);
    expect(rows[0].values.note).toBe('-');
  });

  it('reads cells past the end of a short row as blank', () => {
    const { rows, reading } = visitAll([['Thing ID', 'Note', 'When'], ['T1']]);
    expect(rows[0].ok).toBe(false);
    expect(reading.inputErrors).toEqual([{ sheet: 'things', row: 2, column: 'When', message: 'When is required but blank' }]);
  });

  it('reports every bad cell of a row, naming the header as written, and nulls them', () => {
    const { rows, reading } = visitAll([
      ['thing_id', 'WHEN', 'Note'],
      [{ error: '#N/A' }, '2026-02-30', { error: '#REF!' }],
    ]);
    expect(rows[0]).toEqual({ row: 2, ok: false, values: { id: null, when: null, note: null } });
    expect(reading.inputErrors).toEqual([
      { sheet: 'things', row: 2, column: 'thing_id', message: 'thing_id holds the error value #N/A' },
      { sheet: 'things', row: 2, column: 'WHEN', message: "WHEN '2026-02-30' is not a real date" },
      { sheet: 'things', row: 2, column: 'Note', message: 'Note holds the error value #REF!' },
    ]);
  });

  it('reports a missing required column and visits no row', () => {
    const { rows, reading } = visitAll([['Thing ID'], ['T1']]);
    expect(rows).toEqual([]);
    expect(reading.missing).toEqual([{ sheet: 'things', column: 'When', message: "Sheet things has no column 'When'" }]);
  });

  it('reports a missing required sheet by its expected name', () => {
    const { reading } = visitAll(null);
    expect(reading.missing).toEqual([{ sheet: 'Things', column: null, message: "The workbook has no sheet 'Things'" }]);
    expect(reading.headers.id).toBe('Thing ID');
  });

  it('reports an empty required sheet', () => {
    expect(visitAll([[null]]).reading.missing).toEqual([{ sheet: 'things', column: null, message: 'Sheet things is empty' }]);
  });

  it.each([null, [[]] as Cell[][]])('reads an absent or empty optional sheet as no rows and nothing missing', (cells) => {
    const { rows, reading } = visitAll(cells, 1, { required: false });
    expect(rows).toEqual([]);
    expect(reading.missing).toEqual([]);
  });

  it('records errors added by the visitor under the header as written', () => {
    const reading = readSheetRows(
      sheet('things', [
        ['THING-ID', 'When'],
        ['T1', 45658],
      ]),
      spec,
      context,
      (r, s) => s.addError(r.row, 'id', 'duplicate'),
    );
    expect(reading.inputErrors).toEqual([{ sheet: 'things', row: 2, column: 'THING-ID', message: 'duplicate' }]);
  });
});
