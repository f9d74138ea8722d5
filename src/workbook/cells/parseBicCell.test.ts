import type { ValueCell } from './cellParser';
import { parseBicCell } from './parseBicCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'BIC' });

describe('parseBicCell', () => {
  it.each([
    ['COBADEFFXXX', 'COBADEFFXXX'],
    ['cobadeffxxx', 'COBADEFFXXX'],
    [' ABNANL2A ', 'ABNANL2A'],
    ['DEUT DE FF 500', 'DEUTDEFF500'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseBicCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['COBADEFF1', "BIC 'COBADEFF1' is not a BIC: 8 or 11 characters such as COBADEFFXXX"],
    ['ABN4NL2A', "BIC 'ABN4NL2A' is not a BIC: 8 or 11 characters such as COBADEFFXXX"],
    ['ABNAXX2A', "BIC 'ABNAXX2A' is not a BIC: 8 or 11 characters such as COBADEFFXXX"],
    [12345678, 'BIC 12345678 is not a BIC: 8 or 11 characters such as COBADEFFXXX'],
    [false, 'BIC FALSE is not a BIC: 8 or 11 characters such as COBADEFFXXX'],
  ])('refuses %p', (cell, message) => {
    expect(parseBicCell(cell, context)).toEqual({ ok: false, message });
  });
});
