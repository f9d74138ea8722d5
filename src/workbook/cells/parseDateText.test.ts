import { formatIsoDate } from '../../engine/dates/isoDate';
import type { DateOrder } from '../../engine/model/settings';
import { parseDateText } from './parseDateText';

const read = (text: string, order: DateOrder) => {
  const r = parseDateText(text, order);
  return r.ok ? formatIsoDate(r.value) : r.problem;
};

describe('parseDateText', () => {
  it.each([
    ['2026-03-04', 'YMD', '2026-03-04'],
    [' 2026-03-04 ', 'YMD', '2026-03-04'],
    ['2026/3/4', 'YMD', '2026-03-04'],
    ['2026.03.04', 'YMD', '2026-03-04'],
    ['2026-03-04', 'DMY', '2026-03-04'],
    ['2026-03-04', 'MDY', '2026-03-04'],
    ['03/04/2026', 'DMY', '2026-04-03'],
    ['3-4-2026', 'DMY', '2026-04-03'],
    ['3.4.2026', 'DMY', '2026-04-03'],
    ['03/04/2026', 'MDY', '2026-03-04'],
    ['3-4-2026', 'MDY', '2026-03-04'],
    ['3.4.2026', 'MDY', '2026-03-04'],
    ['29/02/2024', 'DMY', '2024-02-29'],
  ])('reads %p in %s order as %s', (text, order, expected) => {
    expect(read(text, order as DateOrder)).toBe(expected);
  });

  it.each([
    ['03/04/2026', 'YMD', 'needs-date-order'],
    ['13/04/2026', 'YMD', 'needs-date-order'],
    ['2026-02-30', 'YMD', 'not-real'],
    ['31/04/2026', 'DMY', 'not-real'],
    ['04/31/2026', 'MDY', 'not-real'],
    ['13/13/2026', 'DMY', 'not-real'],
    ['29/02/2025', 'DMY', 'not-real'],
    ['2026-00-10', 'YMD', 'not-real'],
    ['3/4/26', 'DMY', 'two-digit-year'],
    ['3/4-2026', 'DMY', 'not-a-date'],
    ['2026-03', 'YMD', 'not-a-date'],
    ['4 March 2026', 'DMY', 'not-a-date'],
    ['45658', 'YMD', 'not-a-date'],
    ['2026-03-04T10:00', 'YMD', 'not-a-date'],
    ['123/4/2026', 'DMY', 'not-a-date'],
    ['2026-03-004', 'YMD', 'not-a-date'],
    ['', 'YMD', 'not-a-date'],
  ])('refuses %p in %s order as %s', (text, order, problem) => {
    expect(read(text, order as DateOrder)).toBe(problem);
  });
});
