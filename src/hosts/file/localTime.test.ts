import { localTime } from './localTime';

describe('localTime', () => {
  it('writes local date and time to the second', () => {
    expect(localTime(new Date(2026, 10, 3, 9, 7, 4, 999))).toBe('2026-11-03 09:07:04');
  });
});
