import { screen, waitFor, within } from '@testing-library/react';

/**
 * Finds the open confirmation dialog (named by its title when `name` is given), whether or not
 * Tabster has marked it `aria-hidden`. Fluent's modal dialogs register with Tabster's
 * modalizer, which hides every modalizer that is not the active one on a 250 ms timer; in jsdom
 * on loaded cores that timer can run before the dialog is activated, and Testing Library then
 * neither finds it by role nor computes its name (it names hidden elements ''). The dialog is
 * open and works; the browser tests (test/e2e) click the same dialogs as a user does.
 *
 * @example
 * const dialog = await findDialog('Post this run?');
 */
export function findDialog(name?: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialogs = screen.getAllByRole('alertdialog', { hidden: true });
    const match = name === undefined ? dialogs[0] : dialogs.find((d) => titleOf(d) === name);
    if (!match) throw new Error(`No dialog titled '${name}'; open: ${dialogs.map(titleOf).join(', ')}`);
    return match;
  });
}

/** The dialog's button with this text (its accessible name when it is not hidden). */
export function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  const button = within(dialog)
    .getAllByRole('button', { hidden: true })
    .find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`The dialog has no button '${name}'`);
  return button;
}

/** Whether any confirmation dialog is open, hidden or not. */
export function queryDialog(): HTMLElement | null {
  return screen.queryByRole('alertdialog', { hidden: true });
}

function titleOf(dialog: HTMLElement): string {
  const id = dialog.getAttribute('aria-labelledby');
  return (id === null ? '' : (dialog.ownerDocument.getElementById(id)?.textContent ?? '')).trim();
}
