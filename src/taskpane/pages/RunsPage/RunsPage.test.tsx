import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import { createFakeSession, makeRun, never } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunsPage } from './RunsPage';

describe('RunsPage', () => {
  it('shows a labelled spinner while the runs load', () => {
    const session = createFakeSession();
    session.listRuns.mockReturnValue(never());
    renderWithTheme(<RunsPage session={session} onOpenRun={jest.fn()} />);
    expect(screen.getByText('Loading runs…')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  });

  it('says so when the workbook has no runs', async () => {
    renderWithTheme(<RunsPage session={createFakeSession({ runs: [] })} onOpenRun={jest.fn()} />);
    expect(await screen.findByText(/This workbook has no runs/)).toBeInTheDocument();
  });

  it('shows the words of a refusal', async () => {
    const session = createFakeSession();
    session.listRuns.mockRejectedValue(new Refusal('MISSING_SCHEMA', 'The Runs sheet is missing.'));
    renderWithTheme(<RunsPage session={session} onOpenRun={jest.fn()} />);
    expect(await screen.findByText('The Runs sheet is missing.')).toBeInTheDocument();
  });

  it('lists runs in the session order with due badge, status, dates and warnings', async () => {
    const runs = [
      makeRun({
        id: 'WEEKLY',
        name: 'Weekly notices',
        due: true,
        status: 'Previewed',
        warnings: [
          { code: 'x', message: 'm' },
          { code: 'y', message: 'n' },
        ],
      }),
      makeRun({ id: 'SPRING', name: 'Spring renewals', preProcessingDate: '2026-05-01', occurrence: '2026-05-03' }),
      makeRun({ id: 'ADHOC', name: 'Ad hoc', occurrence: null, preProcessingDate: null }),
    ];
    renderWithTheme(<RunsPage session={createFakeSession({ runs })} onOpenRun={jest.fn()} />);
    const items = within(await screen.findByRole('list', { name: 'Runs' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getAllByRole('button')[0].textContent)).toEqual(['Weekly notices', 'Spring renewals', 'Ad hoc']);
    expect(within(items[0]).getByText('Due')).toBeInTheDocument();
    expect(within(items[0]).getByText('Previewed')).toBeInTheDocument();
    expect(within(items[0]).getByText('2 setup warnings')).toBeInTheDocument();
    expect(within(items[1]).queryByText('Due')).not.toBeInTheDocument();
    expect(within(items[1]).getByText(/ID SPRING · Pre-processing 2026-05-01 · Occurrence 2026-05-03/)).toBeInTheDocument();
    expect(within(items[2]).getByText(/On demand/)).toBeInTheDocument();
  });

  it('opens a run when its name is chosen', async () => {
    const onOpenRun = jest.fn();
    renderWithTheme(<RunsPage session={createFakeSession()} onOpenRun={onOpenRun} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Spring renewals' }));
    expect(onOpenRun).toHaveBeenCalledWith('SPRING');
  });

  it('opens the run editor for a new run and lists the runs again after saving', async () => {
    const session = createFakeSession();
    const user = userEvent.setup();
    renderWithTheme(<RunsPage session={session} onOpenRun={jest.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'New run' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Gold monthly');
    await user.type(screen.getByRole('textbox', { name: 'Drop After Days' }), '60');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('list', { name: 'Runs' })).toBeInTheDocument();
    expect(session.saveRun).toHaveBeenCalledWith(expect.objectContaining({ name: 'Gold monthly' }), null);
    expect(session.listRuns).toHaveBeenCalledTimes(2);
  });

  it('returns to the list when the new run is cancelled', async () => {
    const user = userEvent.setup();
    renderWithTheme(<RunsPage session={createFakeSession()} onOpenRun={jest.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'New run' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('list', { name: 'Runs' })).toBeInTheDocument();
  });
});
