import type { ValueCell } from './cellParser';
import { parseTextCell } from './parseTextCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Name' });

describe('parseTextCell', () => {
  it.each<[ValueCell, string]>([
    ['Ada', 'Ada'],
    ['  Ada Lovelace  ', 'Ada Lovelace'],
    [1001, '1001'],
    [0, '0'],
    [12.5, '12.5'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseTextCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    [true, 'Name TRUE is not text'],
    [new Date(Date.UTC(2026, 0, 1)), 'Name 2026-01-01 is not text'],
    [Number.NaN, 'Name NaN is not text'],
  ])('refuses %p', (cell, message) => {
    expect(parseTextCell(cell, context)).toEqual({ ok: false, message });
  });
});
