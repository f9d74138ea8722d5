import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Refusal } from '../../../app/refusal';
import { createFakeSession, makeItem, makePreview, makeRun, never } from '../../testing/fakeRunsSession';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunPage } from './RunPage';

const items = [
  makeItem({ key: 'renew:M1' }),
  makeItem({ key: 'renew:M2', memberId: 'M2', name: 'Grace Hopper', email: 'grace@example.org' }),
  makeItem({ key: 'renew:M3', memberId: 'M3', name: 'Alan Turing', email: null }),
];

function setup(options: { posted?: boolean; items?: typeof items; saveRefusal?: (what: string) => string | null } = {}) {
  const preview = makePreview(options.items ?? items, { posted: options.posted ?? true });
  const session = createFakeSession({ runs: [makeRun({ status: 'Executed' })], previews: { SPRING: preview } });
  const onSaveFile = jest.fn();
  renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={jest.fn()} onSaveFile={onSaveFile} saveRefusal={options.saveRefusal} />);
  return { session, onSaveFile, user: userEvent.setup() };
}

const section = () => screen.findByRole('region', { name: 'Messages of the post' });

describe('RunPage: messages of a post', () => {
  it('offers nothing to download before the post', async () => {
    setup({ posted: false });
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(screen.queryByRole('button', { name: 'Download emails' })).not.toBeInTheDocument();
  });

  it('downloads the emails as a .zip, says how many, and a second download says nothing is left', async () => {
    const { session, onSaveFile, user } = setup();
    const messages = await section();
    expect(within(messages).getByText('2 emails to download')).toBeInTheDocument();
    expect(within(messages).getByText('1 letter to download')).toBeInTheDocument();
    await user.click(within(messages).getByRole('button', { name: 'Download emails' }));
    await screen.findByText(/Downloaded SPRING-2026-03-01-emails\.zip: 2 emails, each recorded Written/);
    expect(session.downloadEmails).toHaveBeenCalledWith('SPRING');
    expect(onSaveFile).toHaveBeenCalledWith(expect.any(Uint8Array), 'SPRING-2026-03-01-emails.zip', 'application/zip');
    // Read again after the download: everything is written now.
    expect(await within(messages).findByText('All 2 emails already written.')).toBeInTheDocument();
    expect(within(messages).getByRole('button', { name: 'Download emails' })).toBeEnabled();
    await user.click(within(messages).getByRole('button', { name: 'Download emails' }));
    await screen.findByText('No emails left to download: all 2 were written earlier.');
    expect(onSaveFile).toHaveBeenCalledTimes(1);
  });

  it('downloads the letters PDF of members without email', async () => {
    const { onSaveFile, user } = setup();
    await user.click(within(await section()).getByRole('button', { name: 'Download letters' }));
    await screen.findByText(/Downloaded SPRING-2026-03-01-letters\.pdf: 1 letter/);
    expect(onSaveFile).toHaveBeenCalledWith(expect.any(Uint8Array), 'SPRING-2026-03-01-letters.pdf', 'application/pdf');
  });

  it('disables Download letters and says why when every member has an email address', async () => {
    setup({ items: items.slice(0, 2) });
    const messages = await section();
    expect(within(messages).getByRole('button', { name: 'Download letters' })).toBeDisabled();
    expect(within(messages).getByText('No letters: every member of this post has an email address.')).toBeInTheDocument();
  });

  it('shows progress while the messages render, and a refusal like any other', async () => {
    const { session, user } = setup();
    session.downloadEmails.mockReturnValueOnce(never());
    await user.click(within(await section()).getByRole('button', { name: 'Download emails' }));
    expect(await screen.findByText('Rendering 2 emails…')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Download letters' })).toBeDisabled());
  });

  it('shows a refusal in words', async () => {
    const { session, user } = setup();
    session.downloadEmails.mockRejectedValueOnce(new Refusal('DELIVERY_SETUP', 'Cannot deliver SPRING: the Settings sheet has no From Address.'));
    await user.click(within(await section()).getByRole('button', { name: 'Download emails' }));
    expect(await screen.findByText('Cannot deliver SPRING: the Settings sheet has no From Address.')).toBeInTheDocument();
  });

  it('refuses before making the file where files cannot be saved (Excel for Mac), so no message is recorded Written', async () => {
    const { session, onSaveFile, user } = setup({ saveRefusal: (what) => `Excel for Mac does not let add-ins save files, so ${what} cannot be saved here.` });
    await user.click(within(await section()).getByRole('button', { name: 'Download emails' }));
    expect(await screen.findByText('Excel for Mac does not let add-ins save files, so the .zip of emails cannot be saved here.')).toBeInTheDocument();
    await user.click(within(await section()).getByRole('button', { name: 'Download letters' }));
    expect(await screen.findByText(/so the letters PDF cannot be saved here/)).toBeInTheDocument();
    expect(session.downloadEmails).not.toHaveBeenCalled();
    expect(session.downloadLetters).not.toHaveBeenCalled();
    expect(onSaveFile).not.toHaveBeenCalled();
  });
});
