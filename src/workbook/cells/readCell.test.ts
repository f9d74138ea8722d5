import type { Cell } from '../sheetGrid';
import { parseDateCell } from './parseDateCell';
import { parseTextCell } from './parseTextCell';
import { readCell } from './readCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Email' });

describe('readCell', () => {
  it.each<[Cell | undefined]>([[null], [undefined], [''], ['   '], ['\u00a0']])('reads blank %p as null when optional', (cell) => {
    expect(readCell(cell, parseTextCell, context, false)).toEqual({ ok: true, value: null });
  });

  it.each<[Cell | undefined]>([[null], [undefined], ['  ']])('refuses blank %p when required', (cell) => {
    expect(readCell(cell, parseTextCell, context, true)).toEqual({ ok: false, message: 'Email is required but blank' });
  });

  it.each([true, false])('names the error value when required is %p', (required) => {
    expect(readCell({ error: '#N/A' }, parseTextCell, context, required)).toEqual({ ok: false, message: 'Email holds the error value #N/A' });
  });

  it('words the pseudo errors of a host: a formula without a value, text too long for Excel', () => {
    expect(readCell({ error: '#UNCALCULATED' }, parseTextCell, context, false)).toEqual({
      ok: false,
      message: 'Email is a formula without a calculated value: open and save the workbook in Excel first',
    });
    expect(readCell({ error: '#TOOLONG' }, parseTextCell, context, true)).toEqual({ ok: false, message: "Email is longer than Excel's 32,767 characters" });
  });

  it('hands other cells to the parser', () => {
    expect(readCell(' a@b.org ', parseTextCell, context, true)).toEqual({ ok: true, value: 'a@b.org' });
    expect(readCell('x', parseDateCell, context, true)).toEqual({ ok: false, message: "Email 'x' is not a date: write YYYY-MM-DD" });
  });
});
