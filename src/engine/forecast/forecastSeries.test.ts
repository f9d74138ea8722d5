import { forecastSeries } from './forecastSeries';

describe('forecastSeries', () => {
  it('lists renew, notify, lapse and drop with their words when no actions are given', () => {
    expect(forecastSeries()).toEqual([
      { action: 'renew', label: 'Renew', noun: 'renewals' },
      { action: 'notify', label: 'Notify', noun: 'notices' },
      { action: 'lapse', label: 'Lapse', noun: 'lapses' },
      { action: 'drop', label: 'Drop', noun: 'drops' },
    ]);
  });

  it('shows only the forecast actions of the run when it has some', () => {
    expect(forecastSeries(['activate', 'drop', 'renew']).map((s) => s.action)).toEqual(['renew', 'drop']);
  });
});
