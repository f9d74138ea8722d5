import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithTheme } from '../testing/renderWithTheme';
import ForecastChart from './ForecastChart';
import { PLOT } from './chartLayout';
import { testWeeks } from './chartTestWeeks';

/** 52 weeks from Saturday 21 Nov 2026: a few renewals and notices a week, one spike of renewals. */
const year = testWeeks('2026-11-21', 52, (i) => ({ renew: i === 10 ? 400 : 3 + (i % 5), notify: i % 3, drop: i === 20 ? 2 : 0 }));
const RUN = ['renew', 'lapse', 'notify', 'drop'] as const;

/** The bars' heights in the plot, by week. */
function barHeights(container: HTMLElement): number[] {
  return [...container.querySelectorAll('[data-testid="week-bar"]')].map((bar) =>
    [...bar.querySelectorAll('rect')].reduce((sum, r) => sum + Number(r.getAttribute('height')), 0),
  );
}

describe('ForecastChart', () => {
  it('says the twelve months’ totals above the chart, per series of the run', () => {
    renderWithTheme(<ForecastChart weeks={year} actions={[...RUN]} />);
    expect(screen.getByText('Next 12 months: 654 renewals · 51 notices · 0 lapses · 2 drops')).toBeInTheDocument();
  });

  it('ticks the months along the x axis of a projection that starts mid-month, with the scale beside the gridlines', () => {
    const { container } = renderWithTheme(<ForecastChart weeks={year} actions={[...RUN]} />);
    const months = [...container.querySelectorAll('[data-testid="month-tick"] text')].map((t) => t.textContent);
    expect(months).toEqual(['Dec', 'Jan', '2027', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
    const scale = [...container.querySelectorAll('[data-testid="y-tick"] text')].map((t) => t.textContent);
    expect(scale.length).toBeGreaterThanOrEqual(3);
    expect(scale[0]).toBe('0');
  });

  it('shows a drop-only run’s drops only: legend, totals and tooltips', () => {
    renderWithTheme(<ForecastChart weeks={year} actions={['drop']} />);
    expect(
      within(screen.getByRole('list', { name: 'Legend' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Drops']);
    expect(screen.getByText('Next 12 months: 2 drops')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Week of 10 Apr 2027: 2 drops' })).toBeInTheDocument();
  });

  it('keeps the other weeks readable beside one spike: the spike is clipped and its total written on it', () => {
    const { container } = renderWithTheme(<ForecastChart weeks={year} actions={[...RUN]} />);
    const heights = barHeights(container);
    const others = heights.filter((_, i) => i !== 10);
    expect(Math.max(...others)).toBeGreaterThanOrEqual(0.5 * PLOT.height);
    expect(heights[10]).toBeCloseTo(PLOT.height);
    expect(screen.getByTestId('clipped-value')).toHaveTextContent('401');
  });

  it('shows a week’s tooltip in words on keyboard focus and on hover', () => {
    renderWithTheme(<ForecastChart weeks={year} actions={['renew', 'notify']} />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const week = screen.getByRole('img', { name: 'Week of 5 Dec 2026: 5 renewals, 2 notices' });
    fireEvent.focus(week);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Week of 5 Dec 2026: 5 renewals, 2 notices');
    fireEvent.blur(week);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    fireEvent.pointerEnter(screen.getByRole('img', { name: /^Week of 28 Nov 2026/ }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Week of 28 Nov 2026: 4 renewals, 1 notice');
  });

  it('is one Tab stop; arrow keys, Home and End move focus between the weeks', () => {
    renderWithTheme(<ForecastChart weeks={year} actions={['renew']} />);
    const weeks = screen.getAllByRole('img', { name: /^Week of / });
    expect(weeks.filter((w) => w.getAttribute('tabindex') === '0')).toEqual([weeks[0]]);
    weeks[0].focus();
    fireEvent.keyDown(weeks[0], { key: 'ArrowRight' });
    expect(weeks[1]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Week of 28 Nov 2026: 4 renewals');
    fireEvent.keyDown(weeks[1], { key: 'End' });
    expect(weeks[51]).toHaveFocus();
    expect(weeks[51]).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(weeks[51], { key: 'ArrowRight' });
    expect(weeks[51]).toHaveFocus();
    fireEvent.keyDown(weeks[51], { key: 'Home' });
    expect(weeks[0]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Week of 21 Nov 2026: 3 renewals');
  });

  it('draws billed activations only when the run activates', () => {
    const weeks = testWeeks('2026-11-21', 2, (i) => ({ renew: 2, activate: i === 0 ? 3 : 0 }));
    const { rerender } = renderWithTheme(<ForecastChart weeks={weeks} actions={['activate', 'renew']} />);
    expect(screen.getByText('Next 2 weeks: 4 renewals · 3 billed activations')).toBeInTheDocument();
    expect(screen.getByText('Billed activations')).toBeInTheDocument();
    rerender(<ForecastChart weeks={weeks} actions={['renew']} />);
    expect(screen.queryByText('Billed activations')).not.toBeInTheDocument();
  });
});
