import { parseApplicationStatusCell } from './parseApplicationStatusCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Status' });

describe('parseApplicationStatusCell', () => {
  it.each([
    ['Approved', 'Approved'],
    ['approved ', 'Approved'],
    ['ACTIVATED', 'Activated'],
    ['Pending', 'Pending'],
    [' On hold ', 'On hold'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseApplicationStatusCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it('refuses a TRUE/FALSE cell', () => {
    expect(parseApplicationStatusCell(true, context)).toEqual({ ok: false, message: 'Status TRUE is not text' });
  });
});
