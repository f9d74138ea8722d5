import type { ValueCell } from './cellParser';
import { parseCurrencyCell } from './parseCurrencyCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Currency' });

describe('parseCurrencyCell', () => {
  it.each([
    ['USD', 'USD'],
    ['eur', 'EUR'],
    [' Gbp ', 'GBP'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseCurrencyCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<ValueCell>(['$', 'Dollars', 'US', 840, true])('refuses %p', (cell) => {
    expect(parseCurrencyCell(cell, context)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Currency .* is not a three-letter currency code such as USD$/),
    });
  });
});
