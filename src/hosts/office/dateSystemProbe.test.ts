import { dateSystemOf } from './dateSystemProbe';

describe('dateSystemOf', () => {
  it.each([
    [0, true],
    [1462, false],
  ])('reads %p as 1904 system: %p', (value, date1904) => {
    expect(dateSystemOf(value, null)).toBe(date1904);
  });

  it.each([[null], [1], [1461], [1463], ['0'], ['#VALUE!'], [undefined]])('refuses %p as an unknown date system instead of guessing 1900', (value) => {
    expect(() => dateSystemOf(value, null)).toThrow(/Could not tell the workbook's date system/);
  });

  it('refuses an error from the function even when a value came back', () => {
    expect(() => dateSystemOf(0, '#NUM!')).toThrow(/returned the error #NUM!/);
  });
});
