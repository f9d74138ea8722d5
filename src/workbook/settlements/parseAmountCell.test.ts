import { cellContext } from '../cells/testing/cellContext';
import { parseAmountCell } from './parseAmountCell';

const context = cellContext({ column: 'Amount' });

describe('parseAmountCell', () => {
  it.each([
    [120, 120],
    [' 120.50 ', 120.5],
    ['0.01', 0.01],
  ])('reads %p', (cell, value) => {
    expect(parseAmountCell(cell, context)).toEqual({ ok: true, value });
  });

  it.each(['$120', '1,200.00', '12,50', '-5', '1e3', '0', '0.001', ''])('refuses %p', (cell) => {
    expect(parseAmountCell(cell, context).ok).toBe(false);
  });

  it.each([0, -1, 0.005])('refuses the number %p', (cell) => {
    expect(parseAmountCell(cell, context).ok).toBe(false);
  });
});
