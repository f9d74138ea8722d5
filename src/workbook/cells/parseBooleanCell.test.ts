import type { ValueCell } from './cellParser';
import { parseBooleanCell } from './parseBooleanCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'AutoPay' });

describe('parseBooleanCell', () => {
  it.each<[ValueCell, boolean]>([
    ['Yes', true],
    ['yes', true],
    [' YES ', true],
    ['Y', true],
    ['y', true],
    ['TRUE', true],
    ['true', true],
    ['1', true],
    [1, true],
    [true, true],
    ['No', false],
    ['no', false],
    ['N', false],
    ['FALSE', false],
    ['False', false],
    ['0', false],
    [0, false],
    [false, false],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseBooleanCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['maybe', "AutoPay 'maybe' is not Yes or No"],
    ['ja', "AutoPay 'ja' is not Yes or No"],
    [2, 'AutoPay 2 is not Yes or No'],
    [new Date(Date.UTC(2026, 0, 1)), 'AutoPay 2026-01-01 is not Yes or No'],
  ])('refuses %p', (cell, message) => {
    expect(parseBooleanCell(cell, context)).toEqual({ ok: false, message });
  });
});
