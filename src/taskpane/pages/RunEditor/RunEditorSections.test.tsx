import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeSession, makeRun } from '../../testing/fakeRunsSession';
import { dialogButton, findDialog, queryDialog } from '../../testing/dialogQueries';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunEditor } from './RunEditor';
import { CHECK_DELAY_MS } from './useRunEditor';

// As in RunEditor.test.tsx: Jest's clock, advanced by user-event and by findBy/waitFor.
beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  act(() => jest.runOnlyPendingTimers());
  jest.useRealTimers();
});

const pause = () => act(() => jest.advanceTimersByTimeAsync(CHECK_DELAY_MS));

async function setup(runId: string | null = null) {
  const session = createFakeSession({ runs: [makeRun({ id: 'SPRING', name: 'Spring renewals' })] });
  const onSaved = jest.fn();
  const onClose = jest.fn();
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  renderWithTheme(<RunEditor session={session} runId={runId} onSaved={onSaved} onClose={onClose} />);
  await screen.findByRole('textbox', { name: 'Name' });
  return { session, onSaved, onClose, user };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
/** A section's heading button, whose name holds its title and its count. */
const heading = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title.replace(/[&]/g, '\\$&')}`) });
const saveBar = () => screen.getByRole('region', { name: 'Save the run' });
const cancel = () => screen.getByRole('button', { name: 'Cancel' });

describe('RunEditor in sections', () => {
  it('shows the form in headed sections, every one open', async () => {
    await setup();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Run', 'Schedule', 'Who', 'Renewals', 'Notices & drop', 'AutoPay & payments', 'New members']);
    for (const h of screen.getAllByRole('heading', { level: 2 })) expect(h.querySelector('button')).toHaveAttribute('aria-expanded', 'true');
    // A field of the last section is on screen, not folded away.
    expect(screen.getByRole('switch', { name: 'Bill Activations' })).toBeInTheDocument();
  });

  it('shows a Drop After Days warning as that field’s message, counted on its section and in the Save bar', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Quick');
    await user.type(textbox('Lead Days'), '30');
    await user.type(textbox('Drop After Days'), '60');
    await waitFor(() => expect(saveBar()).toHaveTextContent('No setup problems.'));
    expect(heading('Notices & drop')).toHaveAccessibleName('Notices & drop');

    await user.clear(textbox('Drop After Days'));
    await user.type(textbox('Drop After Days'), '10');
    await waitFor(() => expect(textbox('Drop After Days')).toHaveAccessibleDescription(/Drop After Days is 10: members would be dropped less than 30 days/));
    // 10 days is also before a second notice (30 days): both beside the field, both counted.
    expect(heading('Notices & drop')).toHaveTextContent('2 warnings');
    expect(heading('Renewals')).toHaveAccessibleName('Renewals');
    expect(saveBar()).toHaveTextContent('2 warnings');
    // Beside its field, not listed elsewhere too.
    expect(screen.getAllByText(/Drop After Days is 10: members would be dropped/)).toHaveLength(1);
  });

  it('shows Bill Activations without activate beside Bill Activations, and clears it once the run activates', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Joiners');
    await user.type(textbox('Lead Days'), '30');
    await user.type(textbox('Drop After Days'), '60');
    await waitFor(() => expect(saveBar()).toHaveTextContent('No setup problems.'));
    await user.click(screen.getByRole('switch', { name: 'Bill Activations' }));
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Bill Activations' })).toHaveAccessibleDescription(/Bill Activations is Yes but the run does not activate/),
    );
    expect(heading('New members')).toHaveTextContent('1 warning');
    expect(saveBar()).toHaveTextContent('1 warning');
    await user.click(screen.getByRole('checkbox', { name: 'activate' }));
    await waitFor(() => expect(saveBar()).toHaveTextContent('No setup problems.'));
    expect(heading('New members')).toHaveAccessibleName('New members');
  });

  it('puts a warning of no one field (no renewal window) at the top of its section', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Window');
    await user.type(textbox('Drop After Days'), '60');
    await waitFor(() => expect(heading('Renewals')).toHaveTextContent('1 warning'));
    const renewals = heading('Renewals').closest('.fui-AccordionItem') as HTMLElement;
    const bar = within(renewals)
      .getByText(/sets none of Lead Days, Expiring By or Expiry Window Days: it will renew nobody/)
      .closest('.fui-MessageBar');
    expect(bar).not.toBeNull();
    // It comes first in the section, before the section's fields.
    expect(bar!.compareDocumentPosition(screen.getByRole('combobox', { name: 'Mode' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(saveBar()).toHaveTextContent('1 warning');
    await user.type(textbox('Lead Days'), '30');
    await waitFor(() => expect(heading('Renewals')).toHaveAccessibleName('Renewals'));
  });

  it('shows a field problem beside its field and counts it as a problem', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Gold');
    await user.type(textbox('Lead Days'), '-1');
    await waitFor(() => expect(textbox('Lead Days')).toHaveAccessibleDescription("Lead Days '-1' is not a whole number of days (0 or more)."));
    expect(textbox('Lead Days')).toHaveAttribute('aria-invalid', 'true');
    expect(heading('Renewals')).toHaveTextContent('1 problem');
    expect(saveBar()).toHaveTextContent(/^Save.*1 problem/);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('asks before Cancel discards edits, Keep editing first, and keeps the edits (focus back on Cancel) when told to', async () => {
    const { onClose, user } = await setup('SPRING');
    await waitFor(() => expect(textbox('Name')).toHaveValue('Spring renewals'));
    await user.type(textbox('Name'), ' 2027');
    await user.click(cancel());
    const dialog = await findDialog('Discard your changes to this run?');
    // Fluent focuses a dialog's first focusable element: the safe answer comes first. (jsdom has no
    // layout, so Tabster finds nothing focusable there; editor350.e2e.test.ts checks the focus itself.)
    const buttons = within(dialog).getAllByRole('button', { hidden: true });
    expect(buttons.map((b) => b.textContent)).toEqual(['Keep editing', 'Discard changes']);
    expect(onClose).not.toHaveBeenCalled();

    await user.click(dialogButton(dialog, 'Keep editing'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    await waitFor(() => expect(cancel()).toHaveFocus());
    expect(onClose).not.toHaveBeenCalled();
    expect(textbox('Name')).toHaveValue('Spring renewals 2027');

    await user.click(cancel());
    await user.click(dialogButton(await findDialog('Discard your changes to this run?'), 'Discard changes'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once on Cancel when nothing changed, and when an edit was undone', async () => {
    const { onClose, user } = await setup();
    await pause();
    await user.click(cancel());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(queryDialog()).not.toBeInTheDocument();

    await user.type(textbox('Name'), 'X');
    await user.clear(textbox('Name'));
    await user.click(cancel());
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(queryDialog()).not.toBeInTheDocument();
  });
});
