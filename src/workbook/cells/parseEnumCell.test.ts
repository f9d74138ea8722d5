import { ATTEMPT_STATUSES, MEMBER_STATUSES } from '../../engine/model/records';
import type { ValueCell } from './cellParser';
import { enumCellParser, enumKey } from './parseEnumCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Status' });

describe('enumKey', () => {
  it.each([
    [' Awaiting  SYNC ', 'awaiting sync'],
    ['Failed to reconcile – timed out', 'failed to reconcile - timed out'],
    ['Failed to reconcile — timed out', 'failed to reconcile - timed out'],
  ])('turns %p into %p', (text, key) => {
    expect(enumKey(text)).toBe(key);
  });
});

describe('enumCellParser', () => {
  const status = enumCellParser(MEMBER_STATUSES);

  it.each([
    ['Active', 'Active'],
    ['active', 'Active'],
    [' ACTIVE ', 'Active'],
    ['cancelled', 'Cancelled'],
  ])('reads %p as the canonical %p', (cell, expected) => {
    expect(status(cell, context)).toEqual({ ok: true, value: expected });
  });

  it.each<[ValueCell, string]>([
    ['Activ', "Status 'Activ' is not one of Active, Expired, Dropped, Cancelled, Pending, Grace, Lapsed, Overdue"],
    [1, 'Status 1 is not one of Active, Expired, Dropped, Cancelled, Pending, Grace, Lapsed, Overdue'],
  ])('refuses %p', (cell, message) => {
    expect(status(cell, context)).toEqual({ ok: false, message });
  });

  it('matches an en-dash status typed with a hyphen', () => {
    expect(enumCellParser(ATTEMPT_STATUSES)('failed to reconcile - timed out', context)).toEqual({
      ok: true,
      value: 'Failed to reconcile – timed out',
    });
  });
});
