import { formatChartDate, monthTicks } from './chartDates';

describe('chart dates', () => {
  it('writes a day as "7 Dec 2026"', () => {
    expect(formatChartDate('2026-12-07')).toBe('7 Dec 2026');
  });

  it('ticks the 1st of each month inside a 52-week projection that starts mid-month, the year at January', () => {
    const ticks = monthTicks('2026-11-21', 52);
    expect(ticks.map((t) => t.label)).toEqual(['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
    expect(ticks[0].at).toBeCloseTo(10 / 7);
    expect(ticks.filter((t) => t.year !== null)).toEqual([{ label: 'Jan', year: 2027, at: 41 / 7 }]);
  });

  it('ticks the first day when the projection starts on the 1st', () => {
    expect(monthTicks('2027-03-01', 5).map((t) => [t.label, t.at])).toEqual([
      ['Mar', 0],
      ['Apr', 31 / 7],
    ]);
  });
});
