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

  it('makes each run card one keyboard target, named by the run and described by its status and dates, that Enter and Space open', async () => {
    const runs = [
      makeRun({ id: 'WEEKLY', name: 'Weekly notices', due: true, status: 'Previewed' }),
      makeRun({ id: 'SPRING', name: 'Spring renewals', preProcessingDate: '2026-05-01', occurrence: '2026-05-03' }),
    ];
    const onOpenRun = jest.fn();
    const user = userEvent.setup();
    renderWithTheme(<RunsPage session={createFakeSession({ runs })} onOpenRun={onOpenRun} />);
    const items = within(await screen.findByRole('list', { name: 'Runs' })).getAllByRole('listitem');
    // One Tab stop per card: the card's button, and nothing else in it.
    expect(items.map((li) => within(li).getAllByRole('button').length)).toEqual([1, 1]);
    const open = within(items[1]).getByRole('button');
    expect(open).toHaveAccessibleName('Spring renewals');
    expect(open).toHaveAccessibleDescription(expect.stringContaining('Pre-processing 2026-05-01'));
    expect(within(items[0]).getByRole('button')).toHaveAccessibleDescription(expect.stringMatching(/^Previewed\s*Due/));
    // The one element of each card in the Tab order (jsdom cannot Tab through Fluent's focus dummies: focus it as Tab would)
    const tabStops = (li: HTMLElement) =>
      [...li.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]')].filter((e) => e.tabIndex >= 0);
    expect(items.map((li) => tabStops(li).map((e) => e.textContent))).toEqual([['Weekly notices'], ['Spring renewals']]);
    open.focus();
    expect(open).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpenRun).toHaveBeenLastCalledWith('SPRING');
    await user.keyboard(' ');
    expect(onOpenRun).toHaveBeenCalledTimes(2);
  });

  it('tones the Due badge down: an outline, not a filled badge louder than the run', async () => {
    renderWithTheme(<RunsPage session={createFakeSession({ runs: [makeRun({ due: true })] })} onOpenRun={jest.fn()} />);
    const due = await screen.findByText('Due');
    expect(getComputedStyle(due).backgroundColor).not.toMatch(/var\(/);
    expect(getComputedStyle(due).color).toMatch(/Foreground|informative/i);
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
