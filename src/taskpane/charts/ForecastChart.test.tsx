import { screen } from '@testing-library/react';
import type { ForecastWeekView } from '../session/runsSession';
import { renderWithTheme } from '../testing/renderWithTheme';
import ForecastChart from './ForecastChart';

const week = (weekStart: string, over: Partial<ForecastWeekView> = {}): ForecastWeekView => ({
  weekStart,
  renew: 0,
  notify: 0,
  lapse: 0,
  drop: 0,
  activate: 0,
  ...over,
});
const weeks = [week('2026-11-21', { renew: 2, activate: 3 }), week('2026-11-28', { lapse: 2, activate: 2 })];

describe('ForecastChart', () => {
  it('says in words how many billed activations the run will post when it activates', () => {
    renderWithTheme(<ForecastChart weeks={weeks} actions={['activate', 'renew', 'lapse']} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Next 2 weeks from 2026-11-21: 2 renewals, 2 lapses, 5 billed activations if nobody pays early.');
    expect(screen.getByText('Billed activations')).toBeInTheDocument();
    expect(screen.getByText('Week of 2026-11-21: 3 billed activations')).toBeInTheDocument();
  });

  it('draws no billed activations when the run does not activate', () => {
    renderWithTheme(<ForecastChart weeks={weeks} actions={['renew', 'lapse']} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Next 2 weeks from 2026-11-21: 2 renewals, 2 lapses if nobody pays early.');
    expect(screen.queryByText('Billed activations')).not.toBeInTheDocument();
  });

  it('draws one bar per week for each series, billed activations last', () => {
    const { container } = renderWithTheme(<ForecastChart weeks={weeks} actions={['activate', 'renew']} />);
    expect([...container.querySelectorAll('rect title')].map((t) => t.textContent)).toEqual([
      'Week of 2026-11-21: 2 renew',
      'Week of 2026-11-21: 3 billed activations',
      'Week of 2026-11-28: 0 renew',
      'Week of 2026-11-28: 2 billed activations',
    ]);
  });
});
