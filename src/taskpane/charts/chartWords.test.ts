import { chartSeries } from './chartSeries';
import { countOf, totalsWords, weekWords } from './chartWords';
import { testWeeks } from './chartTestWeeks';

describe('chart words', () => {
  const weeks = testWeeks('2026-12-07', 52, (i) => (i === 0 ? { renew: 12, notify: 3, drop: 1 } : { renew: 1 }));

  it('counts with the singular for one', () => {
    expect(countOf(1, 'billed activations')).toBe('1 billed activation');
    expect(countOf(1200, 'notices')).toBe('1,200 notices');
  });

  it('totals the next twelve months per series of the run', () => {
    expect(totalsWords(weeks, chartSeries(weeks, ['renew', 'notify', 'drop']))).toBe('Next 12 months: 63 renewals · 3 notices · 1 drop');
  });

  it('says a week in words', () => {
    expect(weekWords(weeks[0], chartSeries(weeks, ['renew', 'notify']))).toBe('Week of 7 Dec 2026: 12 renewals, 3 notices');
  });

  it('draws the run’s series only; without the run’s actions, the series that have counts', () => {
    expect(chartSeries(weeks, ['drop', 'collect']).map((s) => s.legend)).toEqual(['Drops']);
    expect(chartSeries(weeks).map((s) => s.legend)).toEqual(['Renewals', 'Notices', 'Drops']);
  });
});
