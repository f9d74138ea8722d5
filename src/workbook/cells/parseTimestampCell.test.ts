import type { ValueCell } from './cellParser';
import { parseTimestampCell } from './parseTimestampCell';
import { cellContext } from './testing/cellContext';

const context = cellContext({ column: 'Last Executed At' });

describe('parseTimestampCell', () => {
  it.each<[ValueCell, boolean, string]>([
    ['2026-03-01T09:30:00Z', false, '2026-03-01T09:30:00Z'],
    [' 2026-03-01T09:30 ', false, '2026-03-01T09:30'],
    ['2026-03-01 09:30:15.250+01:00', false, '2026-03-01 09:30:15.250+01:00'],
    ['2026-03-01', false, '2026-03-01'],
    [45658.75, false, '2025-01-01T18:00'],
    [45658, false, '2025-01-01T00:00'],
    [45658 + 0.99999999, false, '2025-01-02T00:00'],
    [44196.5, true, '2025-01-01T12:00'],
    [new Date(Date.UTC(2026, 2, 1, 9, 30)), false, '2026-03-01T09:30'],
  ])('reads %p (1904: %p) as %p', (cell, date1904, expected) => {
    expect(parseTimestampCell(cell, cellContext({ column: 'Last Executed At', date1904 }))).toEqual({ ok: true, value: expected });
  });

  it.each<ValueCell>(['2026-02-30T10:00', 'yesterday', '2026-03-01T25:00', 60.5, -1, true])('refuses %p', (cell) => {
    expect(parseTimestampCell(cell, context)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Last Executed At .* is not a date and time \(write YYYY-MM-DDTHH:MM\)$/),
    });
  });
});
