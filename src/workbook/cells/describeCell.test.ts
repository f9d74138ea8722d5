import type { ValueCell } from './cellParser';
import { describeCell } from './describeCell';

describe('describeCell', () => {
  it.each<[ValueCell, string]>([
    [' abc ', "'abc'"],
    [45658, '45658'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2026, 2, 4)), '2026-03-04'],
    [new Date(Number.NaN), 'an invalid date'],
    ['x'.repeat(100), `'${'x'.repeat(59)}…'`],
  ])('quotes %p as %p', (cell, shown) => {
    expect(describeCell(cell)).toBe(shown);
  });
});
