import type { ValueCell } from './cellParser';
import { parseAccountNumberCell } from './parseAccountNumberCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Account Number' });

describe('parseAccountNumberCell', () => {
  it.each<[ValueCell, string]>([
    ['0532013000', '0532013000'],
    [' 123456789 ', '123456789'],
    ['12345678901234567', '12345678901234567'],
    ['4444444YYYY', '4444444YYYY'],
    [123456789, '123456789'],
    [0, '0'],
    [123456789012345, '123456789012345'], // 15 digits: all of them kept by Excel
  ])('reads %p as %p', (cell, expected) => {
    expect(parseAccountNumberCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['123-456', "Account Number '123-456' may only hold letters and digits (1 to 17)"],
    ['123456789012345678', "Account Number '123456789012345678' may only hold letters and digits (1 to 17)"],
    [1234567890123456, 'Account Number 1234567890123456 has more digits than Excel keeps in a number: format the column as Text and type it again'],
    [1e20, 'Account Number 100000000000000000000 has more digits than Excel keeps in a number: format the column as Text and type it again'],
    [1234.5, 'Account Number 1234.5 may only hold letters and digits (1 to 17)'],
    [-5, 'Account Number -5 may only hold letters and digits (1 to 17)'],
    [true, 'Account Number TRUE may only hold letters and digits (1 to 17)'],
  ])('refuses %p', (cell, message) => {
    expect(parseAccountNumberCell(cell, context)).toEqual({ ok: false, message });
  });
});
