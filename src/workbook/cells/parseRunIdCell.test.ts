import type { ValueCell } from './cellParser';
import { parseRunIdCell } from './parseRunIdCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Run ID' });

describe('parseRunIdCell', () => {
  it.each<[ValueCell, string]>([
    ['NIGHTLY', 'NIGHTLY'],
    ['gold-monthly', 'GOLD-MONTHLY'],
    [' run_1 ', 'RUN_1'],
    ['A', 'A'],
    ['ABCDEFGHIJKLMNOPQRST', 'ABCDEFGHIJKLMNOPQRST'],
    [2026, '2026'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseRunIdCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<ValueCell>(['gold monthly', 'ABCDEFGHIJKLMNOPQRSTU', 'café', 'a.b', 1.5, true])('refuses %p', (cell) => {
    expect(parseRunIdCell(cell, context)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Run ID .* may only hold letters A-Z, digits, - and _ \(1 to 20 characters\)$/),
    });
  });
});
