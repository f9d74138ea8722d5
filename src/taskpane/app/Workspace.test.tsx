import { dialogButton, findDialog } from '../testing/dialogQueries';
import { chooseRunAction } from '../testing/runActions';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RunDraft, RunSummary } from '../session/runsSession';
import { createFakeSession, makeRun } from '../testing/fakeRunsSession';
import { renderWithTheme } from '../testing/renderWithTheme';
import { Workspace } from './Workspace';

/**
 * A workbook with two runs whose saves and clones change its Runs list the way the workbook
 * would: a saved run takes the ID the save returns and its new name, a clone is a new run.
 */
function setup() {
  const runs: RunSummary[] = [makeRun({ id: 'SPRING', name: 'Spring renewals' }), makeRun({ id: 'WEEKLY', name: 'Weekly notices' })];
  const session = createFakeSession({ runs });
  const save = session.saveRun.getMockImplementation();
  const clone = session.clone.getMockImplementation();
  if (!save || !clone) throw new Error('the fake session has no saveRun or clone');
  session.saveRun.mockImplementation(async (draft: RunDraft, editingRunId: string | null) => {
    const id = await save(draft, editingRunId);
    const at = runs.findIndex((r) => r.id === editingRunId);
    if (at >= 0) runs[at] = { ...runs[at], id, name: draft.name };
    else runs.push(makeRun({ id, name: draft.name }));
    return id;
  });
  session.clone.mockImplementation(async (runId: string, name: string) => {
    const id = await clone(runId, name);
    runs.push(makeRun({ id, name }));
    return id;
  });
  const user = userEvent.setup();
  renderWithTheme(<Workspace session={session} onDownload={jest.fn()} />);
  return { session, runs, user };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const GONE = 'This run is no longer in the Runs sheet.';

/** Opens the Spring run's page from the Runs list, then its editor. */
async function editSpring(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Spring renewals' }));
  await screen.findByRole('heading', { name: 'Spring renewals' });
  await chooseRunAction(user, 'Edit');
  await waitFor(() => expect(textbox('Run ID')).toHaveValue('SPRING'));
}

async function saveAs(user: ReturnType<typeof userEvent.setup>, id: string) {
  expect(await screen.findByText(`Saved as run ${id}`)).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('Workspace', () => {
  it('shows the run under its new ID when an edit changes the Run ID', async () => {
    const { session, user } = setup();
    await editSpring(user);
    await user.clear(textbox('Run ID'));
    await user.type(textbox('Run ID'), 'SPRING-2026');
    await saveAs(user, 'SPRING-2026');
    expect(await screen.findByText('The run is saved as SPRING-2026.')).toBeInTheDocument();
    expect(await screen.findByText(/^ID SPRING-2026 ·/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Spring renewals' })).toBeInTheDocument();
    expect(screen.queryByText(GONE)).not.toBeInTheDocument();
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ id: 'SPRING-2026' }), 'SPRING');
    // The page's buttons now act on the run under its new ID.
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() => expect(session.preview).toHaveBeenCalledWith('SPRING-2026'));
  });

  it('shows the run under its derived ID when an edit changes the name and leaves the Run ID blank', async () => {
    const { session, user } = setup();
    await editSpring(user);
    await user.clear(textbox('Run ID'));
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'Summer renewals');
    await saveAs(user, 'SUMMER-RENEWALS');
    expect(await screen.findByRole('heading', { name: 'Summer renewals' })).toBeInTheDocument();
    expect(screen.getByText(/^ID SUMMER-RENEWALS ·/)).toBeInTheDocument();
    expect(screen.getByText('The run is saved as SUMMER-RENEWALS.')).toBeInTheDocument();
    expect(screen.queryByText(GONE)).not.toBeInTheDocument();
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ id: '', name: 'Summer renewals' }), 'SPRING');
  });

  it('keeps showing the run when an edit keeps its ID', async () => {
    const { user } = setup();
    await editSpring(user);
    await user.clear(textbox('Name'));
    await user.type(textbox('Name'), 'Spring members');
    await saveAs(user, 'SPRING');
    expect(await screen.findByText('The run is saved.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Spring members' })).toBeInTheDocument();
    expect(screen.getByText(/^ID SPRING ·/)).toBeInTheDocument();
  });

  it('shows the runs under their new IDs when going back to the list after an edit changed one', async () => {
    const { user } = setup();
    await editSpring(user);
    await user.clear(textbox('Run ID'));
    await user.type(textbox('Run ID'), 'SPRING-2026');
    await saveAs(user, 'SPRING-2026');
    await screen.findByText(/^ID SPRING-2026 ·/);
    await user.click(screen.getByRole('button', { name: '← All runs' }));
    await user.click(await screen.findByRole('button', { name: 'Spring renewals' }));
    expect(await screen.findByText(/^ID SPRING-2026 ·/)).toBeInTheDocument();
    expect(screen.queryByText(GONE)).not.toBeInTheDocument();
  });

  it("opens the clone's page when a run is cloned", async () => {
    const { session, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Spring renewals' }));
    await chooseRunAction(user, 'Clone');
    const dialog = await findDialog('Clone this run');
    const name = within(dialog).getByLabelText(/Name of the new run/);
    await user.clear(name);
    await user.type(name, 'Autumn renewals');
    await user.click(dialogButton(dialog, 'Clone'));
    expect(await screen.findByRole('heading', { name: 'Autumn renewals' })).toBeInTheDocument();
    expect(session.clone).toHaveBeenCalledWith('SPRING', 'Autumn renewals');
  });

  it('lists the runs again, new run included, when a new run is saved from the Runs page', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'New run' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Gold monthly');
    await user.type(textbox('Drop After Days'), '60');
    await saveAs(user, 'GOLD-MONTHLY');
    expect(await screen.findByRole('button', { name: 'Gold monthly' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Runs' })).toBeInTheDocument();
  });
});
