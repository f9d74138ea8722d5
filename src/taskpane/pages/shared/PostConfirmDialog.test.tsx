import { within } from '@testing-library/react';
import type { PostSummary } from '../../session/runsSession';
import { findDialog } from '../../testing/dialogQueries';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { PostConfirmDialog } from './PostConfirmDialog';

async function rowsOf(summary: PostSummary): Promise<(string | null)[]> {
  renderWithTheme(<PostConfirmDialog confirmation={{ kind: 'post', summary }} onConfirm={jest.fn()} onCancel={jest.fn()} />);
  const dialog = await findDialog('Post this run?');
  return within(dialog)
    .getAllByRole('row', { hidden: true })
    .map((row) => row.textContent);
}

describe('PostConfirmDialog', () => {
  it('states each count and amount with its currency when the post is in one currency', async () => {
    const rows = await rowsOf({
      runId: 'SPRING',
      asOf: '2026-03-01',
      counts: { renew: { count: 12, amount: 1440, amounts: { USD: 1440 } }, notify: { count: 3, amount: 0, amounts: {} } },
    });
    expect(rows).toEqual(['ActionCountAmount', 'renew12$1,440.00', 'notify3$0.00', 'Total15$1,440.00']);
  });

  it('states each currency on its own, and totals per currency, never a sum of two when the post has USD and EUR', async () => {
    const rows = await rowsOf({
      runId: 'SPRING',
      asOf: '2026-03-01',
      counts: {
        renew: { count: 13, amount: null, amounts: { USD: 1440, EUR: 300 } },
        notify: { count: 2, amount: null, amounts: { EUR: 50 } },
        drop: { count: 1, amount: null, amounts: {} },
      },
    });
    expect(rows).toEqual(['ActionCountAmount', 'renew13$1,440.00€300.00', 'notify2€50.00', 'drop10.00', 'Total16$1,440.00€350.00']);
    expect(rows.join(' ')).not.toMatch(/1,740|1,790/);
  });
});
