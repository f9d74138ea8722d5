import type { ValueCell } from './cellParser';
import { integerCellParser, parseNonNegativeIntegerCell } from './parseIntegerCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Term Months' });

describe('integerCellParser', () => {
  const termMonths = integerCellParser({ min: 1, max: 120 });

  it.each([1, 12, 120])('reads %p when within 1–120', (n) => {
    expect(termMonths(n, context)).toEqual({ ok: true, value: n });
  });

  it.each<[ValueCell, string]>([
    [0, 'Term Months 0 is not between 1 and 120'],
    [121, 'Term Months 121 is not between 1 and 120'],
    [1.5, 'Term Months 1.5 is not a whole number'],
    ['12', "Term Months '12' is text, not a number"],
  ])('refuses %p', (cell, message) => {
    expect(termMonths(cell, context)).toEqual({ ok: false, message });
  });

  it('states the lower bound alone when there is no upper one', () => {
    expect(integerCellParser({ min: 5 })(4, context)).toEqual({ ok: false, message: 'Term Months 4 is less than 5' });
  });

  it('states the upper bound alone when there is no lower one', () => {
    expect(integerCellParser({ max: 5 })(6, context)).toEqual({ ok: false, message: 'Term Months 6 is more than 5' });
  });

  it('accepts any whole number when no bound is given', () => {
    expect(integerCellParser()(-7, context)).toEqual({ ok: true, value: -7 });
  });
});

describe('parseNonNegativeIntegerCell', () => {
  it.each([0, 1, 365])('reads %p', (n) => {
    expect(parseNonNegativeIntegerCell(n, context)).toEqual({ ok: true, value: n });
  });

  it('refuses a negative number', () => {
    expect(parseNonNegativeIntegerCell(-1, context)).toEqual({ ok: false, message: 'Term Months -1 is negative' });
  });
});
