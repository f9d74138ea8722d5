import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

type User = ReturnType<typeof userEvent.setup>;

/**
 * Chooses one of the run page's actions under "More actions" (Edit, Clone, Revert, Discard
 * preview, Export's choices…), as a user does: opens the command bar's menu and clicks the item.
 *
 * @example
 * await chooseRunAction(user, 'Clone');
 */
export async function chooseRunAction(user: User, name: string): Promise<void> {
  const toolbar = await screen.findByRole('toolbar', { name: 'Run actions' });
  await user.click(within(toolbar).getByRole('button', { name: 'More actions' }));
  await user.click(await screen.findByRole('menuitem', { name }));
}

/**
 * The menu items under "More actions", opened for the test; `disabled` tells which are.
 *
 * @example
 * expect((await runActionItems(user)).map((i) => i.name)).toEqual(['Edit', 'Clone']);
 */
export async function runActionItems(user: User): Promise<{ name: string; disabled: boolean }[]> {
  const toolbar = await screen.findByRole('toolbar', { name: 'Run actions' });
  await user.click(within(toolbar).getByRole('button', { name: 'More actions' }));
  return within(await screen.findByRole('menu'))
    .getAllByRole('menuitem')
    .map((item) => ({ name: item.textContent ?? '', disabled: item.getAttribute('aria-disabled') === 'true' }));
}
