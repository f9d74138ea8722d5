import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import { createFakeSession, makeDraft, makeRun } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunEditor } from './RunEditor';
import { CHECK_DELAY_MS } from './useRunEditor';

// The draft check waits for typing to pause (CHECK_DELAY_MS). The clock is Jest's: user-event
// advances it between keys, `pause()` lets the debounce elapse, and findBy/waitFor advance it while
// they poll, so no test sleeps or depends on how fast the machine is.
beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  act(() => jest.runOnlyPendingTimers());
  jest.useRealTimers();
});

/** Typing pauses: the debounced check runs and its answer is rendered. */
const pause = () => act(() => jest.advanceTimersByTimeAsync(CHECK_DELAY_MS));

async function setup(runId: string | null = null) {
  const session = createFakeSession({
    runs: [makeRun({ id: 'SPRING', name: 'Spring renewals' }), makeRun({ id: 'DD', name: 'Direct debit', actions: ['collect'], paymentFile: 'nacha' })],
  });
  const onSaved = jest.fn();
  const onClose = jest.fn();
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  renderWithTheme(<RunEditor session={session} runId={runId} onSaved={onSaved} onClose={onClose} />);
  await screen.findByRole('textbox', { name: 'Name' });
  return { session, onSaved, onClose, user };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const save = () => screen.getByRole('button', { name: 'Save' });
const paymentFile = () => screen.getByRole('combobox', { name: 'Payment File' });
const proration = () => screen.getByRole('combobox', { name: 'Proration' });
const billActivations = () => screen.getByRole('switch', { name: 'Bill Activations' });
const activate = () => screen.getByRole('checkbox', { name: 'activate' });

describe('RunEditor', () => {
  it('shows the Run ID derived from the name as it is typed, unique against the other runs', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Gold monthly');
    expect(await screen.findByText('Saved as run GOLD-MONTHLY')).toBeInTheDocument();
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'Spring');
    expect(await screen.findByText('Saved as run SPRING-2')).toBeInTheDocument();
  });

  it('checks the draft once typing pauses, not on every key', async () => {
    const { session, user } = await setup();
    await screen.findByText(/Saved as run/);
    session.checkDraft.mockClear();
    await user.type(textbox('Name'), 'Gold');
    expect(session.checkDraft).not.toHaveBeenCalled();
    await pause();
    await screen.findByText('Saved as run GOLD');
    expect(session.checkDraft.mock.calls.length).toBeLessThan(4);
    expect(session.checkDraft).toHaveBeenCalledTimes(1);
  });

  it('warns as soon as Drop After Days is under 30', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Quick');
    await user.type(textbox('Lead Days'), '30');
    await user.type(textbox('Drop After Days'), '60');
    expect(await screen.findByText('No setup problems.')).toBeInTheDocument();
    await user.clear(textbox('Drop After Days'));
    await user.type(textbox('Drop After Days'), '10');
    expect(await screen.findByText(/Drop After Days is 10: members would be dropped less than 30 days/)).toBeInTheDocument();
    expect(save()).toBeEnabled();
  });

  it('disables Save while a field has a problem, and says what it is', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Gold');
    await waitFor(() => expect(save()).toBeEnabled());
    await user.type(textbox('Lead Days'), '-1');
    expect(await screen.findByText("Lead Days '-1' is not a whole number of days (0 or more).")).toBeInTheDocument();
    expect(save()).toBeDisabled();
  });

  it('saves the draft and reports the saved ID', async () => {
    const { session, onSaved, user } = await setup();
    await user.type(textbox('Name'), 'Gold monthly');
    await user.type(textbox('Drop After Days'), '60');
    await waitFor(() => expect(save()).toBeEnabled());
    await user.click(save());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('GOLD-MONTHLY'));
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ name: 'Gold monthly', dropAfterDays: '60', id: '' }), null);
  });

  it('shows the words of a refusal to save', async () => {
    const { session, onSaved, user } = await setup();
    session.saveRun.mockRejectedValue(new Refusal('INVALID_RUN', 'The Runs sheet is protected.'));
    await user.type(textbox('Name'), 'Gold');
    await waitFor(() => expect(save()).toBeEnabled());
    await user.click(save());
    expect(await screen.findByText('The Runs sheet is protected.')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('opens an existing run with its definition and closes on Cancel', async () => {
    const { session, onClose, user } = await setup('SPRING');
    await waitFor(() => expect(textbox('Name')).toHaveValue('Spring renewals'));
    expect(session.runDraft).toHaveBeenCalledWith('SPRING');
    expect(await screen.findByText('Saved as run SPRING')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('offers Payment File, None for a new run, with what it is for', async () => {
    await setup();
    expect(paymentFile()).toHaveTextContent('None');
    expect(screen.getByText('The bank file its collections are exported as.')).toBeInTheDocument();
  });

  it("shows an edited run's Payment File", async () => {
    await setup('DD');
    await waitFor(() => expect(textbox('Name')).toHaveValue('Direct debit'));
    expect(paymentFile()).toHaveTextContent('NACHA');
  });

  it('warns that SEPA needs the creditor Settings the book lacks, and that the run must collect', async () => {
    const { session, onSaved, user } = await setup();
    await user.type(textbox('Name'), 'Direct debit');
    expect(await screen.findByText('Saved as run DIRECT-DEBIT')).toBeInTheDocument();
    expect(screen.queryByText(/Settings are not ready|does not collect/)).not.toBeInTheDocument();
    await user.click(paymentFile());
    await user.click(screen.getByRole('option', { name: 'SEPA (pain.008)' }));
    expect(paymentFile()).toHaveTextContent('SEPA (pain.008)');
    expect(await screen.findByText(/The run writes a SEPA payment file but its Settings are not ready: .*Creditor Name/)).toBeInTheDocument();
    expect(screen.getByText(/The run has a SEPA Payment File but does not collect/)).toBeInTheDocument();
    // Warnings do not stop a save; the saved draft carries the choice.
    await user.click(save());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('DIRECT-DEBIT'));
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ paymentFile: 'sepa' }), null);
  });
  it('names every action checkbox by its action, each with its own ID, inside the Actions group', async () => {
    await setup();
    const group = screen.getByRole('group', { name: 'Actions' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('id'))).toHaveLength(new Set(boxes.map((b) => b.getAttribute('id'))).size);
    for (const action of ['activate', 'renew', 'notify', 'collect', 'drop']) expect(within(group).getByRole('checkbox', { name: action })).toBeInTheDocument();
  });

  it('offers Align To (MM-DD, blank), Proration (monthly) and Bill Activations (off) for a new run', async () => {
    await setup();
    expect(textbox('Align To')).toHaveValue('');
    expect(textbox('Align To')).toHaveAttribute('placeholder', 'MM-DD');
    expect(proration()).toHaveTextContent('monthly');
    expect(billActivations()).not.toBeChecked();
  });

  it('shows the problem and disables Save when Align To is not a real month and day', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Joiners');
    await waitFor(() => expect(save()).toBeEnabled());
    await user.type(textbox('Align To'), '02-30');
    expect(await screen.findByText("Align To '02-30' is not a month and day (MM-DD) such as 03-15.")).toBeInTheDocument();
    expect(save()).toBeDisabled();
    await user.clear(textbox('Align To'));
    await user.type(textbox('Align To'), '01-01');
    await waitFor(() => expect(screen.queryByText(/is not a month and day/)).not.toBeInTheDocument());
  });

  it('warns when Bill Activations or Align To is set on a run that does not activate, and not once it does', async () => {
    const { user } = await setup();
    await user.type(textbox('Name'), 'Joiners');
    expect(await screen.findByText('Saved as run JOINERS')).toBeInTheDocument();
    await user.click(billActivations());
    expect(billActivations()).toBeChecked();
    expect(await screen.findByText(/Bill Activations is Yes but the run does not activate/)).toBeInTheDocument();
    await user.type(textbox('Align To'), '01-01');
    expect(await screen.findByText(/Align To is 01-01 but the run does not activate/)).toBeInTheDocument();
    await user.click(activate());
    await waitFor(() => expect(screen.queryByText(/does not activate/)).not.toBeInTheDocument());
  });

  it('saves the chosen Align To, Proration and Bill Activations', async () => {
    const { session, onSaved, user } = await setup();
    await user.type(textbox('Name'), 'Joiners');
    await user.click(activate());
    await user.type(textbox('Align To'), '09-01');
    await user.click(proration());
    await user.click(screen.getByRole('option', { name: 'daily' }));
    expect(proration()).toHaveTextContent('daily');
    await user.click(billActivations());
    await waitFor(() => expect(save()).toBeEnabled());
    await user.click(save());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('JOINERS'));
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ alignTo: '09-01', proration: 'daily', billActivations: true }), null);
  });

  it("shows an edited run's Align To, Proration and Bill Activations", async () => {
    const session = createFakeSession({ runs: [makeRun({ id: 'JOIN', name: 'Joiners', actions: ['activate'] })] });
    session.runDraft.mockResolvedValue(
      makeDraft({ id: 'JOIN', name: 'Joiners', actions: ['activate'], alignTo: '01-01', proration: 'none', billActivations: true }),
    );
    renderWithTheme(<RunEditor session={session} runId="JOIN" onSaved={jest.fn()} onClose={jest.fn()} />);
    await waitFor(() => expect(textbox('Align To')).toHaveValue('01-01'));
    expect(proration()).toHaveTextContent('none');
    expect(billActivations()).toBeChecked();
  });
});
