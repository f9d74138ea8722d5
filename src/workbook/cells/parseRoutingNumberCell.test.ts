import type { ValueCell } from './cellParser';
import { parseRoutingNumberCell } from './parseRoutingNumberCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Routing Number' });

describe('parseRoutingNumberCell', () => {
  it.each<[ValueCell, string]>([
    ['011000015', '011000015'],
    [' 231380104 ', '231380104'],
    [231380104, '231380104'],
    [11000015, '011000015'], // Excel dropped the leading zero
    [91400606, '091400606'],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseRoutingNumberCell(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['011000016', "Routing Number '011000016' fails the ABA routing number check: a digit is mistyped"],
    [11000016, 'Routing Number 11000016 fails the ABA routing number check: a digit is mistyped'],
    ['11000015', "Routing Number '11000015' is not 9 digits"], // text keeps what was typed: no zeros are added
    ['011-000-015', "Routing Number '011-000-015' is not 9 digits"],
    [1011000015, 'Routing Number 1011000015 is not 9 digits'],
    [11000015.5, 'Routing Number 11000015.5 is not 9 digits'],
    [-11000015, 'Routing Number -11000015 is not 9 digits'],
    [0, 'Routing Number 0 is not 9 digits'],
    [true, 'Routing Number TRUE is not 9 digits'],
  ])('refuses %p', (cell, message) => {
    expect(parseRoutingNumberCell(cell, context)).toEqual({ ok: false, message });
  });
});
