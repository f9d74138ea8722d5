import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import { createFakeSession, makeItem, makePreview, makeRun } from '../../testing/fakeRunsSession';
import { dialogButton, findDialog, queryDialog } from '../../testing/dialogQueries';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunPage } from './RunPage';

const items = [
  makeItem({ key: 'renew:M1', amount: 120 }),
  makeItem({ key: 'renew:M2', memberId: 'M2', name: 'Grace Hopper', amount: 80.5 }),
  makeItem({ key: 'notify:M3', action: 'notify', memberId: 'M3', name: 'Alan Turing', amount: null }),
  makeItem({ key: 'drop:M4', action: 'drop', status: 'error', reason: 'No end date', excludable: false, amount: null }),
];

type Preview = ReturnType<typeof makePreview>;

function setup(options: { preview?: Preview | null; status?: 'Draft' | 'Previewed' | 'Executed' } = {}) {
  const preview = options.preview === undefined ? makePreview(items) : options.preview;
  const session = createFakeSession({
    runs: [makeRun({ status: options.status ?? (preview ? 'Previewed' : 'Draft') })],
    previews: { SPRING: preview },
    exports: { SPRING: [{ fileName: 'SPRING Invoices.csv', content: 'a,b' }] },
  });
  const user = userEvent.setup();
  renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={jest.fn()} />);
  return { session, user };
}

const toolbar = () => screen.getByRole('toolbar', { name: 'Run actions' });
const inactive = (element: HTMLElement) => element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';

async function menuItems(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(toolbar()).getByRole('button', { name: 'More actions' }));
  return within(await screen.findByRole('menu')).getAllByRole('menuitem');
}

const namesOf = (elements: HTMLElement[]) => elements.map((e) => e.textContent);

