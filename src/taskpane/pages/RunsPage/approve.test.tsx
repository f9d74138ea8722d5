import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import { createFakeSession, makeItem, makePreview, makeRun } from '../../testing/fakeRunsSession';
import { dialogButton, findDialog, queryDialog } from '../../testing/dialogQueries';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { chooseRunAction, runActionItems } from '../../testing/runActions';
import { RunPage } from '../RunPage/RunPage';
import { RunsPage } from './RunsPage';

const POSTS_AT = '2026-03-01 at 06:00 (America/Chicago)';

const items = [
  makeItem({ key: 'renew:M1', amount: 120 }),
  makeItem({ key: 'renew:M2', memberId: 'M2', name: 'Grace Hopper', amount: 80.5 }),
  makeItem({ key: 'notify:M3', action: 'notify', memberId: 'M3', name: 'Alan Turing', amount: null }),
];

/** SPRING waits for approval; WEEKLY is previewed but does not wait (Approval auto, say); ADHOC is on demand. */
function session() {
  return createFakeSession({
    runs: [
      makeRun({ id: 'SPRING', name: 'Spring renewals', status: 'Previewed', due: true, waitsForApproval: true, postsAt: POSTS_AT }),
      makeRun({ id: 'WEEKLY', name: 'Weekly notices', status: 'Previewed', due: true }),
      makeRun({ id: 'ADHOC', name: 'Ad hoc', occurrence: null, preProcessingDate: null }),
    ],
    previews: { SPRING: makePreview(items), WEEKLY: makePreview(items, { runId: 'WEEKLY' }) },
  });
}

async function runItems() {
  return within(await screen.findByRole('list', { name: 'Runs' })).getAllByRole('listitem');
}

describe('Approve on the Runs list (SPEC §12)', () => {
  it('marks only the runs that wait for approval, each with an Approve button', async () => {
    renderWithTheme(<RunsPage session={session()} onOpenRun={jest.fn()} />);
    const [spring, weekly, adhoc] = await runItems();
    expect(within(spring).getByText('Waits for approval')).toBeInTheDocument();
    expect(within(spring).getByRole('button', { name: 'Approve Spring renewals' })).toHaveTextContent('Approve');
    expect(within(spring).getByText(`Posts ${POSTS_AT} once approved`)).toBeInTheDocument();
    for (const item of [weekly, adhoc]) {
      expect(within(item).queryByText('Waits for approval')).not.toBeInTheDocument();
      expect(within(item).queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
    }
  });

  it('confirms with the post counts and totals and when run-due will post, then approves', async () => {
    const fake = session();
    const user = userEvent.setup();
    renderWithTheme(<RunsPage session={fake} onOpenRun={jest.fn()} />);
    await user.click(within((await runItems())[0]).getByRole('button', { name: 'Approve Spring renewals' }));
    const dialog = await findDialog('Approve this run?');
    const sentences = within(dialog)
      .getAllByRole('listitem', { hidden: true })
      .map((li) => li.textContent);
    expect(sentences).toEqual(['Creates 2 invoices, $200.50.', 'Sends 1 notice.']);
    expect(dialog).toHaveTextContent(`run-due will post it as of ${POSTS_AT}.`);
    expect(fake.postSummary).toHaveBeenCalledWith('SPRING');
    expect(fake.approve).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, 'Approve'));
    await waitFor(() => expect(fake.approve).toHaveBeenCalledWith('SPRING'));
    expect(await screen.findByText(`SPRING is approved: run-due will post it as of ${POSTS_AT}.`)).toBeInTheDocument();
    const [spring] = await runItems();
    expect(within(spring).getByText('Approved')).toBeInTheDocument();
    expect(within(spring).queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
    expect(fake.post).not.toHaveBeenCalled();
  });

  it('does not approve when the confirmation is cancelled', async () => {
    const fake = session();
    const user = userEvent.setup();
    renderWithTheme(<RunsPage session={fake} onOpenRun={jest.fn()} />);
    await user.click(within((await runItems())[0]).getByRole('button', { name: 'Approve Spring renewals' }));
    await user.click(dialogButton(await findDialog('Approve this run?'), 'Cancel'));
    await waitFor(() => expect(queryDialog()).not.toBeInTheDocument());
    expect(fake.approve).not.toHaveBeenCalled();
  });

  it('shows the words of a refusal (the preview is stale)', async () => {
    const fake = session();
    fake.approve.mockRejectedValue(new Refusal('PREVIEW_CHANGED', 'Cannot approve SPRING: the workbook changed since its preview.'));
    const user = userEvent.setup();
    renderWithTheme(<RunsPage session={fake} onOpenRun={jest.fn()} />);
    await user.click(within((await runItems())[0]).getByRole('button', { name: 'Approve Spring renewals' }));
    await user.click(dialogButton(await findDialog('Approve this run?'), 'Approve'));
    expect(await screen.findByText('Cannot approve SPRING: the workbook changed since its preview.')).toBeInTheDocument();
  });
});

describe('Approve on the run page (SPEC §12)', () => {
  it('offers Approve under More actions when the run waits, confirms like Post with when it will post, and approves', async () => {
    const fake = session();
    const user = userEvent.setup();
    renderWithTheme(<RunPage session={fake} runId="SPRING" onDownload={jest.fn()} />);
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(screen.getByRole('button', { name: 'Post' })).toBeInTheDocument();
    expect(screen.getByText(/Waits for approval/)).toBeInTheDocument();
    await chooseRunAction(user, 'Approve');
    const dialog = await findDialog('Approve this run?');
    expect(dialog).toHaveTextContent('Creates 2 invoices, $200.50.');
    expect(dialog).toHaveTextContent(`run-due will post it as of ${POSTS_AT}.`);
    await user.click(dialogButton(dialog, 'Approve'));
    await waitFor(() => expect(fake.approve).toHaveBeenCalledWith('SPRING'));
    expect(await screen.findByText(`Approved: run-due will post it as of ${POSTS_AT}.`)).toBeInTheDocument();
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect((await runActionItems(user)).map((i) => i.name)).not.toContain('Approve');
    expect(fake.post).not.toHaveBeenCalled();
  });

  it('shows no Approve for a previewed run that does not wait', async () => {
    const user = userEvent.setup();
    renderWithTheme(<RunPage session={session()} runId="WEEKLY" onDownload={jest.fn()} />);
    await screen.findByRole('heading', { name: 'Weekly notices' });
    expect(screen.getByRole('button', { name: 'Post' })).toBeEnabled();
    expect((await runActionItems(user)).map((i) => i.name)).not.toContain('Approve');
  });
});
