import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeItem, statisticsOf } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { StatisticsTable } from './StatisticsTable';

const rowTexts = () =>
  within(screen.getByRole('table', { name: 'Count and amount per action and status' }))
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('StatisticsTable', () => {
  it('shows the sum with its currency in one Amount column when the plan has one currency', () => {
    const items = Array.from({ length: 12 }, (_, i) => makeItem({ key: `renew:M${i}`, amount: 120, currency: 'USD' }));
    renderWithTheme(<StatisticsTable statistics={statisticsOf(items, ['renew', 'drop'])} />);
    const rows = rowTexts();
    expect(rows[0]).toBe('ActionStatusCountAmount');
    expect(rows).toContain('renewready12$1,440.00');
    expect(rows).not.toContain('droperror0$0.00');
    expect(screen.queryByText(/per currency/)).not.toBeInTheDocument();
  });

  it('shows each currency on its own and never a summed total when the plan has USD and EUR', () => {
    const items = [
      ...Array.from({ length: 12 }, (_, i) => makeItem({ key: `renew:M${i}`, amount: 120, currency: 'USD' })),
      makeItem({ key: 'renew:E1', amount: 300, currency: 'EUR' }),
      makeItem({ key: 'drop:E2', action: 'drop', amount: 50, currency: 'EUR' }),
    ];
    renderWithTheme(<StatisticsTable statistics={statisticsOf(items, ['renew', 'drop'])} />);
    const rows = rowTexts();
    expect(rows).toContain('renewready13$1,440.00€300.00');
    expect(rows).toContain('dropready1€50.00');
    expect(rows).not.toContain('droperror00.00');
    expect(screen.getByText('$1,440.00')).toBeInTheDocument();
    expect(screen.getByText('€300.00')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/1,740|1,790/);
    expect(screen.getByText('Amounts are per currency (USD, EUR) and never added together.')).toBeInTheDocument();
  });

  it('hides all-zero rows until Show empty rows is turned on', async () => {
    const user = userEvent.setup();
    renderWithTheme(
      <StatisticsTable statistics={statisticsOf([makeItem(), makeItem({ key: 'renew:M2', status: 'error', amount: null })], ['renew', 'drop'])} />,
    );
    expect(rowTexts()).toEqual(['ActionStatusCountAmount', 'renewready1$120.00', 'renewerror1$0.00']);
    const toggle = screen.getByRole('switch', { name: 'Show empty rows (8)' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    const all = rowTexts();
    expect(all).toHaveLength(11);
    expect(all).toContain('droperror0$0.00');
    await user.click(toggle);
    expect(rowTexts()).toHaveLength(3);
  });
});
