import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ItemView } from '../../session/runsSession';
import { makeItem } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { ActionsList } from './ActionsList';

function manyItems(count: number): ItemView[] {
  return Array.from({ length: count }, (_, i) =>
    makeItem({
      key: `${i % 2 ? 'notify' : 'renew'}:M${i}`,
      action: i % 2 ? 'notify' : 'renew',
      status: i % 10 === 0 ? 'error' : 'ready',
      reason: i % 10 === 0 ? `Member M${i} has no email address` : null,
      memberId: `M${i}`,
      name: `Member ${i}`,
      invoiceId: i === 7 ? 'INV-000042' : null,
      excludable: i % 10 !== 0,
    }),
  );
}

function setup(items: ItemView[]) {
  const onIncludeChange = jest.fn();
  const onSelectItem = jest.fn();
  const user = userEvent.setup();
  renderWithTheme(<ActionsList items={items} onIncludeChange={onIncludeChange} onSelectItem={onSelectItem} />);
  return { user, onIncludeChange, onSelectItem };
}

const grid = () => screen.getByRole('grid', { name: 'Items' });
const rows = () => within(grid()).getAllByRole('row');

async function choose(user: ReturnType<typeof userEvent.setup>, filter: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: filter }));
  await user.click(screen.getByRole('option', { name: option }));
}

describe('ActionsList', () => {
  it("shows each item's amount with its currency when the items are in USD and EUR", () => {
    setup([makeItem({ key: 'renew:M1', amount: 120 }), makeItem({ key: 'renew:M2', memberId: 'M2', amount: 300, currency: 'EUR' })]);
    const [usd, eur] = rows();
    expect(usd).toHaveTextContent('$120.00');
    expect(eur).toHaveTextContent('€300.00');
  });

  it('renders only the rows in view of 100,000 items and counts them all', () => {
    setup(manyItems(100_000));
    expect(screen.getByText('100,000 of 100,000 items')).toBeInTheDocument();
    const shown = rows();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(40);
    expect(grid()).toHaveAttribute('aria-rowcount', '100000');
    expect(shown[0]).toHaveAttribute('aria-rowindex', '1');
  });

  it('narrows the list and the count by action and by status', async () => {
    const { user } = setup(manyItems(1_000));
    await choose(user, 'Action', 'notify');
    expect(screen.getByText('500 of 1,000 items')).toBeInTheDocument();
    expect(rows().every((row) => row.textContent?.includes('· notify'))).toBe(true);
    await choose(user, 'Action', 'renew');
    await choose(user, 'Status', 'error');
    expect(screen.getByText('100 of 1,000 items')).toBeInTheDocument();
    expect(rows()[0]).toHaveTextContent('error');
    await choose(user, 'Status', 'skipped');
    expect(screen.getByText('0 of 1,000 items')).toBeInTheDocument();
    expect(screen.getByText('No items match these filters.')).toBeInTheDocument();
  });

  it('searches key, name, member ID and invoice ID', async () => {
    const { user } = setup(manyItems(1_000));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'inv-000042');
    expect(await screen.findByText('1 of 1,000 items')).toBeInTheDocument();
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Member 7');
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'member 99');
    expect(await screen.findByText('11 of 1,000 items')).toBeInTheDocument();
  });

  it("shows an item's reason in full in its row, not only in a tooltip", () => {
    const reason = 'No price for product Gold in Products: add a Price for Gold, then preview again';
    setup([makeItem({ key: 'renew:M0', status: 'error', reason, excludable: false }), makeItem({ key: 'renew:M1', memberId: 'M1', amount: 75.5 })]);
    expect(rows()[0]).toHaveTextContent(reason);
    expect(rows()[0]).toHaveAccessibleDescription(reason);
    expect(rows()[1]).toHaveTextContent('$75.50');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('is one Tab stop: the arrow keys, Home and End move focus between rows', async () => {
    // Twelve rows: all rendered in jsdom, which cannot scroll (the browser test scrolls).
    const { user } = setup(manyItems(12));
    const tabStops = rows().filter((row) => row.tabIndex === 0);
    expect(tabStops).toHaveLength(1);
    // The switches and message buttons inside rows are not Tab stops of their own.
    expect(
      within(grid())
        .getAllByRole('switch')
        .every((s) => s.tabIndex === -1),
    ).toBe(true);
    act(() => rows()[0].focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3');
    expect(rows().filter((row) => row.tabIndex === 0)).toEqual([document.activeElement]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '1');
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '12'));
  });

  it("toggles the focused row's Include with Space and keeps focus on the row", async () => {
    const { user, onIncludeChange, onSelectItem } = setup([makeItem({ key: 'renew:M1' }), makeItem({ key: 'renew:M2', memberId: 'M2', status: 'excluded' })]);
    act(() => rows()[0].focus());
    await user.keyboard(' ');
    expect(onIncludeChange).toHaveBeenLastCalledWith('renew:M1', false);
    expect(rows()[0]).toHaveFocus();
    await user.keyboard('{ArrowDown} ');
    expect(onIncludeChange).toHaveBeenLastCalledWith('renew:M2', true);
    expect(rows()[1]).toHaveFocus();
    expect(onSelectItem).not.toHaveBeenCalled();
  });

  it('turns Include off for an excludable item, and offers no switch otherwise', async () => {
    const { user, onIncludeChange, onSelectItem } = setup([makeItem({ key: 'renew:M1' }), makeItem({ key: 'renew:M2', status: 'error', excludable: false })]);
    await user.click(screen.getByRole('switch', { name: 'Include renew:M1' }));
    expect(onIncludeChange).toHaveBeenCalledWith('renew:M1', false);
    expect(onSelectItem).not.toHaveBeenCalled();
    expect(screen.queryByRole('switch', { name: 'Include renew:M2' })).not.toBeInTheDocument();
  });

  it('selects an item on click and on Enter', async () => {
    const { user, onSelectItem } = setup([makeItem({ key: 'renew:M1' }), makeItem({ key: 'renew:M2', name: 'Grace Hopper' })]);
    await user.click(screen.getByText(/Grace Hopper/));
    expect(onSelectItem).toHaveBeenLastCalledWith('renew:M2');
    act(() => rows()[0].focus());
    await user.keyboard('{Enter}');
    expect(onSelectItem).toHaveBeenLastCalledWith('renew:M1');
  });
});
