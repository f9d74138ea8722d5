import { dialogButton } from '../../testing/dialogQueries';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import type { ItemMessage, ItemView } from '../../session/runsSession';
import { makeItem, messageOf, never } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { ActionsList } from '../ActionsList/ActionsList';

const LONG_WORD = 'x'.repeat(200);

function setup(items: ItemView[], load: (key: string) => Promise<ItemMessage | null>) {
  const onSelectItem = jest.fn();
  const loadMessage = jest.fn(load);
  renderWithTheme(<ActionsList items={items} onIncludeChange={jest.fn()} onSelectItem={onSelectItem} loadMessage={loadMessage} />);
  return { user: userEvent.setup(), onSelectItem, loadMessage };
}

describe('MessageDialog in the Actions list', () => {
  it("opens an item's message: who it goes to, its subject and its body with line breaks", async () => {
    const item = makeItem();
    const { user, onSelectItem, loadMessage } = setup([item], async () => ({ ...messageOf(item), body: `Dear Ada,\n\nLine two ${LONG_WORD}` }));
    await user.click(screen.getByRole('button', { name: 'Message of renew:M1' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(loadMessage).toHaveBeenCalledWith('renew:M1');
    // The button opens the message; it does not also select the sheet row.
    expect(onSelectItem).not.toHaveBeenCalled();
    expect(await within(dialog).findByText('Your renewal invoice, Ada Lovelace')).toBeInTheDocument();
    expect(within(dialog).getByText(/To ada@example\.org · invoice · invoice PDF attached/)).toBeInTheDocument();
    const body = within(dialog).getByText(/Dear Ada,/);
    expect(body.textContent).toBe(`Dear Ada,\n\nLine two ${LONG_WORD}`);
    // Line breaks kept and long words wrapped: no horizontal scrolling in a 350 px pane.
    expect(getComputedStyle(body).whiteSpace).toBe('pre-wrap');
    expect(getComputedStyle(body).overflowWrap).toBe('anywhere');
    await user.click(dialogButton(dialog, 'Close'));
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
  });

  it('says when the item sends no message, and marks a letter', async () => {
    const { user } = setup([makeItem(), makeItem({ key: 'renew:M2', email: null })], async (key) =>
      key === 'renew:M1' ? null : { ...messageOf(makeItem({ email: null })), key },
    );
    await user.click(screen.getByRole('button', { name: 'Message of renew:M1' }));
    expect(await within(await screen.findByRole('dialog', { hidden: true })).findByText('This item sends no message.')).toBeInTheDocument();
    await user.click(dialogButton(await screen.findByRole('dialog', { hidden: true }), 'Close'));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Message of renew:M2' }));
    expect(await within(await screen.findByRole('dialog', { hidden: true })).findByText(/Printed letter \(no email address\)/)).toBeInTheDocument();
  });

  it('shows a spinner while the message renders, and a refusal in words', async () => {
    const { user, loadMessage } = setup([makeItem()], () => never());
    await user.click(screen.getByRole('button', { name: 'Message of renew:M1' }));
    expect(await within(await screen.findByRole('dialog', { hidden: true })).findByText('Rendering the message…')).toBeInTheDocument();
    await user.click(dialogButton(await screen.findByRole('dialog', { hidden: true }), 'Close'));
    loadMessage.mockRejectedValue(new Refusal('NOT_PREVIEWED', 'Preview the run first.'));
    await user.click(screen.getByRole('button', { name: 'Message of renew:M1' }));
    expect(await within(await screen.findByRole('dialog', { hidden: true })).findByText('Preview the run first.')).toBeInTheDocument();
  });

  it('offers no Message button without a loader', () => {
    renderWithTheme(<ActionsList items={[makeItem()]} onIncludeChange={jest.fn()} onSelectItem={jest.fn()} />);
    expect(screen.queryByRole('button', { name: /Message of/ })).not.toBeInTheDocument();
  });
});
