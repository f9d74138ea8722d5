import { forecastSeries } from './forecastSeries';

describe('forecastSeries', () => {
  it('lists renew, notify, lapse, drop and billed activations with their words when no actions are given', () => {
    expect(forecastSeries()).toEqual([
      { action: 'renew', label: 'Renew', noun: 'renewals' },
      { action: 'notify', label: 'Notify', noun: 'notices' },
      { action: 'lapse', label: 'Lapse', noun: 'lapses' },
      { action: 'drop', label: 'Drop', noun: 'drops' },
      { action: 'activate', label: 'Billed activations', noun: 'billed activations' },
    ]);
  });

  it('shows only the forecast actions of the run when it has some', () => {
    expect(forecastSeries(['collect', 'drop', 'renew']).map((s) => s.action)).toEqual(['renew', 'drop']);
  });

  it('puts billed activations last when the run activates, so the other series keep their places', () => {
    expect(forecastSeries(['activate', 'drop', 'renew']).map((s) => s.action)).toEqual(['renew', 'drop', 'activate']);
  });
});
