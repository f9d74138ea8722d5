import type { ValueCell } from './cellParser';
import { parseNonNegativeNumberCell, parseNumberCell } from './parseNumberCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Price' });

describe('parseNumberCell', () => {
  it.each([0, 12.5, -3, 1e9])('reads %p', (n) => {
    expect(parseNumberCell(n, context)).toEqual({ ok: true, value: n });
  });

  it.each<[ValueCell, string]>([
    ['12.50', "Price '12.50' is text, not a number"],
    ['abc', "Price 'abc' is text, not a number"],
    [true, 'Price TRUE is not a number'],
    [new Date(Date.UTC(2026, 0, 1)), 'Price 2026-01-01 is not a number'],
    [Number.POSITIVE_INFINITY, 'Price is not a finite number'],
  ])('refuses %p when it is not a number cell', (cell, message) => {
    expect(parseNumberCell(cell, context)).toEqual({ ok: false, message });
  });
});

describe('parseNonNegativeNumberCell', () => {
  it.each([0, 0.01, 120])('reads %p', (n) => {
    expect(parseNonNegativeNumberCell(n, context)).toEqual({ ok: true, value: n });
  });

  it('refuses a negative number', () => {
    expect(parseNonNegativeNumberCell(-5, context)).toEqual({ ok: false, message: 'Price -5 is negative' });
  });

  it('refuses text as parseNumberCell does', () => {
    expect(parseNonNegativeNumberCell('5', context)).toEqual({ ok: false, message: "Price '5' is text, not a number" });
  });
});
