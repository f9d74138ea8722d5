import type { ValueCell } from './cellParser';
import { parseAccountTypeCell } from './parseAccountTypeCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Account Type' });

describe('parseAccountTypeCell', () => {
  it.each([
    ['Checking', 'Checking'],
    ['checking', 'Checking'],
    [' SAVINGS ', 'Savings'],
    ['Savings', 'Savings'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseAccountTypeCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['Current', "Account Type 'Current' is not one of Checking, Savings"],
    ['Cheque', "Account Type 'Cheque' is not one of Checking, Savings"],
    [27, 'Account Type 27 is not one of Checking, Savings'],
    [true, 'Account Type TRUE is not one of Checking, Savings'],
  ])('refuses %p', (cell, message) => {
    expect(parseAccountTypeCell(cell, context)).toEqual({ ok: false, message });
  });
});