describe('RunPage command bar', () => {
  it('offers Preview as the one primary button, Refresh as an icon, and the rest under More actions before a preview', async () => {
    const { user } = setup({ preview: null });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    const buttons = within(toolbar()).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Preview', 'Refresh', 'More actions']);
    expect(inactive(buttons[0])).toBe(false);
    expect(inactive(within(toolbar()).getByRole('button', { name: 'Refresh' }))).toBe(true);
    const menu = await menuItems(user);
    // Never posted: no Export, no Revert; nothing to discard.
    expect(namesOf(menu)).toEqual(['Edit', 'Clone']);
  });

  it('makes Post the primary button once previewed, with Discard preview in the menu and no Export for a run never posted', async () => {
    const { user } = setup();
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(namesOf(within(toolbar()).getAllByRole('button'))[0]).toBe('Post');
    expect(inactive(within(toolbar()).getByRole('button', { name: 'Refresh' }))).toBe(false);
    expect(namesOf(await menuItems(user))).toEqual(['New preview', 'Edit', 'Clone', 'Discard preview']);
    expect(screen.queryByRole('menuitem', { name: /Cancel/ })).not.toBeInTheDocument();
  });

  it('offers Export and Revert in the menu once posted, and Preview is primary again', async () => {
    const { user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed' });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(namesOf(within(toolbar()).getAllByRole('button'))[0]).toBe('Preview');
    const menu = await menuItems(user);
    expect(namesOf(menu)).toEqual(['Edit', 'Clone', 'Download CSV', 'Revert']);
    expect(within(screen.getByRole('menu')).getByText('Export')).toBeInTheDocument();
  });

  it('makes Preview again the primary button once post finds the preview stale, and Post again after it', async () => {
    const { session, user } = setup();
    session.post.mockRejectedValueOnce(new Refusal('POST_REFUSED', 'The inputs changed since the preview: refresh first.'));
    await user.click(await screen.findByRole('button', { name: 'Post' }));
    await user.click(dialogButton(await findDialog('Post this run?'), 'Post'));
    expect(await screen.findByText('The inputs changed since the preview: refresh first.')).toBeInTheDocument();
    const again = await within(toolbar()).findByRole('button', { name: 'Preview again' });
    await waitFor(() => expect(inactive(again)).toBe(false));
    await user.click(again);
    await waitFor(() => expect(session.preview).toHaveBeenCalledWith('SPRING', '2026-03-01'));
    expect(await within(toolbar()).findByRole('button', { name: 'Post' })).toBeInTheDocument();
  });

  it('discards at once when nothing was excluded', async () => {
    const { session, user } = setup({ preview: makePreview(items.slice(0, 3)) });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    await user.click((await menuItems(user)).find((i) => i.textContent === 'Discard preview')!);
    await waitFor(() => expect(session.cancel).toHaveBeenCalledWith('SPRING'));
    expect(queryDialog()).not.toBeInTheDocument();
  });

  it('asks first, saying how many exclusions would be lost, when Discard preview would lose them', async () => {
    const excluded = [
      ...items,
      makeItem({ key: 'renew:M5', memberId: 'M5', status: 'excluded' }),
      makeItem({ key: 'renew:M6', memberId: 'M6', status: 'excluded' }),
    ];
    const { session, user } = setup({ preview: makePreview(excluded) });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    await user.click((await menuItems(user)).find((i) => i.textContent === 'Discard preview')!);
    const dialog = await findDialog('Discard the preview?');
    expect(dialog).toHaveTextContent('The 2 items you excluded would be lost');
    expect(session.cancel).not.toHaveBeenCalled();
    // The safe button has focus, and the destructive one is not styled primary.
    await waitFor(() => expect(dialogButton(dialog, 'Keep the preview')).toHaveFocus());
    await user.click(dialogButton(dialog, 'Keep the preview'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    expect(session.cancel).not.toHaveBeenCalled();
    // Focus returns to the button that opened the dialog's menu.
    await waitFor(() => expect(within(toolbar()).getByRole('button', { name: 'More actions' })).toHaveFocus());
    await user.click((await menuItems(user)).find((i) => i.textContent === 'Discard preview')!);
    await user.click(dialogButton(await findDialog('Discard the preview?'), 'Discard preview'));
    await waitFor(() => expect(session.cancel).toHaveBeenCalledWith('SPRING'));
  });

  it('does not style Revert as the primary action in its confirmation', async () => {
    const { user } = setup({ preview: makePreview(items, { posted: true }), status: 'Executed' });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    await user.click((await menuItems(user)).find((i) => i.textContent === 'Revert')!);
    const dialog = await findDialog('Revert this post?');
    expect(dialogButton(dialog, 'Revert').className).not.toMatch(/primary/i);
    expect(dialogButton(dialog, 'Cancel')).toBeInTheDocument();
  });

  it('puts focus on the selected tab after Preview, not on <body>', async () => {
    const { user } = setup({ preview: null });
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    await screen.findByText(/Previewed as of/);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus());
  });

  it('opens the Post confirmation on Cancel and returns focus to Post when it closes', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Post' }));
    const dialog = await findDialog('Post this run?');
    await waitFor(() => expect(dialogButton(dialog, 'Cancel')).toHaveFocus());
    await user.click(dialogButton(dialog, 'Cancel'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    await waitFor(() => expect(within(toolbar()).getByRole('button', { name: 'Post' })).toHaveFocus());
    expect(document.activeElement).not.toBe(document.body);
  });

  it('keeps focus on the row after its Include switch is toggled', async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Actions' }));
    await user.click(screen.getByRole('switch', { name: 'Include renew:M2' }));
    await waitFor(() => expect(session.setIncluded).toHaveBeenCalledWith('SPRING', 'renew:M2', false));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Include renew:M2' })).not.toBeChecked());
    const row = screen.getByRole('switch', { name: 'Include renew:M2' }).closest('[role="row"]');
    expect(row).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('lists each setup warning once after Preview', async () => {
    const warning = { code: 'W1', message: 'Lead Days is blank: 30 assumed.' };
    const session = createFakeSession({ runs: [makeRun({ warnings: [warning] })], previews: { SPRING: makePreview(items, { warnings: [warning] }) } });
    renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={jest.fn()} />);
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(screen.getAllByText('Lead Days is blank: 30 assumed.')).toHaveLength(1);
    act(() => undefined);
  });
});
