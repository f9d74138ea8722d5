import { waitFor, within } from '@testing-library/react';
import type { PostSummary } from '../../session/runsSession';
import { dialogButton, findDialog } from '../../testing/dialogQueries';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { PostConfirmDialog, type PostConfirmation } from './PostConfirmDialog';
import type { NotPosted } from './postSentences';

async function open(summary: PostSummary, notPosted?: NotPosted): Promise<{ dialog: HTMLElement; sentences: (string | null)[] }> {
  const confirmation: PostConfirmation = { kind: 'post', summary, notPosted };
  renderWithTheme(<PostConfirmDialog confirmation={confirmation} onConfirm={jest.fn()} onCancel={jest.fn()} />);
  const dialog = await findDialog('Post this run?');
  const sentences = within(dialog)
    .getAllByRole('listitem', { hidden: true })
    .map((li) => li.textContent);
  return { dialog, sentences };
}

describe('PostConfirmDialog', () => {
  it('says what each action does in a sentence, with the amount in its currency, and what will not be posted', async () => {
    const { dialog, sentences } = await open(
      {
        runId: 'SPRING',
        asOf: '2026-03-01',
        counts: {
          renew: { count: 182, amount: 15302.5, amounts: { USD: 15302.5 } },
          notify: { count: 231, amount: 18000, amounts: { USD: 18000 } },
          drop: { count: 35, amount: 1275, amounts: { USD: 1275 } },
        },
      },
      { errors: 1, excluded: 1 },
    );
    expect(sentences).toEqual(['Creates 182 invoices, $15,302.50.', 'Sends 231 notices.', 'Drops 35 memberships (open balance $1,275.00).']);
    expect(dialog).toHaveTextContent('1 item with an error and 1 excluded item will not be posted.');
    // No total adding invoices, noticed balances and dropped balances.
    expect(dialog.textContent).not.toMatch(/Total|34,577/);
  });

  it('states each currency on its own, never a sum of two, when the post has USD and EUR', async () => {
    const { dialog, sentences } = await open(
      {
        runId: 'SPRING',
        asOf: '2026-03-01',
        counts: {
          renew: { count: 13, amount: null, amounts: { USD: 1440, EUR: 300 } },
          collect: { count: 2, amount: null, amounts: { EUR: 50 } },
          drop: { count: 1, amount: null, amounts: { EUR: 0, USD: 645 } },
        },
      },
      { errors: 3, excluded: 0 },
    );
    expect(sentences).toEqual([
      'Creates 13 invoices, $1,440.00 and €300.00.',
      'Submits 2 AutoPay payments, €50.00.',
      'Drops 1 membership (open balance $645.00).',
    ]);
    expect(dialog).toHaveTextContent('3 items with errors will not be posted.');
    expect(dialog.textContent).not.toMatch(/1,740|1,790/);
  });

  it('says nothing is left out when every item posts', async () => {
    const { dialog } = await open(
      { runId: 'SPRING', asOf: '2026-03-01', counts: { notify: { count: 1, amount: 0, amounts: {} } } },
      { errors: 0, excluded: 0 },
    );
    expect(dialog.textContent).not.toMatch(/will not be posted/);
  });

  it('opens with focus on Cancel, not Post', async () => {
    const { dialog } = await open({ runId: 'SPRING', asOf: '2026-03-01', counts: { renew: { count: 1, amount: 120, amounts: { USD: 120 } } } });
    await waitFor(() => expect(dialogButton(dialog, 'Cancel')).toHaveFocus());
    expect(dialogButton(dialog, 'Post')).not.toHaveFocus();
  });
});
